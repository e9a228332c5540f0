package nl.kansrijk.app.schools;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Schools, as the admin sees them. */
@RegisterConstructorMapper(SchoolStore.SchoolView.class)
public interface SchoolStore {

    record SchoolView(long id, String name, int pupils) {
    }

    @SqlQuery("SELECT s.id, s.name, (SELECT COUNT(*) FROM pupil p WHERE p.school_id = s.id) AS pupils FROM school s ORDER BY s.name")
    List<SchoolView> schools();

    @SqlQuery("SELECT s.id, s.name, (SELECT COUNT(*) FROM pupil p WHERE p.school_id = s.id) AS pupils FROM school s WHERE s.id = :id")
    Optional<SchoolView> school(@Bind("id") long id);

    @SqlQuery("SELECT id FROM school WHERE name = :name")
    Optional<Long> findByName(@Bind("name") String name);

    @SqlUpdate("INSERT INTO school (name, created_at) VALUES (:name, :createdAt)")
    @GetGeneratedKeys("id")
    long insert(@Bind("name") String name, @Bind("createdAt") Instant createdAt);
}
