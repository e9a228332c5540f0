package nl.kansrijk.app.practice;

import nl.kansrijk.adaptive.engine.Rating;
import nl.kansrijk.adaptive.engine.TwoChainRating;
import org.jdbi.v3.core.mapper.reflect.ColumnName;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Practice ratings and the answer log. */
@RegisterConstructorMapper(PracticeStore.RatingRow.class)
@RegisterConstructorMapper(PracticeStore.AnswerRow.class)
@RegisterConstructorMapper(PracticeStore.DomainSummary.class)
@RegisterConstructorMapper(PracticeStore.RatingPoint.class)
@RegisterConstructorMapper(PracticeStore.SchoolItemRow.class)
public interface PracticeStore {

    /** A two-chain rating as stored: for an item (key = item id) or a pupil's domain (key = domain). */
    record RatingRow(@ColumnName("rating_key") String key, double c0Value, double c0U, Instant c0Last, long c0Count,
                     double c1Value, double c1U, Instant c1Last, long c1Count, long useCount, long version) {

        TwoChainRating rating() {
            return new TwoChainRating(new Rating(c0Value, c0U, c0Last, c0Count), new Rating(c1Value, c1U, c1Last, c1Count));
        }

        static RatingRow of(String key, TwoChainRating rating, long useCount, long version) {
            Rating a = rating.chain(0);
            Rating b = rating.chain(1);
            return new RatingRow(key, a.value(), a.uncertainty(), a.lastAnsweredAt(), a.answerCount(), b.value(),
                    b.uncertainty(), b.lastAnsweredAt(), b.answerCount(), useCount, version);
        }
    }

    record AnswerRow(String answerId, String domain, String itemId, String given, String outcome, int responseMs,
                     String difficulty, Instant answeredAt, double score, double expectedScore, double thetaBefore,
                     double thetaAfter, double betaBefore, double betaAfter) {
    }

    record DomainSummary(String domain, long answers, Instant lastAnswerAt) {
    }

    record RatingPoint(String domain, Instant answeredAt, double thetaAfter) {
    }

    @SqlQuery("""
            SELECT item_id AS rating_key, c0_value, c0_u, c0_last, c0_count, c1_value, c1_u, c1_last, c1_count, use_count,
                   version
            FROM item_rating""")
    List<RatingRow> itemRatings();

    /** A new item at its starting difficulty, fully uncertain, in both chains. */
    record NewItem(String itemId, String domain, double startingDifficulty) {
    }

    @SqlBatch("""
            INSERT INTO item_rating (item_id, domain, c0_value, c0_u, c0_last, c0_count, c1_value, c1_u, c1_last, c1_count, use_count,
                                     version)
            VALUES (:itemId, :domain, :startingDifficulty, 1, NULL, 0, :startingDifficulty, 1, NULL, 0, 0, 0)""")
    void insertItems(@BindMethods List<NewItem> items);

    @SqlUpdate("""
            UPDATE item_rating SET c0_value = :c0Value, c0_u = :c0U, c0_last = :c0Last, c0_count = :c0Count,
                   c1_value = :c1Value, c1_u = :c1U, c1_last = :c1Last, c1_count = :c1Count, use_count = :useCount,
                   version = :version
            WHERE item_id = :key AND version < :version""")
    void updateItemRating(@BindMethods RatingRow row);

    /** An imported item in the columns of the school item CSV (adaptive/README.md). */
    record SchoolItemRow(long schoolId, String sourceId, String domain, String prompt, String answer, String answerType,
                         String itemLevel, String difficulty, String instructionKey) {

        static final String[] HEADER = {"id", "domain", "prompt", "answer", "answer_type", "level", "difficulty",
                "instruction_key"};

        String[] cells() {
            return new String[] {sourceId, domain, prompt, answer, nullToEmpty(answerType), nullToEmpty(itemLevel),
                    nullToEmpty(difficulty), nullToEmpty(instructionKey)};
        }

        private static String nullToEmpty(String text) {
            return text == null ? "" : text;
        }
    }

    @SqlQuery("""
            SELECT school_id, source_id, domain, prompt, answer, answer_type, item_level, difficulty, instruction_key
            FROM school_item ORDER BY school_id, source_id""")
    List<SchoolItemRow> schoolItems();

    @SqlUpdate("""
            MERGE INTO school_item t USING (VALUES (CAST(:schoolId AS BIGINT), CAST(:sourceId AS VARCHAR(80)))) AS s (school_id, source_id)
            ON t.school_id = s.school_id AND t.source_id = s.source_id
            WHEN MATCHED THEN UPDATE SET domain = :domain, prompt = :prompt, answer = :answer, answer_type = :answerType,
                item_level = :itemLevel, difficulty = :difficulty, instruction_key = :instructionKey
            WHEN NOT MATCHED THEN INSERT (school_id, item_key, source_id, domain, prompt, answer, answer_type, item_level,
                                          difficulty, instruction_key)
                VALUES (:schoolId, :itemKey, :sourceId, :domain, :prompt, :answer, :answerType, :itemLevel, :difficulty,
                        :instructionKey)""")
    void saveSchoolItem(@BindMethods SchoolItemRow row, @Bind("itemKey") String itemKey);

    @SqlQuery("SELECT COUNT(*) FROM item_rating WHERE item_id = :key")
    int countItemRatings(@Bind("key") String key);

    @SqlQuery("""
            SELECT domain AS rating_key, c0_value, c0_u, c0_last, c0_count, c1_value, c1_u, c1_last, c1_count, 0 AS use_count,
                   0 AS version
            FROM pupil_rating WHERE pupil_id = :pupil""")
    List<RatingRow> pupilRatings(@Bind("pupil") long pupil);

    @SqlUpdate("""
            MERGE INTO pupil_rating t USING (VALUES (CAST(:pupil AS BIGINT), CAST(:key AS VARCHAR(30)))) AS s (pupil_id, domain)
            ON t.pupil_id = s.pupil_id AND t.domain = s.domain
            WHEN MATCHED THEN UPDATE SET c0_value = :c0Value, c0_u = :c0U, c0_last = :c0Last, c0_count = :c0Count,
                c1_value = :c1Value, c1_u = :c1U, c1_last = :c1Last, c1_count = :c1Count
            WHEN NOT MATCHED THEN INSERT (school_id, pupil_id, domain, c0_value, c0_u, c0_last, c0_count,
                                          c1_value, c1_u, c1_last, c1_count)
                VALUES (:school, :pupil, :key, :c0Value, :c0U, :c0Last, :c0Count, :c1Value, :c1U, :c1Last, :c1Count)""")
    void savePupilRating(@Bind("school") long school, @Bind("pupil") long pupil, @BindMethods RatingRow row);

    @SqlUpdate("""
            INSERT INTO practice_answer (school_id, pupil_id, answer_id, domain, item_id, given, outcome, response_ms,
                difficulty, answered_at, received_at, score, expected_score, theta_before, theta_after, beta_before,
                beta_after, partner_item_id)
            VALUES (:school, :pupil, :answerId, :domain, :itemId, :given, :outcome, :responseMs, :difficulty, :answeredAt,
                :receivedAt, :score, :expectedScore, :thetaBefore, :thetaAfter, :betaBefore, :betaAfter, :partner)""")
    void insertAnswer(@Bind("school") long school, @Bind("pupil") long pupil, @BindMethods AnswerRow answer,
                      @Bind("receivedAt") Instant receivedAt, @Bind("partner") String partnerItemId);

    @SqlQuery("""
            SELECT answer_id, domain, item_id, given, outcome, response_ms, difficulty, answered_at, score, expected_score,
                   theta_before, theta_after, beta_before, beta_after
            FROM practice_answer WHERE pupil_id = :pupil AND answer_id = :answerId""")
    Optional<AnswerRow> answer(@Bind("pupil") long pupil, @Bind("answerId") String answerId);

    @SqlQuery("""
            SELECT item_id FROM practice_answer WHERE pupil_id = :pupil AND domain = :domain
            ORDER BY received_at DESC, answered_at DESC LIMIT :limit""")
    List<String> recentItems(@Bind("pupil") long pupil, @Bind("domain") String domain, @Bind("limit") int limit);

    @SqlQuery("""
            SELECT domain, COUNT(*) AS answers, MAX(answered_at) AS last_answer_at FROM practice_answer
            WHERE pupil_id = :pupil GROUP BY domain""")
    List<DomainSummary> summaries(@Bind("pupil") long pupil);

    @SqlQuery("""
            SELECT domain, answered_at, theta_after FROM practice_answer WHERE pupil_id = :pupil
            ORDER BY answered_at""")
    List<RatingPoint> history(@Bind("pupil") long pupil);

}
