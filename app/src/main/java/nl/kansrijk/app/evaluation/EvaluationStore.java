package nl.kansrijk.app.evaluation;

import org.jdbi.v3.core.mapper.reflect.ColumnName;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Studies, their pupils, external test scores, the practice answer log they read, and the export log. */
@RegisterConstructorMapper(EvaluationStore.StudyRow.class)
@RegisterConstructorMapper(EvaluationStore.StudyPupil.class)
@RegisterConstructorMapper(EvaluationStore.TestScore.class)
@RegisterConstructorMapper(EvaluationStore.RatingLog.class)
@RegisterConstructorMapper(EvaluationStore.Dosage.class)
public interface EvaluationStore {

    record StudyRow(long id, String name, LocalDate preFrom, LocalDate preTo, LocalDate postFrom, LocalDate postTo,
                    String comparisonMode, String pseudonymKey, Instant createdAt) {
    }

    record StudyPupil(long pupilId, @ColumnName("study_group") String group, @ColumnName("school_year") int year) {
    }

    record TestScore(long pupilId, String testName, String scale, LocalDate takenOn, double score) {
    }

    record RatingLog(long pupilId, String domain, Instant answeredAt, double thetaBefore, double thetaAfter) {
    }

    /** Weekly tutoring a pupil is planned for in the newest published week. */
    record Dosage(long pupilId, int sessionsPerWeek, int minutesPerWeek) {
    }

    @SqlUpdate("""
            INSERT INTO study (school_id, name, pre_from, pre_to, post_from, post_to, comparison_mode, pseudonym_key,
                               created_at, created_by)
            VALUES (:school, :name, :preFrom, :preTo, :postFrom, :postTo, :mode, :key, :at, :user)""")
    @GetGeneratedKeys("id")
    long insertStudy(@Bind("school") long school, @Bind("name") String name, @Bind("preFrom") LocalDate preFrom,
                     @Bind("preTo") LocalDate preTo, @Bind("postFrom") LocalDate postFrom, @Bind("postTo") LocalDate postTo,
                     @Bind("mode") String mode, @Bind("key") String key, @Bind("at") Instant at, @Bind("user") Long user);

    @SqlUpdate("INSERT INTO study_pupil (study_id, school_id, pupil_id, study_group) VALUES (:study, :school, :pupil, :grp)")
    void insertStudyPupil(@Bind("study") long study, @Bind("school") long school, @Bind("pupil") long pupil,
                          @Bind("grp") String group);

    @SqlQuery("""
            SELECT id, name, pre_from, pre_to, post_from, post_to, comparison_mode, pseudonym_key, created_at
            FROM study WHERE school_id = :school ORDER BY id DESC""")
    List<StudyRow> studies(@Bind("school") long school);

    @SqlQuery("""
            SELECT id, name, pre_from, pre_to, post_from, post_to, comparison_mode, pseudonym_key, created_at
            FROM study WHERE school_id = :school AND id = :id""")
    Optional<StudyRow> study(@Bind("school") long school, @Bind("id") long id);

    @SqlQuery("""
            SELECT sp.pupil_id, sp.study_group, p.school_year FROM study_pupil sp JOIN pupil p ON p.id = sp.pupil_id
            WHERE sp.study_id = :study AND sp.school_id = :school ORDER BY sp.pupil_id""")
    List<StudyPupil> studyPupils(@Bind("school") long school, @Bind("study") long study);

    @SqlQuery("SELECT DISTINCT pupil_id FROM enrolment WHERE school_id = :school ORDER BY pupil_id")
    List<Long> enrolledPupils(@Bind("school") long school);

    @SqlQuery("SELECT id FROM pupil WHERE school_id = :school AND school_year IN (<years>) ORDER BY id")
    List<Long> pupilsOfYears(@Bind("school") long school, @BindList("years") List<Integer> years);

    @SqlQuery("SELECT DISTINCT school_year FROM pupil WHERE school_id = :school AND id IN (<ids>)")
    List<Integer> yearsOf(@Bind("school") long school, @BindList("ids") List<Long> ids);

    @SqlQuery("""
            SELECT a.pupil_id, a.domain, a.answered_at, a.theta_before, a.theta_after FROM practice_answer a
            JOIN study_pupil sp ON sp.pupil_id = a.pupil_id AND sp.study_id = :study
            WHERE a.school_id = :school AND a.answered_at <= :until ORDER BY a.pupil_id, a.domain, a.answered_at""")
    List<RatingLog> ratingLog(@Bind("school") long school, @Bind("study") long study, @Bind("until") Instant until);

    @SqlQuery("""
            SELECT t.pupil_id, t.test_name, t.scale, t.taken_on, t.score FROM external_test t
            JOIN study_pupil sp ON sp.pupil_id = t.pupil_id AND sp.study_id = :study
            WHERE t.school_id = :school ORDER BY t.pupil_id, t.test_name, t.taken_on""")
    List<TestScore> testScores(@Bind("school") long school, @Bind("study") long study);

    @SqlQuery("""
            SELECT psp.pupil_id, COUNT(*) AS sessions_per_week,
                   SUM(COALESCE(ps.session_minutes, EXTRACT(HOUR FROM bp.end_time) * 60 + EXTRACT(MINUTE FROM bp.end_time)
                     - EXTRACT(HOUR FROM bp.start_time) * 60 - EXTRACT(MINUTE FROM bp.start_time))) AS minutes_per_week
            FROM published_session ps
            JOIN published_session_pupil psp ON psp.published_session_id = ps.id
            JOIN bell_period bp ON bp.school_id = ps.school_id AND bp.weekday = ps.weekday AND bp.period = ps.period
            WHERE ps.school_id = :school
              AND ps.version_id = (SELECT MAX(id) FROM schedule_version WHERE school_id = :school)
            GROUP BY psp.pupil_id""")
    List<Dosage> plannedDosage(@Bind("school") long school);

    @SqlUpdate("""
            MERGE INTO external_test t USING (VALUES (CAST(:pupil AS BIGINT), CAST(:test AS VARCHAR(100)), CAST(:takenOn AS DATE)))
                AS s (pupil_id, test_name, taken_on)
            ON t.pupil_id = s.pupil_id AND t.test_name = s.test_name AND t.taken_on = s.taken_on
            WHEN MATCHED THEN UPDATE SET scale = :scale, score = :score
            WHEN NOT MATCHED THEN INSERT (school_id, pupil_id, test_name, scale, taken_on, score)
                VALUES (:school, :pupil, :test, :scale, :takenOn, :score)""")
    void saveTestScore(@Bind("school") long school, @Bind("pupil") long pupil, @Bind("test") String test,
                       @Bind("scale") String scale, @Bind("takenOn") LocalDate takenOn, @Bind("score") double score);

    @SqlUpdate("""
            INSERT INTO export_log (school_id, study_id, user_id, exported_at, export_kind)
            VALUES (:school, :study, :user, :at, :kind)""")
    void logExport(@Bind("school") long school, @Bind("study") long study, @Bind("user") Long user,
                   @Bind("at") Instant at, @Bind("kind") String kind);
}
