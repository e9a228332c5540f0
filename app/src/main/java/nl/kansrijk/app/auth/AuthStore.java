package nl.kansrijk.app.auth;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Optional;

/** Users, pupils' sign-in lookups and sign-in sessions. */
@RegisterConstructorMapper(AuthStore.UserRow.class)
@RegisterConstructorMapper(AuthStore.SessionRow.class)
@RegisterConstructorMapper(AuthStore.PupilSignIn.class)
public interface AuthStore {

    record UserRow(long id, Long schoolId, Role role, String username, String displayName, String passwordHash) {
    }

    record SessionRow(Long userId, Long pupilId, Long schoolId, String role, String displayName, String csrfToken,
                      Instant expiresAt) {
    }

    record PupilSignIn(long pupilId, long schoolId, String displayName) {
    }

    @SqlQuery("SELECT id, school_id, role, username, display_name, password_hash FROM app_user WHERE username = :username")
    Optional<UserRow> findUser(@Bind("username") String username);

    @SqlUpdate("""
            INSERT INTO app_user (school_id, role, username, display_name, password_hash, created_at)
            VALUES (:schoolId, :role, :username, :displayName, :passwordHash, :createdAt)""")
    @GetGeneratedKeys("id")
    long insertUser(@Bind("schoolId") Long schoolId, @Bind("role") Role role, @Bind("username") String username,
                    @Bind("displayName") String displayName, @Bind("passwordHash") String passwordHash,
                    @Bind("createdAt") Instant createdAt);

    @SqlQuery("""
            SELECT p.id AS pupil_id, p.school_id, p.first_name AS display_name
            FROM pupil p JOIN school_class c ON c.id = p.class_id
            WHERE c.signin_code = :classCode AND p.personal_code_hash = :codeHash""")
    Optional<PupilSignIn> findPupil(@Bind("classCode") String classCode, @Bind("codeHash") String codeHash);

    @SqlUpdate("""
            INSERT INTO user_session (token_hash, user_id, pupil_id, school_id, csrf_token, created_at, expires_at)
            VALUES (:tokenHash, :userId, :pupilId, :schoolId, :csrfToken, :createdAt, :expiresAt)""")
    void insertSession(@Bind("tokenHash") String tokenHash, @Bind("userId") Long userId, @Bind("pupilId") Long pupilId,
                       @Bind("schoolId") Long schoolId, @Bind("csrfToken") String csrfToken,
                       @Bind("createdAt") Instant createdAt, @Bind("expiresAt") Instant expiresAt);

    @SqlQuery("""
            SELECT s.user_id, s.pupil_id, s.school_id, s.csrf_token, s.expires_at,
                   COALESCE(u.role, 'PUPIL') AS role,
                   COALESCE(u.display_name, p.first_name) AS display_name
            FROM user_session s
            LEFT JOIN app_user u ON u.id = s.user_id
            LEFT JOIN pupil p ON p.id = s.pupil_id
            WHERE s.token_hash = :tokenHash""")
    Optional<SessionRow> findSession(@Bind("tokenHash") String tokenHash);

    @SqlUpdate("DELETE FROM user_session WHERE token_hash = :tokenHash")
    void deleteSession(@Bind("tokenHash") String tokenHash);

    @SqlUpdate("DELETE FROM user_session WHERE expires_at < :now")
    int deleteExpiredSessions(@Bind("now") Instant now);

    @SqlQuery("SELECT secret FROM app_secret WHERE name = :name")
    Optional<String> findSecret(@Bind("name") String name);

    @SqlUpdate("INSERT INTO app_secret (name, secret) VALUES (:name, :value)")
    void insertSecret(@Bind("name") String name, @Bind("value") String value);
}
