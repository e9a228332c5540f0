package nl.kansrijk.app.roster.demo;

import nl.kansrijk.app.auth.AuthService;
import nl.kansrijk.app.auth.AuthStore;
import nl.kansrijk.app.auth.Role;
import nl.kansrijk.app.roster.RosterService;
import nl.kansrijk.app.roster.RosterStore;
import nl.kansrijk.app.schools.SchoolStore;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Loads the demo school and its sign-ins (README.md names them) once; a second start with
 * {@code --demo} finds it and leaves it, and whatever was changed in it, alone.
 */
public final class DemoSetup {

    private static final Logger log = LoggerFactory.getLogger(DemoSetup.class);

    public static final String PASSWORD = "kansrijk-demo";
    public static final String ADMIN = "admin";
    public static final String COORDINATOR = "coordinator";
    public static final String TUTOR = "tutor";
    public static final String EVALUATOR = "evaluator";
    /** Pupils of class 1A sign in with this class code and personal codes 1A001 … 1A025. */
    public static final String CLASS_CODE = "DEMO1A";
    public static final String DEMO_CLASS = "1A";

    private DemoSetup() {
    }

    /** Returns the demo school's id, creating it first when it is not there. */
    public static long loadIfMissing(Jdbi jdbi, AuthService auth, RosterService roster, Clock clock) {
        SchoolStore schools = jdbi.onDemand(SchoolStore.class);
        Optional<Long> existing = schools.findByName(DemoSchool.NAME);
        if (existing.isPresent()) {
            log.atInfo().addKeyValue("school", existing.get()).log("demo school already loaded");
            return existing.get();
        }
        long school = schools.insert(DemoSchool.NAME, clock.instant());
        roster.store(school, null, DemoSchool.generate(DemoSchool.DEFAULT_SEED));
        if (jdbi.onDemand(AuthStore.class).findUser(ADMIN).isEmpty()) {
            auth.createUser(null, Role.ADMIN, ADMIN, "Beheerder", PASSWORD);
        }
        auth.createUser(school, Role.COORDINATOR, COORDINATOR, "Sanne Vermeulen (coördinator)", PASSWORD);
        long tutorUser = auth.createUser(school, Role.TUTOR, TUTOR, "Anouk Verbeek (tutor)", PASSWORD);
        auth.createUser(school, Role.EVALUATOR, EVALUATOR, "Dr. Mark de Haan (onderzoeker)", PASSWORD);
        jdbi.useHandle(h -> h.createUpdate("UPDATE tutor SET user_id = :user WHERE school_id = :school AND external_id = 'T01'")
                .bind("user", tutorUser).bind("school", school).execute());
        assignDemoCodes(jdbi, auth, school);
        log.atInfo().addKeyValue("school", school).log("demo school loaded");
        return school;
    }

    private static void assignDemoCodes(Jdbi jdbi, AuthService auth, long school) {
        jdbi.useTransaction(h -> {
            long classId = h.createQuery("SELECT id FROM school_class WHERE school_id = :school AND code = :code")
                    .bind("school", school).bind("code", DEMO_CLASS).mapTo(Long.class).one();
            RosterStore store = h.attach(RosterStore.class);
            store.setSigninCode(school, classId, CLASS_CODE);
            List<RosterStore.PupilView> pupils = store.pupilsOfClass(school, classId).stream()
                    .sorted(java.util.Comparator.comparing(RosterStore.PupilView::externalId)).toList();
            for (int i = 0; i < pupils.size(); i++) {
                store.setPersonalCodeHash(school, pupils.get(i).id(), auth.personalCodeHash(CLASS_CODE, personalCode(i)));
            }
        });
    }

    /** The demo personal code of the n-th pupil (0-based, by pupil id) of class 1A. */
    public static String personalCode(int index) {
        return String.format("1A%03d", index + 1);
    }
}
