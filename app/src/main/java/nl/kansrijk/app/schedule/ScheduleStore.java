package nl.kansrijk.app.schedule;

import org.jdbi.v3.core.mapper.reflect.ColumnName;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Enrolments, pairs, the working week and its published versions, for one school at a time. */
@RegisterConstructorMapper(ScheduleStore.SettingsRow.class)
@RegisterConstructorMapper(ScheduleStore.EnrolmentRow.class)
@RegisterConstructorMapper(ScheduleStore.PairRow.class)
@RegisterConstructorMapper(ScheduleStore.MemberRow.class)
@RegisterConstructorMapper(ScheduleStore.SessionRow.class)
@RegisterConstructorMapper(ScheduleStore.AbsenceRow.class)
@RegisterConstructorMapper(ScheduleStore.VersionRow.class)
@RegisterConstructorMapper(ScheduleStore.PublishedRow.class)
public interface ScheduleStore {

    record SettingsRow(String coreSubjects, String allowedSubjects, int maxMissedPerSubject, int timeLimitSeconds,
                       String softWeights) {
    }

    record EnrolmentRow(long id, long pupilId, String programme, String subject, int sessionsPerWeek, Integer testScore,
                        Integer sessionMinutes) {
    }

    record PairRow(long id, String programme, String subject, int sessionsPerWeek, Long tutorId, boolean tutorPinned,
                   boolean fixed, Integer sessionMinutes) {
    }

    record MemberRow(long pairId, long pupilId) {
    }

    record SessionRow(long id, long pairId, int sessionIndex, @ColumnName("weekday") DayOfWeek day, Integer period,
                      Long roomId, boolean pinned) {
    }

    record AbsenceRow(long tutorId, @ColumnName("weekday") DayOfWeek day) {
    }

    record VersionRow(long id, int versionNumber, Instant publishedAt, String score) {
    }

    record PublishedRow(long id, long pairId, int sessionIndex, String programme, String subject, Long tutorId,
                        @ColumnName("weekday") DayOfWeek day, Integer period, Long roomId, Integer sessionMinutes) {
    }

    // --- settings ------------------------------------------------------------------------------------

    @SqlQuery("""
            SELECT core_subjects, allowed_subjects, max_missed_per_subject, time_limit_seconds, soft_weights
            FROM planning_settings WHERE school_id = :school""")
    Optional<SettingsRow> settings(@Bind("school") long school);

    @SqlUpdate("DELETE FROM planning_settings WHERE school_id = :school")
    void deleteSettings(@Bind("school") long school);

    @SqlUpdate("""
            INSERT INTO planning_settings (school_id, core_subjects, allowed_subjects, max_missed_per_subject,
                                           time_limit_seconds, soft_weights)
            VALUES (:school, :coreSubjects, :allowedSubjects, :maxMissedPerSubject, :timeLimitSeconds, :softWeights)""")
    void insertSettings(@Bind("school") long school, @Bind("coreSubjects") String coreSubjects,
                        @Bind("allowedSubjects") String allowedSubjects, @Bind("maxMissedPerSubject") int maxMissedPerSubject,
                        @Bind("timeLimitSeconds") int timeLimitSeconds, @Bind("softWeights") String softWeights);

    // --- enrolments ----------------------------------------------------------------------------------

    @SqlQuery("""
            SELECT id, pupil_id, programme, subject, sessions_per_week, test_score, session_minutes FROM enrolment
            WHERE school_id = :school ORDER BY id""")
    List<EnrolmentRow> enrolments(@Bind("school") long school);

    @SqlQuery("SELECT COUNT(*) FROM enrolment WHERE school_id = :school AND pupil_id = :pupil AND programme = :programme")
    int countEnrolments(@Bind("school") long school, @Bind("pupil") long pupil, @Bind("programme") String programme);

    @SqlUpdate("""
            INSERT INTO enrolment (school_id, pupil_id, programme, subject, sessions_per_week, test_score, session_minutes,
                                   created_at)
            VALUES (:school, :pupil, :programme, :subject, :sessions, :testScore, :minutes, :at)""")
    void insertEnrolment(@Bind("school") long school, @Bind("pupil") long pupil, @Bind("programme") String programme,
                         @Bind("subject") String subject, @Bind("sessions") int sessions,
                         @Bind("testScore") Integer testScore, @Bind("minutes") Integer sessionMinutes,
                         @Bind("at") Instant at);

    @SqlUpdate("DELETE FROM enrolment WHERE school_id = :school AND id = :id")
    int deleteEnrolment(@Bind("school") long school, @Bind("id") long id);

    // --- pairs and sessions --------------------------------------------------------------------------

    @SqlQuery("""
            SELECT id, programme, subject, sessions_per_week, tutor_id, tutor_pinned, fixed, session_minutes FROM tutoring_pair
            WHERE school_id = :school ORDER BY id""")
    List<PairRow> pairs(@Bind("school") long school);

    @SqlQuery("SELECT pair_id, pupil_id FROM pair_member WHERE school_id = :school ORDER BY pair_id, pupil_id")
    List<MemberRow> members(@Bind("school") long school);

    @SqlUpdate("""
            INSERT INTO tutoring_pair (school_id, programme, subject, sessions_per_week, tutor_id, tutor_pinned, fixed,
                                       session_minutes)
            VALUES (:school, :programme, :subject, :sessions, NULL, FALSE, FALSE, :minutes)""")
    @GetGeneratedKeys("id")
    long insertPair(@Bind("school") long school, @Bind("programme") String programme, @Bind("subject") String subject,
                    @Bind("sessions") int sessions, @Bind("minutes") Integer sessionMinutes);

    @SqlUpdate("INSERT INTO pair_member (school_id, pair_id, pupil_id) VALUES (:school, :pair, :pupil)")
    void insertMember(@Bind("school") long school, @Bind("pair") long pair, @Bind("pupil") long pupil);

    @SqlUpdate("INSERT INTO tutoring_session (school_id, pair_id, session_index, pinned) VALUES (:school, :pair, :index, FALSE)")
    void insertSession(@Bind("school") long school, @Bind("pair") long pair, @Bind("index") int index);

    @SqlUpdate("DELETE FROM tutoring_pair WHERE school_id = :school AND id IN (<ids>)")
    void deletePairs(@Bind("school") long school, @BindList("ids") List<Long> ids);

    @SqlUpdate("UPDATE tutoring_pair SET fixed = :fixed WHERE school_id = :school AND id = :id")
    int setPairFixed(@Bind("school") long school, @Bind("id") long id, @Bind("fixed") boolean fixed);

    @SqlUpdate("UPDATE tutoring_pair SET tutor_id = :tutor, tutor_pinned = :pinned WHERE school_id = :school AND id = :id")
    int setPairTutor(@Bind("school") long school, @Bind("id") long id, @Bind("tutor") Long tutor, @Bind("pinned") boolean pinned);

    @SqlUpdate("INSERT INTO pair_split (school_id, pupil_a, pupil_b) VALUES (:school, :a, :b)")
    void insertSplit(@Bind("school") long school, @Bind("a") long a, @Bind("b") long b);

    @SqlQuery("SELECT pupil_a AS pair_id, pupil_b AS pupil_id FROM pair_split WHERE school_id = :school")
    List<MemberRow> splits(@Bind("school") long school);

    @SqlQuery("""
            SELECT id, pair_id, session_index, weekday, period, room_id, pinned FROM tutoring_session
            WHERE school_id = :school ORDER BY pair_id, session_index""")
    List<SessionRow> sessions(@Bind("school") long school);

    @SqlUpdate("""
            UPDATE tutoring_session SET weekday = :day, period = :period, room_id = :room
            WHERE school_id = :school AND id = :id""")
    int placeSession(@Bind("school") long school, @Bind("id") long id, @Bind("day") DayOfWeek day,
                     @Bind("period") Integer period, @Bind("room") Long room);

    @SqlUpdate("UPDATE tutoring_session SET pinned = :pinned WHERE school_id = :school AND id = :id")
    int pinSession(@Bind("school") long school, @Bind("id") long id, @Bind("pinned") boolean pinned);

    // --- absences ------------------------------------------------------------------------------------

    @SqlQuery("SELECT tutor_id, weekday FROM tutor_absence WHERE school_id = :school")
    List<AbsenceRow> absences(@Bind("school") long school);

    @SqlUpdate("INSERT INTO tutor_absence (school_id, tutor_id, weekday) VALUES (:school, :tutor, :day)")
    void insertAbsence(@Bind("school") long school, @Bind("tutor") long tutor, @Bind("day") DayOfWeek day);

    @SqlUpdate("DELETE FROM tutor_absence WHERE school_id = :school AND tutor_id = :tutor AND weekday = :day")
    int deleteAbsence(@Bind("school") long school, @Bind("tutor") long tutor, @Bind("day") DayOfWeek day);

    // --- published versions --------------------------------------------------------------------------

    @SqlQuery("""
            SELECT id, version_number, published_at, score FROM schedule_version
            WHERE school_id = :school ORDER BY version_number DESC""")
    List<VersionRow> versions(@Bind("school") long school);

    @SqlUpdate("""
            INSERT INTO schedule_version (school_id, version_number, published_at, published_by, score)
            VALUES (:school, (SELECT COALESCE(MAX(version_number), 0) + 1 FROM schedule_version WHERE school_id = :school),
                    :at, :user, :score)""")
    @GetGeneratedKeys("id")
    long insertVersion(@Bind("school") long school, @Bind("at") Instant at, @Bind("user") Long user,
                       @Bind("score") String score);

    @SqlUpdate("""
            INSERT INTO published_session (version_id, school_id, pair_id, session_index, programme, subject, tutor_id,
                                           weekday, period, room_id, session_minutes)
            SELECT :version, s.school_id, s.pair_id, s.session_index, p.programme, p.subject, p.tutor_id,
                   s.weekday, s.period, s.room_id, p.session_minutes
            FROM tutoring_session s JOIN tutoring_pair p ON p.id = s.pair_id
            WHERE s.school_id = :school""")
    int copyDraftIntoVersion(@Bind("school") long school, @Bind("version") long version);

    @SqlUpdate("""
            INSERT INTO published_session_pupil (published_session_id, school_id, pupil_id)
            SELECT ps.id, ps.school_id, m.pupil_id
            FROM published_session ps JOIN pair_member m ON m.pair_id = ps.pair_id
            WHERE ps.version_id = :version""")
    int copyDraftPupilsIntoVersion(@Bind("version") long version);

    @SqlQuery("""
            SELECT ps.id, ps.pair_id, ps.session_index, ps.programme, ps.subject, ps.tutor_id, ps.weekday, ps.period, ps.room_id,
                   ps.session_minutes
            FROM published_session ps
            WHERE ps.school_id = :school AND ps.version_id = :version ORDER BY ps.pair_id, ps.session_index""")
    List<PublishedRow> publishedSessions(@Bind("school") long school, @Bind("version") long version);

    @SqlQuery("""
            SELECT psp.published_session_id AS pair_id, psp.pupil_id FROM published_session_pupil psp
            JOIN published_session ps ON ps.id = psp.published_session_id
            WHERE ps.school_id = :school AND ps.version_id = :version""")
    List<MemberRow> publishedPupils(@Bind("school") long school, @Bind("version") long version);

    // --- calendar feeds ------------------------------------------------------------------------------

    @SqlUpdate("""
            INSERT INTO calendar_feed (token_hash, school_id, tutor_id, pupil_id, created_at)
            VALUES (:hash, :school, :tutor, :pupil, :at)""")
    void insertFeed(@Bind("hash") String hash, @Bind("school") long school, @Bind("tutor") Long tutor,
                    @Bind("pupil") Long pupil, @Bind("at") Instant at);

    @RegisterConstructorMapper(FeedRow.class)
    @SqlQuery("SELECT school_id, tutor_id, pupil_id FROM calendar_feed WHERE token_hash = :hash")
    Optional<FeedRow> feed(@Bind("hash") String hash);

    record FeedRow(long schoolId, Long tutorId, Long pupilId) {
    }
}
