package nl.kansrijk.app.evaluation;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Exports of a study for R, SPSS and Excel: long (pupil × measure × window) and wide (one row per
 * pupil) CSV, UTF-8, comma-separated, decimal point, empty cells for missing values; and a codebook
 * for every column. Pupils appear only under their study id: no names, no school-given ids.
 */
public final class EvaluationExports {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One column of an export, as the codebook describes it. */
    public record Column(String name, String type, String description) {
    }

    private final EvaluationService evaluation;

    public EvaluationExports(EvaluationService evaluation) {
        this.evaluation = evaluation;
    }

    static final List<Column> LONG_COLUMNS = List.of(
            new Column("study_id", "string", "Pupil's pseudonymous id in this study (keyed hash; not linkable to names)"),
            new Column("group", "string", "TUTORED (enrolled in tutoring) or COMPARISON"),
            new Column("year", "integer", "School year (leerjaar)"),
            new Column("planned_minutes_per_week", "number", "Planned tutoring minutes per week in the newest published schedule"),
            new Column("attended_minutes_per_week", "number",
                    "Tutoring minutes per week the pupil attended over the study, from the tutors' session records"),
            new Column("measure", "string", "practice:<domain> (adaptive practice rating) or test:<name> (imported test)"),
            new Column("scale", "string", "Scale of the value: 'rating (logit)' for practice, the test's own scale otherwise"),
            new Column("window", "string", "pre (voormeting) or post (nameting)"),
            new Column("value", "number", "The rating at the end of the window, or the test score"),
            new Column("answers", "integer", "Practice answers behind the rating (empty for tests)"),
            new Column("measured_on", "date", "Window end for practice ratings, test date for tests (ISO 8601)"));

    public String longCsv(long school, long studyId) {
        EvaluationStore.StudyRow study = evaluation.study(school, studyId);
        Map<Long, Integer> years = years(school, studyId);
        Map<Long, Double> dosage = evaluation.plannedMinutesPerWeek(school);
        Map<Long, Double> attended = evaluation.attendedMinutesPerWeek(school, study);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(LONG_COLUMNS.stream().map(Column::name).toArray(String[]::new)).get())) {
            for (EvaluationService.PupilMeasure m : evaluation.measures(school, studyId)) {
                csv.printRecord(EvaluationService.studyId(study.pseudonymKey(), m.pupilId()), m.group(), years.get(m.pupilId()),
                        number(dosage.getOrDefault(m.pupilId(), 0.0)), number(attended.getOrDefault(m.pupilId(), 0.0)), m.measure(), m.scale(), m.window(), number(m.value()),
                        m.answers() == null ? "" : m.answers(), m.measuredOn());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public String wideCsv(long school, long studyId) {
        return wide(school, studyId).csv();
    }

    private record Wide(String csv, List<Column> columns) {
    }

    private Wide wide(long school, long studyId) {
        EvaluationStore.StudyRow study = evaluation.study(school, studyId);
        Map<Long, Integer> years = years(school, studyId);
        Map<Long, Double> dosage = evaluation.plannedMinutesPerWeek(school);
        Map<Long, Double> attended = evaluation.attendedMinutesPerWeek(school, study);
        List<EvaluationService.PupilMeasure> measures = evaluation.measures(school, studyId);
        Set<String> measureNames = new LinkedHashSet<>();
        measures.stream().map(EvaluationService.PupilMeasure::measure).sorted().forEach(measureNames::add);
        Map<String, Double> values = new LinkedHashMap<>();
        measures.forEach(m -> values.put(m.pupilId() + "|" + m.measure() + "|" + m.window(), m.value()));
        List<Column> columns = new ArrayList<>(LONG_COLUMNS.subList(0, 5));
        for (String measure : measureNames) {
            String name = columnName(measure);
            columns.add(new Column(name + "_pre", "number", measure + " at the end of the pre window (voormeting)"));
            columns.add(new Column(name + "_post", "number", measure + " at the end of the post window (nameting)"));
            columns.add(new Column(name + "_gain", "number", measure + ": post minus pre (empty when either is missing)"));
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(columns.stream().map(Column::name).toArray(String[]::new)).get())) {
            for (EvaluationStore.StudyPupil pupil : evaluation.studyPupils(school, studyId)) {
                List<Object> row = new ArrayList<>(List.of(EvaluationService.studyId(study.pseudonymKey(), pupil.pupilId()),
                        pupil.group(), years.get(pupil.pupilId()), number(dosage.getOrDefault(pupil.pupilId(), 0.0)),
                        number(attended.getOrDefault(pupil.pupilId(), 0.0))));
                for (String measure : measureNames) {
                    Double pre = values.get(pupil.pupilId() + "|" + measure + "|pre");
                    Double post = values.get(pupil.pupilId() + "|" + measure + "|post");
                    row.add(pre == null ? "" : number(pre));
                    row.add(post == null ? "" : number(post));
                    row.add(pre == null || post == null ? "" : number(post - pre));
                }
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Wide(out.toString(), columns);
    }

    /** The codebook of both exports, as Markdown. */
    public String codebookMarkdown(long school, long studyId) {
        EvaluationStore.StudyRow study = evaluation.study(school, studyId);
        StringBuilder md = new StringBuilder();
        md.append("# Codebook: ").append(study.name()).append("\n\n")
                .append("Pre window (voormeting): ").append(study.preFrom()).append(" to ").append(study.preTo())
                .append("; post window (nameting): ").append(study.postFrom()).append(" to ").append(study.postTo())
                .append(".\nFiles are UTF-8, comma-separated, with a decimal point; an empty cell is a missing value.\n")
                .append("Practice ratings are on the engine's logit scale (0 is the typical level of groep 6; one unit is")
                .append(" about one logit of success odds).\n\n");
        appendTable(md, "long.csv — one row per pupil, measure and window", LONG_COLUMNS);
        appendTable(md, "wide.csv — one row per pupil", wide(school, studyId).columns());
        return md.toString();
    }

    public String codebookJson(long school, long studyId) {
        EvaluationStore.StudyRow study = evaluation.study(school, studyId);
        Map<String, Object> book = new LinkedHashMap<>();
        book.put("study", study.name());
        book.put("preWindow", List.of(study.preFrom().toString(), study.preTo().toString()));
        book.put("postWindow", List.of(study.postFrom().toString(), study.postTo().toString()));
        book.put("missingValue", "");
        book.put("long", LONG_COLUMNS);
        book.put("wide", wide(school, studyId).columns());
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(book);
    }

    private static void appendTable(StringBuilder md, String title, List<Column> columns) {
        md.append("## ").append(title).append("\n\n| column | type | meaning |\n|---|---|---|\n");
        columns.forEach(c -> md.append("| `").append(c.name()).append("` | ").append(c.type()).append(" | ")
                .append(c.description().replace("|", "/")).append(" |\n"));
        md.append('\n');
    }

    private Map<Long, Integer> years(long school, long studyId) {
        Map<Long, Integer> years = new LinkedHashMap<>();
        evaluation.studyPupils(school, studyId).forEach(p -> years.put(p.pupilId(), p.year()));
        return years;
    }

    /** R, SPSS and Excel read names of letters, digits and underscores, starting with a letter. */
    static String columnName(String measure) {
        return measure.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
