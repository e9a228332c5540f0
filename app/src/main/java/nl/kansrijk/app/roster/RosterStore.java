package nl.kansrijk.app.roster;

import nl.kansrijk.app.roster.RosterBatch.GroupKind;
import nl.kansrijk.app.roster.RosterBatch.Slot;
import nl.kansrijk.app.roster.importer.ExistingRoster;
import org.jdbi.v3.core.mapper.reflect.ColumnName;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The roster of one school: reading it for pages and the planner, and storing an import batch in one transaction. */
@RegisterConstructorMapper(RosterStore.PeriodView.class)
@RegisterConstructorMapper(RosterStore.GroupView.class)
@RegisterConstructorMapper(RosterStore.PupilView.class)
@RegisterConstructorMapper(RosterStore.TutorRow.class)
@RegisterConstructorMapper(RosterStore.RoomView.class)
@RegisterConstructorMapper(RosterStore.LessonView.class)
@RegisterConstructorMapper(RosterStore.SlotRow.class)
@RegisterConstructorMapper(RosterStore.BusyRow.class)
@RegisterConstructorMapper(RosterStore.Counts.class)
public interface RosterStore {

    record PeriodView(@ColumnName("weekday") DayOfWeek day, int period, @ColumnName("start_time") LocalTime start,
                      @ColumnName("end_time") LocalTime end, String kind) {
    }

    record GroupView(long id, String code, String kind, @ColumnName("school_year") Integer year, String level, int pupils, String signinCode) {
    }

    record PupilView(long id, String externalId, String firstName, String lastName, long classId, String classCode,
                     @ColumnName("school_year") int year, String level, boolean hdtCandidate) {
    }

    record TutorRow(long id, String externalId, String name, String subjects, int maxSessionsPerDay) {
    }

    record RoomView(long id, String externalId, String name, int capacity, String kind) {
    }

    record LessonView(String externalId, @ColumnName("weekday") DayOfWeek day, int period, int durationPeriods, String subject, String teacher,
                      String room, String groupCode) {
    }

    record SlotRow(long ownerId, @ColumnName("weekday") DayOfWeek day, int period) {
    }

    /** One period in which a pupil has a regular lesson, and the subject they would miss. */
    record BusyRow(long pupilId, String pupilExternalId, DayOfWeek day, int period, String lessonId, String subject) {
    }

    record Counts(int pupils, int classes, int teachingGroups, int lessons, int tutors, int rooms, int hdtCandidates) {
    }

    // --- reading -------------------------------------------------------------------------------------

    @SqlQuery("SELECT weekday, period, start_time, end_time, kind FROM bell_period WHERE school_id = :school")
    List<PeriodView> periods(@Bind("school") long school);

    @SqlQuery("""
            SELECT c.id, c.code, c.kind, c.school_year, c.level, c.signin_code,
                   (SELECT COUNT(*) FROM pupil p WHERE p.class_id = c.id)
                 + (SELECT COUNT(*) FROM group_member m WHERE m.group_id = c.id) AS pupils
            FROM school_class c WHERE c.school_id = :school ORDER BY c.kind, c.code""")
    List<GroupView> groups(@Bind("school") long school);

    @SqlQuery("""
            SELECT c.id, c.code, c.kind, c.school_year, c.level, c.signin_code,
                   (SELECT COUNT(*) FROM pupil p WHERE p.class_id = c.id)
                 + (SELECT COUNT(*) FROM group_member m WHERE m.group_id = c.id) AS pupils
            FROM school_class c WHERE c.school_id = :school AND c.id = :id""")
    Optional<GroupView> group(@Bind("school") long school, @Bind("id") long id);

    String PUPIL_COLUMNS = """
            p.id, p.external_id, p.first_name, p.last_name, p.class_id, c.code AS class_code, p.school_year, p.level, p.hdt_candidate
            FROM pupil p JOIN school_class c ON c.id = p.class_id""";

    String PUPIL_FILTER = """
            WHERE p.school_id = :school
              AND (:classId IS NULL OR p.class_id = :classId)
              AND (:pattern IS NULL OR LOWER(p.first_name) LIKE :pattern OR LOWER(p.last_name) LIKE :pattern
                   OR LOWER(p.first_name || ' ' || p.last_name) LIKE :pattern OR LOWER(p.external_id) LIKE :pattern)""";

    @SqlQuery("SELECT " + PUPIL_COLUMNS + " " + PUPIL_FILTER + " " + """
             ORDER BY c.code, p.last_name, p.first_name, p.external_id LIMIT :limit OFFSET :offset""")
    List<PupilView> findPupils(@Bind("school") long school, @Bind("classId") Long classId, @Bind("pattern") String pattern,
                               @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("SELECT COUNT(*) FROM pupil p " + PUPIL_FILTER)
    int countPupils(@Bind("school") long school, @Bind("classId") Long classId, @Bind("pattern") String pattern);

    @SqlQuery("SELECT " + PUPIL_COLUMNS + " WHERE p.school_id = :school AND p.id = :id")
    Optional<PupilView> pupil(@Bind("school") long school, @Bind("id") long id);

    @SqlQuery("SELECT " + PUPIL_COLUMNS + " WHERE p.school_id = :school AND p.class_id = :classId ORDER BY p.last_name, p.first_name")
    List<PupilView> pupilsOfClass(@Bind("school") long school, @Bind("classId") long classId);

    @SqlQuery("SELECT id, external_id, name, subjects, max_sessions_per_day FROM tutor WHERE school_id = :school ORDER BY name")
    List<TutorRow> tutors(@Bind("school") long school);

    @SqlQuery("SELECT tutor_id AS owner_id, weekday, period FROM tutor_availability WHERE school_id = :school")
    List<SlotRow> tutorAvailability(@Bind("school") long school);

    @SqlQuery("SELECT id, external_id, name, capacity, kind FROM room WHERE school_id = :school ORDER BY name")
    List<RoomView> rooms(@Bind("school") long school);

    String LESSON_COLUMNS = """
            l.external_id, l.weekday, l.period, l.duration_periods, l.subject, l.teacher, l.room, g.code AS group_code
            FROM lesson l LEFT JOIN school_class g ON g.id = l.group_id""";

    @SqlQuery("SELECT " + LESSON_COLUMNS + " WHERE l.school_id = :school AND l.group_id = :groupId")
    List<LessonView> lessonsOfGroup(@Bind("school") long school, @Bind("groupId") long groupId);

    /** A pupil's lessons: through their class, their teaching groups, or by name. */
    @SqlQuery("SELECT " + LESSON_COLUMNS + " " + """
             WHERE l.school_id = :school AND (
                   l.group_id = (SELECT class_id FROM pupil WHERE id = :pupilId)
                OR l.group_id IN (SELECT group_id FROM group_member WHERE pupil_id = :pupilId)
                OR l.id IN (SELECT lesson_id FROM lesson_pupil WHERE pupil_id = :pupilId))""")
    List<LessonView> lessonsOfPupil(@Bind("school") long school, @Bind("pupilId") long pupilId);

    /** Every (pupil, lesson) attendance of the school; periods covered by longer lessons are expanded in Java. */
    @SqlQuery("""
            SELECT p.id AS pupil_id, p.external_id AS pupil_external_id, l.weekday, l.period, l.external_id AS lesson_id, l.subject,
                   l.duration_periods
            FROM lesson l
            JOIN (SELECT id AS pupil_id, class_id AS group_id FROM pupil WHERE school_id = :school
                  UNION SELECT pupil_id, group_id FROM group_member WHERE school_id = :school) m ON m.group_id = l.group_id
            JOIN pupil p ON p.id = m.pupil_id
            WHERE l.school_id = :school
            UNION
            SELECT p.id, p.external_id, l.weekday, l.period, l.external_id, l.subject, l.duration_periods
            FROM lesson_pupil lp JOIN lesson l ON l.id = lp.lesson_id JOIN pupil p ON p.id = lp.pupil_id
            WHERE lp.school_id = :school""")
    @RegisterConstructorMapper(Attendance.class)
    List<Attendance> attendances(@Bind("school") long school);

    record Attendance(long pupilId, String pupilExternalId, @ColumnName("weekday") DayOfWeek day, int period, String lessonId, String subject, int durationPeriods) {
    }

    /** Every period in which a pupil of this school has a regular lesson. */
    default List<BusyRow> busyPeriods(long school) {
        List<BusyRow> busy = new ArrayList<>();
        for (Attendance a : attendances(school)) {
            for (int p = a.period(); p < a.period() + a.durationPeriods(); p++) {
                busy.add(new BusyRow(a.pupilId(), a.pupilExternalId(), a.day(), p, a.lessonId(), a.subject()));
            }
        }
        return busy;
    }

    @SqlQuery("""
            SELECT (SELECT COUNT(*) FROM pupil WHERE school_id = :school) AS pupils,
                   (SELECT COUNT(*) FROM school_class WHERE school_id = :school AND kind = 'CLASS') AS classes,
                   (SELECT COUNT(*) FROM school_class WHERE school_id = :school AND kind = 'TEACHING_GROUP') AS teaching_groups,
                   (SELECT COUNT(*) FROM lesson WHERE school_id = :school) AS lessons,
                   (SELECT COUNT(*) FROM tutor WHERE school_id = :school) AS tutors,
                   (SELECT COUNT(*) FROM room WHERE school_id = :school) AS rooms,
                   (SELECT COUNT(*) FROM pupil WHERE school_id = :school AND hdt_candidate) AS hdt_candidates""")
    Counts counts(@Bind("school") long school);

    // --- sign-in codes (the class code in clear: it is typed by a whole class; personal codes hashed) ---

    @SqlUpdate("UPDATE school_class SET signin_code = :code WHERE school_id = :school AND id = :id")
    int setSigninCode(@Bind("school") long school, @Bind("id") long classId, @Bind("code") String code);

    @SqlUpdate("UPDATE pupil SET personal_code_hash = :hash WHERE school_id = :school AND id = :id")
    int setPersonalCodeHash(@Bind("school") long school, @Bind("id") long pupilId, @Bind("hash") String hash);

    // --- what an import may refer to ---------------------------------------------------------------

    @SqlQuery("SELECT code, kind FROM school_class WHERE school_id = :school")
    @KeyColumn("code")
    @ValueColumn("kind")
    Map<String, GroupKind> groupKinds(@Bind("school") long school);

    @SqlQuery("SELECT code, school_year FROM school_class WHERE school_id = :school AND school_year IS NOT NULL")
    @KeyColumn("code")
    @ValueColumn("school_year")
    Map<String, Integer> groupYears(@Bind("school") long school);

    @SqlQuery("SELECT external_id FROM pupil WHERE school_id = :school")
    Set<String> pupilIds(@Bind("school") long school);

    @SqlQuery("SELECT external_id FROM lesson WHERE school_id = :school")
    Set<String> lessonIds(@Bind("school") long school);

    @SqlQuery("SELECT 0 AS owner_id, weekday, period FROM bell_period WHERE school_id = :school")
    List<SlotRow> periodSlots(@Bind("school") long school);

    default ExistingRoster existing(long school) {
        Set<Slot> slots = new HashSet<>();
        periodSlots(school).forEach(row -> slots.add(new Slot(row.day(), row.period())));
        return new ExistingRoster(slots, groupKinds(school), groupYears(school), pupilIds(school), lessonIds(school));
    }

    // --- storing an import ---------------------------------------------------------------------------

    @SqlQuery("SELECT external_id, id FROM <table> WHERE school_id = :school")
    @KeyColumn("external_id")
    @ValueColumn("id")
    Map<String, Long> idsByExternalId(@Define("table") String table, @Bind("school") long school);

    @SqlQuery("SELECT code, id FROM school_class WHERE school_id = :school")
    @KeyColumn("code")
    @ValueColumn("id")
    Map<String, Long> groupIds(@Bind("school") long school);

    @SqlBatch("""
            MERGE INTO bell_period t USING (VALUES (CAST(:school AS BIGINT), CAST(:day AS VARCHAR(10)), CAST(:period AS INT)))
                AS s (school_id, weekday, period)
            ON t.school_id = s.school_id AND t.weekday = s.weekday AND t.period = s.period
            WHEN MATCHED THEN UPDATE SET start_time = :start, end_time = :end, kind = :kind
            WHEN NOT MATCHED THEN INSERT (school_id, weekday, period, start_time, end_time, kind)
                VALUES (:school, :day, :period, :start, :end, :kind)""")
    void mergePeriods(@Bind("school") long school, @BindMethods List<RosterBatch.Period> periods);

    @SqlBatch("""
            MERGE INTO school_class t USING (VALUES (CAST(:school AS BIGINT), CAST(:code AS VARCHAR(50)))) AS s (school_id, code)
            ON t.school_id = s.school_id AND t.code = s.code
            WHEN MATCHED THEN UPDATE SET kind = :kind, school_year = :year, level = :level
            WHEN NOT MATCHED THEN INSERT (school_id, code, kind, school_year, level) VALUES (:school, :code, :kind, :year, :level)""")
    void mergeGroups(@Bind("school") long school, @BindMethods List<RosterBatch.Group> groups);

    @SqlBatch("""
            MERGE INTO pupil t USING (VALUES (CAST(:school AS BIGINT), CAST(:externalId AS VARCHAR(50)))) AS s (school_id, external_id)
            ON t.school_id = s.school_id AND t.external_id = s.external_id
            WHEN MATCHED THEN UPDATE SET first_name = :firstName, last_name = :lastName, class_id = :classId,
                school_year = :year, level = :level, hdt_candidate = :hdtCandidate
            WHEN NOT MATCHED THEN INSERT (school_id, external_id, first_name, last_name, class_id, school_year, level, hdt_candidate)
                VALUES (:school, :externalId, :firstName, :lastName, :classId, :year, :level, :hdtCandidate)""")
    void mergePupils(@Bind("school") long school, @BindMethods List<PupilWithClass> pupils);

    record PupilWithClass(String externalId, String firstName, String lastName, long classId, int year, String level,
                          boolean hdtCandidate) {
    }

    @SqlUpdate("DELETE FROM group_member WHERE school_id = :school AND group_id IN (<groups>)")
    void deleteMembersOf(@Bind("school") long school, @BindList("groups") List<Long> groups);

    @SqlBatch("INSERT INTO group_member (school_id, group_id, pupil_id) VALUES (:school, :first, :second)")
    void insertGroupMembers(@Bind("school") long school, @BindMethods List<IdPair> pairs);

    record IdPair(long first, long second) {
    }

    @SqlBatch("INSERT INTO lesson_pupil (school_id, lesson_id, pupil_id) VALUES (:school, :first, :second)")
    void insertLessonPupils(@Bind("school") long school, @BindMethods List<IdPair> pairs);

    @SqlUpdate("DELETE FROM lesson_pupil WHERE school_id = :school AND lesson_id IN (<lessons>)")
    void deleteLessonPupilsOf(@Bind("school") long school, @BindList("lessons") List<Long> lessons);

    @SqlBatch("""
            MERGE INTO lesson t USING (VALUES (CAST(:school AS BIGINT), CAST(:externalId AS VARCHAR(100)))) AS s (school_id, external_id)
            ON t.school_id = s.school_id AND t.external_id = s.external_id
            WHEN MATCHED THEN UPDATE SET subject = :subject, weekday = :day, period = :period,
                duration_periods = :durationPeriods, teacher = :teacher, room = :room, group_id = :groupId
            WHEN NOT MATCHED THEN INSERT (school_id, external_id, subject, weekday, period, duration_periods, teacher, room, group_id)
                VALUES (:school, :externalId, :subject, :day, :period, :durationPeriods, :teacher, :room, :groupId)""")
    void mergeLessons(@Bind("school") long school, @BindMethods List<LessonWithGroup> lessons);

    record LessonWithGroup(String externalId, String subject, DayOfWeek day, int period, int durationPeriods,
                           String teacher, String room, Long groupId) {
    }

    @SqlUpdate("DELETE FROM lesson WHERE school_id = :school AND external_id NOT IN (<keep>)")
    int deleteLessonsExcept(@Bind("school") long school, @BindList("keep") List<String> keep);

    @SqlBatch("""
            MERGE INTO tutor t USING (VALUES (CAST(:school AS BIGINT), CAST(:externalId AS VARCHAR(50)))) AS s (school_id, external_id)
            ON t.school_id = s.school_id AND t.external_id = s.external_id
            WHEN MATCHED THEN UPDATE SET name = :name, subjects = :subjectList, max_sessions_per_day = :maxSessionsPerDay
            WHEN NOT MATCHED THEN INSERT (school_id, external_id, name, subjects, max_sessions_per_day)
                VALUES (:school, :externalId, :name, :subjectList, :maxSessionsPerDay)""")
    void mergeTutors(@Bind("school") long school, @BindMethods List<TutorWithSubjects> tutors);

    record TutorWithSubjects(String externalId, String name, String subjectList, int maxSessionsPerDay) {
    }

    @SqlUpdate("DELETE FROM tutor_availability WHERE school_id = :school AND tutor_id IN (<tutors>)")
    void deleteAvailabilityOf(@Bind("school") long school, @BindList("tutors") List<Long> tutors);

    @SqlBatch("INSERT INTO tutor_availability (school_id, tutor_id, weekday, period) VALUES (:school, :ownerId, :day, :period)")
    void insertAvailability(@Bind("school") long school, @BindMethods List<SlotRow> slots);

    @SqlBatch("""
            MERGE INTO room t USING (VALUES (CAST(:school AS BIGINT), CAST(:externalId AS VARCHAR(50)))) AS s (school_id, external_id)
            ON t.school_id = s.school_id AND t.external_id = s.external_id
            WHEN MATCHED THEN UPDATE SET name = :name, capacity = :capacity, kind = :kind
            WHEN NOT MATCHED THEN INSERT (school_id, external_id, name, capacity, kind)
                VALUES (:school, :externalId, :name, :capacity, :kind)""")
    void mergeRooms(@Bind("school") long school, @BindMethods List<RosterBatch.Room> rooms);

    @SqlUpdate("INSERT INTO import_log (school_id, user_id, imported_at, files, summary) VALUES (:school, :user, :at, :files, :summary)")
    void logImport(@Bind("school") long school, @Bind("user") Long user, @Bind("at") java.time.Instant at,
                   @Bind("files") String files, @Bind("summary") String summary);

    /** Stores a validated batch: all of it or, on any failure, nothing. Rows are matched on the school's own ids. */
    @Transaction
    default void save(long school, RosterBatch batch) {
        if (!batch.periods().isEmpty()) {
            mergePeriods(school, batch.periods());
        }
        if (!batch.groups().isEmpty()) {
            mergeGroups(school, batch.groups());
        }
        Map<String, Long> groups = groupIds(school);
        if (!batch.pupils().isEmpty()) {
            mergePupils(school, batch.pupils().stream().map(p -> new PupilWithClass(p.externalId(), p.firstName(),
                    p.lastName(), groups.get(p.classCode()), p.year(), p.level(), p.hdtCandidate())).toList());
        }
        Map<String, Long> pupils = idsByExternalId("pupil", school);
        if (!batch.groupMembers().isEmpty()) {
            Set<Long> replaced = new LinkedHashSet<>();
            batch.groupMembers().forEach(m -> replaced.add(groups.get(m.groupCode())));
            deleteMembersOf(school, List.copyOf(replaced));
            insertGroupMembers(school, batch.groupMembers().stream()
                    .map(m -> new IdPair(groups.get(m.groupCode()), pupils.get(m.pupilId()))).toList());
        }
        if (!batch.lessons().isEmpty()) {
            // The timetable is replaced as a whole: lessons missing from the new file are gone.
            deleteLessonsExcept(school, batch.lessons().stream().map(RosterBatch.Lesson::externalId).toList());
            mergeLessons(school, batch.lessons().stream().map(l -> new LessonWithGroup(l.externalId(), l.subject(), l.day(),
                    l.period(), l.durationPeriods(), l.teacher(), l.room(),
                    l.groupCode() == null ? null : groups.get(l.groupCode()))).toList());
        }
        if (!batch.lessonPupils().isEmpty()) {
            Map<String, Long> lessons = idsByExternalId("lesson", school);
            Set<Long> replaced = new LinkedHashSet<>();
            batch.lessonPupils().forEach(lp -> replaced.add(lessons.get(lp.lessonId())));
            deleteLessonPupilsOf(school, List.copyOf(replaced));
            insertLessonPupils(school, batch.lessonPupils().stream()
                    .map(lp -> new IdPair(lessons.get(lp.lessonId()), pupils.get(lp.pupilId()))).toList());
        }
        if (!batch.tutors().isEmpty()) {
            mergeTutors(school, batch.tutors().stream().map(t -> new TutorWithSubjects(t.externalId(), t.name(),
                    String.join(" ", t.subjects()), t.maxSessionsPerDay())).toList());
            Map<String, Long> tutors = idsByExternalId("tutor", school);
            deleteAvailabilityOf(school, batch.tutors().stream().map(t -> tutors.get(t.externalId())).toList());
            List<SlotRow> slots = new ArrayList<>();
            batch.tutors().forEach(t -> t.availability().forEach(s -> slots.add(new SlotRow(tutors.get(t.externalId()),
                    s.day(), s.period()))));
            if (!slots.isEmpty()) {
                insertAvailability(school, slots);
            }
        }
        if (!batch.rooms().isEmpty()) {
            mergeRooms(school, batch.rooms());
        }
    }

    /** Counts by kind, for the import summary. */
    static Map<String, Integer> sizes(RosterBatch batch) {
        Map<String, Integer> sizes = new java.util.LinkedHashMap<>();
        sizes.put("periods", batch.periods().size());
        sizes.put("classes", batch.groups().size());
        sizes.put("pupils", batch.pupils().size());
        sizes.put("groupMembers", batch.groupMembers().size());
        sizes.put("lessons", batch.lessons().size());
        sizes.put("lessonPupils", batch.lessonPupils().size());
        sizes.put("tutors", batch.tutors().size());
        sizes.put("rooms", batch.rooms().size());
        sizes.values().removeIf(n -> n == 0);
        return sizes;
    }
}
