package nl.kansrijk.app.sessions;

import org.jdbi.v3.core.mapper.reflect.ColumnName;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** Published sessions as tutors see them, session records with their history, and contacts; one school at a time. */
@RegisterConstructorMapper(SessionStore.VersionRow.class)
@RegisterConstructorMapper(SessionStore.PublishedSession.class)
@RegisterConstructorMapper(SessionStore.SessionPupil.class)
@RegisterConstructorMapper(SessionStore.RecordRow.class)
@RegisterConstructorMapper(SessionStore.AttendanceRow.class)
@RegisterConstructorMapper(SessionStore.PupilName.class)
@RegisterConstructorMapper(SessionStore.TutorName.class)
@RegisterConstructorMapper(SessionStore.ContactRow.class)
public interface SessionStore {

    record VersionRow(long id, int versionNumber, Instant publishedAt) {
    }

    /** A session of a published version with its bell times, room and tutor; day and period are empty when unplanned. */
    record PublishedSession(long id, long versionId, long pairId, int sessionIndex, String programme, String subject,
                            Long tutorId, String tutorName, Long tutorUserId, @ColumnName("weekday") DayOfWeek day,
                            Integer period, LocalTime startTime, LocalTime endTime, Long roomId, String roomName,
                            Integer sessionMinutes) {

        boolean placed() {
            return day != null && period != null && startTime != null && endTime != null;
        }

        /** The session's length when its enrolment set one, else its period's (DemoSchool: 50, after school 60). */
        int plannedMinutes() {
            if (!placed()) {
                return 0;
            }
            int slot = (int) java.time.Duration.between(startTime, endTime).toMinutes();
            return sessionMinutes == null ? slot : Math.min(sessionMinutes, slot);
        }
    }

    record SessionPupil(long publishedSessionId, long pupilId, String firstName, String lastName, String classCode) {
    }

    record RecordRow(long id, String recordId, long publishedSessionId, long pairId, int sessionIndex, LocalDate sessionDate,
                     int versionNumber, Long tutorId, boolean held, String cancelReason, int minutes, String topic,
                     String note, long recordedBy, String recordedByName, Instant recordedAt) {
    }

    record NewRecord(long school, String recordId, long publishedSessionId, long pairId, int sessionIndex,
                     LocalDate sessionDate, Long tutorId, boolean held, String cancelReason, int minutes, String topic,
                     String note, long recordedBy, Instant recordedAt) {
    }

    record AttendanceRow(long recordRowId, long pupilId, String status) {
    }

    record PupilName(long id, String firstName, String lastName, String classCode) {
    }

    record TutorName(long id, String name) {
    }

    record ContactRow(long id, long pupilId, String firstName, String lastName, String kind, LocalDate contactDate,
                      String channel, String note, String recordedByName, Instant recordedAt) {
    }

    // --- published versions ------------------------------------------------------------------------

    /** The newest published version first, then the one before it. */
    @SqlQuery("""
            SELECT id, version_number, published_at FROM schedule_version
            WHERE school_id = :school ORDER BY version_number DESC LIMIT 2""")
    List<VersionRow> newestTwoVersions(@Bind("school") long school);

    String PUBLISHED_SESSION = """
            SELECT ps.id, ps.version_id, ps.pair_id, ps.session_index, ps.programme, ps.subject,
                   ps.tutor_id, t.name AS tutor_name, t.user_id AS tutor_user_id,
                   ps.weekday, ps.period, b.start_time, b.end_time, ps.room_id, r.name AS room_name, ps.session_minutes
            FROM published_session ps
            LEFT JOIN tutor t ON t.id = ps.tutor_id
            LEFT JOIN room r ON r.id = ps.room_id
            LEFT JOIN bell_period b ON b.school_id = ps.school_id AND b.weekday = ps.weekday AND b.period = ps.period
            """;

    @SqlQuery(PUBLISHED_SESSION + "WHERE ps.school_id = :school AND ps.version_id = :version ORDER BY ps.pair_id, ps.session_index")
    List<PublishedSession> sessionsOfVersion(@Bind("school") long school, @Bind("version") long version);

    @SqlQuery(PUBLISHED_SESSION + "WHERE ps.school_id = :school AND ps.id = :id")
    Optional<PublishedSession> publishedSession(@Bind("school") long school, @Bind("id") long id);

    @SqlQuery("""
            SELECT psp.published_session_id, p.id AS pupil_id, p.first_name, p.last_name, c.code AS class_code
            FROM published_session_pupil psp
            JOIN published_session ps ON ps.id = psp.published_session_id
            JOIN pupil p ON p.id = psp.pupil_id
            JOIN school_class c ON c.id = p.class_id
            WHERE ps.school_id = :school AND ps.version_id = :version
            ORDER BY p.last_name, p.first_name""")
    List<SessionPupil> pupilsOfVersion(@Bind("school") long school, @Bind("version") long version);

    @SqlQuery("""
            SELECT psp.published_session_id, p.id AS pupil_id, p.first_name, p.last_name, c.code AS class_code
            FROM published_session_pupil psp
            JOIN pupil p ON p.id = psp.pupil_id
            JOIN school_class c ON c.id = p.class_id
            WHERE psp.school_id = :school AND psp.published_session_id = :session
            ORDER BY p.last_name, p.first_name""")
    List<SessionPupil> pupilsOfSession(@Bind("school") long school, @Bind("session") long publishedSessionId);

    @SqlQuery("SELECT id FROM tutor WHERE school_id = :school AND user_id = :user")
    List<Long> tutorIdsOfUser(@Bind("school") long school, @Bind("user") long user);

    /** True when the pupil is in one of the user's sessions of the given published version. */
    @SqlQuery("""
            SELECT COUNT(*) > 0 FROM published_session_pupil psp
            JOIN published_session ps ON ps.id = psp.published_session_id
            JOIN tutor t ON t.id = ps.tutor_id
            WHERE ps.school_id = :school AND ps.version_id = :version AND t.user_id = :user AND psp.pupil_id = :pupil""")
    boolean tutorsPupil(@Bind("school") long school, @Bind("version") long version, @Bind("user") long user,
                        @Bind("pupil") long pupil);

    @SqlQuery("SELECT COUNT(*) > 0 FROM pupil WHERE school_id = :school AND id = :pupil")
    boolean pupilExists(@Bind("school") long school, @Bind("pupil") long pupil);

    @SqlQuery("""
            SELECT p.id, p.first_name, p.last_name, c.code AS class_code
            FROM pupil p JOIN school_class c ON c.id = p.class_id
            WHERE p.school_id = :school AND p.id IN (<ids>)""")
    List<PupilName> pupilNames(@Bind("school") long school, @BindList("ids") List<Long> ids);

    @SqlQuery("SELECT id, name FROM tutor WHERE school_id = :school")
    List<TutorName> tutorNames(@Bind("school") long school);

    // --- session records -----------------------------------------------------------------------------

    String RECORD = """
            SELECT r.id, r.record_id, r.published_session_id, r.pair_id, r.session_index, r.session_date, r.version_number,
                   r.tutor_id, r.held, r.cancel_reason, r.minutes, r.topic, r.note, r.recorded_by,
                   u.display_name AS recorded_by_name, r.recorded_at
            FROM session_record r JOIN app_user u ON u.id = r.recorded_by
            """;

    /** Only the newest version of each (pair, session index, date) counts. */
    String NEWEST_VERSION_ONLY = """
            r.version_number = (SELECT MAX(newer.version_number) FROM session_record newer
                                WHERE newer.school_id = r.school_id AND newer.pair_id = r.pair_id
                                  AND newer.session_index = r.session_index AND newer.session_date = r.session_date)
            """;

    @SqlQuery(RECORD + "WHERE r.school_id = :school AND r.record_id = :recordId")
    Optional<RecordRow> recordByRecordId(@Bind("school") long school, @Bind("recordId") String recordId);

    /** Every version of one session's record on one date, oldest first. */
    @SqlQuery(RECORD + """
            WHERE r.school_id = :school AND r.pair_id = :pair AND r.session_index = :index AND r.session_date = :date
            ORDER BY r.version_number""")
    List<RecordRow> recordHistory(@Bind("school") long school, @Bind("pair") long pair, @Bind("index") int index,
                                  @Bind("date") LocalDate date);

    @SqlQuery(RECORD + "WHERE r.school_id = :school AND r.session_date BETWEEN :from AND :to AND " + NEWEST_VERSION_ONLY
            + "ORDER BY r.session_date, r.pair_id, r.session_index")
    List<RecordRow> currentRecords(@Bind("school") long school, @Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlQuery("""
            SELECT COALESCE(MAX(version_number), 0) FROM session_record
            WHERE school_id = :school AND pair_id = :pair AND session_index = :index AND session_date = :date""")
    int newestVersionNumber(@Bind("school") long school, @Bind("pair") long pair, @Bind("index") int index,
                            @Bind("date") LocalDate date);

    @SqlUpdate("""
            INSERT INTO session_record (school_id, record_id, published_session_id, pair_id, session_index, session_date,
                                        version_number, tutor_id, held, cancel_reason, minutes, topic, note, recorded_by,
                                        recorded_at)
            VALUES (:school, :recordId, :publishedSessionId, :pairId, :sessionIndex, :sessionDate, :version, :tutorId,
                    :held, :cancelReason, :minutes, :topic, :note, :recordedBy, :recordedAt)""")
    @GetGeneratedKeys("id")
    long insertRecord(@BindMethods NewRecord record, @Bind("version") int version);

    @SqlBatch("""
            INSERT INTO session_attendance (record_row_id, school_id, pupil_id, status)
            VALUES (:row, :school, :pupilId, :status)""")
    void insertAttendance(@Bind("row") long recordRowId, @Bind("school") long school,
                          @BindMethods List<AttendanceRow> attendance);

    @SqlQuery("""
            SELECT record_row_id, pupil_id, status FROM session_attendance
            WHERE school_id = :school AND record_row_id IN (<rows>)""")
    List<AttendanceRow> attendance(@Bind("school") long school, @BindList("rows") List<Long> recordRowIds);

    // --- contacts --------------------------------------------------------------------------------------

    @SqlUpdate("""
            INSERT INTO pupil_contact (school_id, pupil_id, kind, contact_date, channel, note, recorded_by, recorded_at)
            VALUES (:school, :pupil, :kind, :date, :channel, :note, :user, :at)""")
    @GetGeneratedKeys("id")
    long insertContact(@Bind("school") long school, @Bind("pupil") long pupil, @Bind("kind") String kind,
                       @Bind("date") LocalDate date, @Bind("channel") String channel, @Bind("note") String note,
                       @Bind("user") long user, @Bind("at") Instant at);

    String CONTACT = """
            SELECT k.id, k.pupil_id, p.first_name, p.last_name, k.kind, k.contact_date, k.channel, k.note,
                   u.display_name AS recorded_by_name, k.recorded_at
            FROM pupil_contact k
            JOIN pupil p ON p.id = k.pupil_id
            JOIN app_user u ON u.id = k.recorded_by
            """;

    /** A school's contacts, newest first; for one pupil when {@code pupil} is given. */
    @SqlQuery(CONTACT + """
            WHERE k.school_id = :school AND (:pupil IS NULL OR k.pupil_id = :pupil)
            ORDER BY k.contact_date DESC, k.id DESC""")
    List<ContactRow> contacts(@Bind("school") long school, @Bind("pupil") Long pupil);

    /** The contacts of the pupils in the user's sessions of a published version, newest first. */
    @SqlQuery(CONTACT + """
            WHERE k.school_id = :school AND k.pupil_id IN (
                SELECT psp.pupil_id FROM published_session_pupil psp
                JOIN published_session ps ON ps.id = psp.published_session_id
                JOIN tutor t ON t.id = ps.tutor_id
                WHERE ps.version_id = :version AND t.user_id = :user)
            ORDER BY k.contact_date DESC, k.id DESC""")
    List<ContactRow> contactsOfTutorsPupils(@Bind("school") long school, @Bind("version") long version,
                                            @Bind("user") long user);
}
