package nl.kansrijk.app.roster;

import nl.kansrijk.app.auth.AuthService;
import nl.kansrijk.app.auth.Tokens;
import nl.kansrijk.app.http.ProblemException;
import nl.kansrijk.app.roster.importer.RosterCsvReader;
import nl.kansrijk.app.roster.importer.RosterCsvReader.UploadedCsv;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Importing a school's roster and issuing pupils' sign-in codes. */
public final class RosterService {

    private static final Logger log = LoggerFactory.getLogger(RosterService.class);
    private static final int CLASS_CODE_LENGTH = 6;
    private static final int PERSONAL_CODE_LENGTH = 5;

    /** What an import stored, by kind (pupils, lessons, …). */
    public record ImportSummary(List<String> files, Map<String, Integer> stored) {
    }

    public record PupilCode(long id, String firstName, String lastName, String personalCode) {
    }

    /** New sign-in codes for a class: shown once, stored only as hashes. */
    public record ClassCodes(String classCode, List<PupilCode> pupils) {
    }

    private final Jdbi jdbi;
    private final AuthService auth;
    private final Clock clock;

    public RosterService(Jdbi jdbi, AuthService auth, Clock clock) {
        this.jdbi = jdbi;
        this.auth = auth;
        this.clock = clock;
    }

    /** Reads and stores an upload, all or nothing; a 422 lists every problem when anything is wrong. */
    public ImportSummary importFiles(long school, Long userId, List<UploadedCsv> uploads) {
        RosterCsvReader.Result result = RosterCsvReader.read(uploads, jdbi.onDemand(RosterStore.class).existing(school));
        if (!result.ok()) {
            throw new ProblemException(422, result.problems().size() + " problem(s) in the uploaded files; nothing was stored.",
                    result.problems());
        }
        RosterBatch batch = result.batch().orElseThrow();
        return store(school, userId, batch);
    }

    /** Stores an already validated batch (an import or the demo school) in one transaction. */
    public ImportSummary store(long school, Long userId, RosterBatch batch) {
        Map<String, Integer> sizes = RosterStore.sizes(batch);
        jdbi.useTransaction(handle -> {
            RosterStore store = handle.attach(RosterStore.class);
            store.save(school, batch);
            store.logImport(school, userId, clock.instant(), truncate(String.join(", ", batch.files()), 1000),
                    truncate(sizes.toString(), 2000));
        });
        log.atInfo().addKeyValue("school", school).addKeyValue("files", batch.files()).addKeyValue("stored", sizes)
                .log("roster imported");
        return new ImportSummary(batch.files(), sizes);
    }

    /** Gives the class a new class code and every pupil in it a new personal code; old codes stop working. */
    public ClassCodes issueSignInCodes(long school, long classId) {
        RosterStore.GroupView group = jdbi.onDemand(RosterStore.class).group(school, classId)
                .filter(g -> g.kind().equals("CLASS"))
                .orElseThrow(() -> ProblemException.notFound("The class"));
        String classCode = Tokens.randomCode(CLASS_CODE_LENGTH);
        List<PupilCode> codes = new ArrayList<>();
        jdbi.useTransaction(handle -> {
            RosterStore store = handle.attach(RosterStore.class);
            store.setSigninCode(school, group.id(), classCode);
            java.util.Set<String> used = new java.util.HashSet<>();
            for (RosterStore.PupilView pupil : store.pupilsOfClass(school, group.id())) {
                String code;
                do {
                    code = Tokens.randomCode(PERSONAL_CODE_LENGTH);
                } while (!used.add(code));
                store.setPersonalCodeHash(school, pupil.id(), auth.personalCodeHash(classCode, code));
                codes.add(new PupilCode(pupil.id(), pupil.firstName(), pupil.lastName(), code));
            }
        });
        return new ClassCodes(classCode, codes);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
