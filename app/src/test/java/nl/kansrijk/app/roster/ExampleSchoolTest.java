package nl.kansrijk.app.roster;

import nl.kansrijk.app.roster.importer.ExistingRoster;
import nl.kansrijk.app.roster.importer.RosterCsvReader;
import nl.kansrijk.app.roster.importer.RosterCsvReader.UploadedCsv;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The example school that docs/IMPORT.md points to must import without a single problem. */
class ExampleSchoolTest {

    @Test
    void read_exampleSchoolFromTheDocs_hasNoProblems() throws IOException {
        List<UploadedCsv> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(Path.of("..", "docs", "examples", "school"))) {
            for (Path path : paths.sorted().toList()) {
                files.add(new UploadedCsv(path.getFileName().toString(), Files.readAllBytes(path)));
            }
        }

        RosterCsvReader.Result result = RosterCsvReader.read(files, ExistingRoster.EMPTY);

        assertThat(result.problems()).isEmpty();
        RosterBatch batch = result.batch().orElseThrow();
        assertThat(batch.pupils()).hasSize(10);
        assertThat(batch.lessons()).hasSize(15);
        assertThat(batch.tutors()).hasSize(3);
    }
}
