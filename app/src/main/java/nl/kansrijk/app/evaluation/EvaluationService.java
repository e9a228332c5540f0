package nl.kansrijk.app.evaluation;

import nl.kansrijk.adaptive.growth.RatingChange;
import nl.kansrijk.adaptive.growth.RatingHistory;
import nl.kansrijk.adaptive.growth.RatingSnapshot;
import nl.kansrijk.app.auth.Tokens;
import nl.kansrijk.app.http.ProblemException;
import nl.kansrijk.app.roster.RosterStore;
import nl.kansrijk.app.roster.importer.CsvTable;
import nl.kansrijk.app.roster.importer.ImportProblem;
import nl.kansrijk.app.sessions.SessionService;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Studies with a pre- and post-measurement window, a tutored group (the enrolled pupils) and a
 * comparison group; per pupil the measures at the end of each window; per group the figures a
 * report needs; all computed from the answer log and imported tests, never from names.
 */
public final class EvaluationService {

    static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Amsterdam");
    public static final String TUTORED = "TUTORED";
    public static final String COMPARISON = "COMPARISON";

    /** A new study; a chosen comparison group is named by the school's own pupil numbers. */
    public record NewStudy(String name, LocalDate preFrom, LocalDate preTo, LocalDate postFrom, LocalDate postTo,
                           String comparison, List<String> comparisonPupilNumbers) {
    }

    public record StudyView(long id, String name, LocalDate preFrom, LocalDate preTo, LocalDate postFrom, LocalDate postTo,
                            String comparison, int tutored, int comparisonPupils) {
    }

    /** One measure of one pupil in one window: a practice rating (with the answers behind it) or a test score. */
    public record PupilMeasure(long pupilId, String group, String measure, String kind, String scale, String window,
                               double value, Integer answers, LocalDate measuredOn) {
    }

    public record GroupStats(String group, int pupils, int complete, int missingPre, int missingPost, Double meanPre,
                             Double meanPost, Double meanGain) {
    }

    public record QuartileGain(int quartile, int n, double fromMinutesPerWeek, double toMinutesPerWeek, Double meanGain) {
    }

    public record ScatterPoint(String studyId, String group, double pre, double post) {
    }

    public record MeasureResult(String measure, String kind, String scale, GroupStats tutored, GroupStats comparison,
                                Double dz, EffectSizes.HedgesG hedgesG, List<QuartileGain> gainByDosageQuartile,
                                List<ScatterPoint> scatter) {
    }

    public record GrowthPoint(LocalDate week, String group, String measure, double meanRating, int pupils) {
    }

    public record Results(StudyView study, List<MeasureResult> measures, List<GrowthPoint> growth) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final SessionService sessions;

    public EvaluationService(Jdbi jdbi, Clock clock, SessionService sessions) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.sessions = sessions;
    }

    /** Creates a study: the tutored group is every enrolled pupil; the comparison group is chosen or all others of their years. */
    public StudyView create(long school, Long userId, NewStudy request) {
        validate(request);
        boolean chosen = "CHOSEN".equals(request.comparison());
        long id = jdbi.inTransaction(h -> {
            EvaluationStore store = h.attach(EvaluationStore.class);
            List<Long> tutored = store.enrolledPupils(school);
            if (tutored.isEmpty()) {
                throw ProblemException.badRequest("No pupil is enrolled in tutoring yet: the study would have no tutored group.");
            }
            Set<Long> comparison = new LinkedHashSet<>();
            if (chosen) {
                List<String> asked = request.comparisonPupilNumbers() == null ? List.of() : request.comparisonPupilNumbers();
                Map<String, Long> pupils = h.attach(RosterStore.class).idsByExternalId("pupil", school);
                List<String> unknown = asked.stream().filter(number -> !pupils.containsKey(number)).toList();
                if (asked.isEmpty() || !unknown.isEmpty()) {
                    throw ProblemException.badRequest("comparisonPupilNumbers must be pupil numbers of this school"
                            + (unknown.isEmpty() ? "." : "; unknown: " + String.join(", ", unknown) + "."));
                }
                asked.forEach(number -> comparison.add(pupils.get(number)));
            } else {
                comparison.addAll(store.pupilsOfYears(school, store.yearsOf(school, tutored)));
            }
            comparison.removeAll(tutored);
            long study = store.insertStudy(school, request.name().trim(), request.preFrom(), request.preTo(), request.postFrom(),
                    request.postTo(), chosen ? "CHOSEN" : "SAME_YEARS", Tokens.randomToken(), clock.instant(), userId);
            tutored.forEach(pupil -> store.insertStudyPupil(study, school, pupil, TUTORED));
            comparison.forEach(pupil -> store.insertStudyPupil(study, school, pupil, COMPARISON));
            return study;
        });
        return studies(school).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    public List<StudyView> studies(long school) {
        return jdbi.withHandle(h -> {
            EvaluationStore store = h.attach(EvaluationStore.class);
            return store.studies(school).stream().map(s -> view(s, store.studyPupils(school, s.id()))).toList();
        });
    }

    EvaluationStore.StudyRow study(long school, long studyId) {
        return jdbi.withExtension(EvaluationStore.class, store -> store.study(school, studyId))
                .orElseThrow(() -> ProblemException.notFound("The study"));
    }

    List<EvaluationStore.StudyPupil> studyPupils(long school, long studyId) {
        return jdbi.withExtension(EvaluationStore.class, store -> store.studyPupils(school, studyId));
    }

    /** Every measure of every pupil of the study, pre and post. */
    public List<PupilMeasure> measures(long school, long studyId) {
        EvaluationStore.StudyRow study = study(school, studyId);
        return jdbi.withHandle(h -> {
            EvaluationStore store = h.attach(EvaluationStore.class);
            Map<Long, String> groups = store.studyPupils(school, studyId).stream()
                    .collect(Collectors.toMap(EvaluationStore.StudyPupil::pupilId, EvaluationStore.StudyPupil::group));
            List<PupilMeasure> measures = new ArrayList<>();
            Map<String, List<EvaluationStore.RatingLog>> logs = store.ratingLog(school, studyId, endOf(study.postTo())).stream()
                    .collect(Collectors.groupingBy(log -> log.pupilId() + "|" + log.domain(), LinkedHashMap::new,
                            Collectors.toList()));
            for (List<EvaluationStore.RatingLog> log : logs.values()) {
                long pupil = log.get(0).pupilId();
                String domain = log.get(0).domain();
                RatingHistory history = new RatingHistory(log.stream()
                        .map(l -> new RatingChange(l.answeredAt(), l.thetaBefore(), l.thetaAfter())).toList());
                practiceMeasure(history, log, study.preFrom(), study.preTo()).ifPresent(s -> measures.add(new PupilMeasure(
                        pupil, groups.get(pupil), "practice:" + domain, "practice", "rating (logit)", "pre", s.rating(),
                        s.answerCount(), study.preTo())));
                practiceMeasure(history, log, study.postFrom(), study.postTo()).ifPresent(s -> measures.add(new PupilMeasure(
                        pupil, groups.get(pupil), "practice:" + domain, "practice", "rating (logit)", "post", s.rating(),
                        s.answerCount(), study.postTo())));
            }
            for (EvaluationStore.TestScore test : latestPerWindow(store.testScores(school, studyId), study)) {
                String window = inWindow(test.takenOn(), study.preFrom(), study.preTo()) ? "pre" : "post";
                measures.add(new PupilMeasure(test.pupilId(), groups.get(test.pupilId()), "test:" + test.testName(), "test",
                        test.scale(), window, test.score(), null, test.takenOn()));
            }
            return measures;
        });
    }

    /** The rating at the window's end, provided the pupil practised within the window. */
    private static Optional<RatingSnapshot> practiceMeasure(RatingHistory history, List<EvaluationStore.RatingLog> log,
                                                            LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(SCHOOL_ZONE).toInstant();
        Instant end = endOf(to);
        boolean practised = log.stream().anyMatch(l -> !l.answeredAt().isBefore(start) && l.answeredAt().isBefore(end));
        return practised ? history.at(end) : Optional.empty();
    }

    /** Per pupil, test and window, the newest score taken within the window. */
    private static List<EvaluationStore.TestScore> latestPerWindow(List<EvaluationStore.TestScore> scores,
                                                                   EvaluationStore.StudyRow study) {
        Map<String, EvaluationStore.TestScore> latest = new LinkedHashMap<>();
        for (EvaluationStore.TestScore score : scores) {
            String window = inWindow(score.takenOn(), study.preFrom(), study.preTo()) ? "pre"
                    : inWindow(score.takenOn(), study.postFrom(), study.postTo()) ? "post" : null;
            if (window != null) {
                latest.merge(score.pupilId() + "|" + score.testName() + "|" + window, score,
                        (a, b) -> b.takenOn().isAfter(a.takenOn()) ? b : a);
            }
        }
        return List.copyOf(latest.values());
    }

    public Results results(long school, long studyId) {
        EvaluationStore.StudyRow study = study(school, studyId);
        List<EvaluationStore.StudyPupil> pupils = jdbi.withExtension(EvaluationStore.class, s -> s.studyPupils(school, studyId));
        Map<Long, Double> dosage = dosageForQuartiles(school, study);
        List<PupilMeasure> measures = measures(school, studyId);
        Map<String, List<PupilMeasure>> byMeasure = measures.stream()
                .collect(Collectors.groupingBy(PupilMeasure::measure, LinkedHashMap::new, Collectors.toList()));
        String key = study.pseudonymKey();
        List<MeasureResult> results = new ArrayList<>();
        for (Map.Entry<String, List<PupilMeasure>> entry : byMeasure.entrySet()) {
            Map<Long, Double> pre = new HashMap<>();
            Map<Long, Double> post = new HashMap<>();
            for (PupilMeasure m : entry.getValue()) {
                (m.window().equals("pre") ? pre : post).put(m.pupilId(), m.value());
            }
            GroupStats tutored = groupStats(TUTORED, pupils, pre, post);
            GroupStats comparison = groupStats(COMPARISON, pupils, pre, post);
            double[] tutoredGains = gains(TUTORED, pupils, pre, post);
            double[] comparisonGains = gains(COMPARISON, pupils, pre, post);
            double dz = EffectSizes.dz(tutoredGains);
            List<ScatterPoint> scatter = pupils.stream().filter(p -> pre.containsKey(p.pupilId()) && post.containsKey(p.pupilId()))
                    .map(p -> new ScatterPoint(studyId(key, p.pupilId()), p.group(), pre.get(p.pupilId()), post.get(p.pupilId())))
                    .toList();
            PupilMeasure first = entry.getValue().get(0);
            results.add(new MeasureResult(entry.getKey(), first.kind(), first.scale(), tutored, comparison,
                    Double.isNaN(dz) ? null : dz, EffectSizes.hedgesG(tutoredGains, comparisonGains),
                    quartiles(pupils, pre, post, dosage), scatter));
        }
        return new Results(view(study, pupils), results, growth(school, studyId, study, pupils));
    }

    /** The pupil's id in this study's exports: a keyed hash, stable within the study, meaningless outside it. */
    static String studyId(String key, long pupilId) {
        return "P" + Tokens.hmacSha256(key, "pupil:" + pupilId).substring(0, 10);
    }

    /**
     * Tutoring minutes per week a pupil attended over the study (pre-window start to post-window end,
     * or today), from the tutors' session records; {@code SessionService.dosage} holds the arithmetic.
     */
    Map<Long, Double> attendedMinutesPerWeek(long school, EvaluationStore.StudyRow study) {
        LocalDate today = LocalDate.now(clock.withZone(SCHOOL_ZONE));
        LocalDate to = study.postTo().isBefore(today) ? study.postTo() : today;
        if (to.isBefore(study.preFrom())) {
            return Map.of();
        }
        double weeks = Math.max(1.0, (java.time.temporal.ChronoUnit.DAYS.between(study.preFrom(), to) + 1) / 7.0);
        return sessions.dosage(school, study.preFrom(), to).pupils().stream().collect(Collectors.toMap(
                SessionService.PupilLine::pupilId, line -> line.dosage().attendedMinutes() / weeks));
    }

    /** Attended minutes when tutors have recorded sessions; planned minutes while nothing is recorded yet. */
    Map<Long, Double> dosageForQuartiles(long school, EvaluationStore.StudyRow study) {
        Map<Long, Double> attended = attendedMinutesPerWeek(school, study);
        boolean recorded = attended.values().stream().anyMatch(minutes -> minutes > 0);
        return recorded ? attended : plannedMinutesPerWeek(school);
    }

    /** Planned tutoring minutes per week from the newest published week (0 for pupils without sessions). */
    Map<Long, Double> plannedMinutesPerWeek(long school) {
        return jdbi.withExtension(EvaluationStore.class, store -> store.plannedDosage(school).stream()
                .collect(Collectors.toMap(EvaluationStore.Dosage::pupilId, d -> (double) d.minutesPerWeek())));
    }

    private static GroupStats groupStats(String group, List<EvaluationStore.StudyPupil> pupils, Map<Long, Double> pre,
                                         Map<Long, Double> post) {
        List<Long> members = pupils.stream().filter(p -> p.group().equals(group)).map(EvaluationStore.StudyPupil::pupilId).toList();
        double[] pres = members.stream().filter(pre::containsKey).mapToDouble(pre::get).toArray();
        double[] posts = members.stream().filter(post::containsKey).mapToDouble(post::get).toArray();
        double[] gains = gains(group, pupils, pre, post);
        int missingPre = (int) members.stream().filter(p -> !pre.containsKey(p)).count();
        int missingPost = (int) members.stream().filter(p -> !post.containsKey(p)).count();
        return new GroupStats(group, members.size(), gains.length, missingPre, missingPost, meanOrNull(pres),
                meanOrNull(posts), meanOrNull(gains));
    }

    private static double[] gains(String group, List<EvaluationStore.StudyPupil> pupils, Map<Long, Double> pre,
                                  Map<Long, Double> post) {
        return pupils.stream().filter(p -> p.group().equals(group))
                .filter(p -> pre.containsKey(p.pupilId()) && post.containsKey(p.pupilId()))
                .mapToDouble(p -> post.get(p.pupilId()) - pre.get(p.pupilId())).toArray();
    }

    /** Mean gain of tutored pupils with both measures, by quartile of planned minutes per week. */
    private static List<QuartileGain> quartiles(List<EvaluationStore.StudyPupil> pupils, Map<Long, Double> pre,
                                                Map<Long, Double> post, Map<Long, Double> dosage) {
        List<EvaluationStore.StudyPupil> complete = pupils.stream().filter(p -> p.group().equals(TUTORED))
                .filter(p -> pre.containsKey(p.pupilId()) && post.containsKey(p.pupilId()))
                .sorted(Comparator.comparingDouble(p -> dosage.getOrDefault(p.pupilId(), 0.0))).toList();
        List<QuartileGain> quartiles = new ArrayList<>();
        if (complete.size() < 4) {
            return quartiles;
        }
        for (int q = 0; q < 4; q++) {
            List<EvaluationStore.StudyPupil> part = complete.subList(q * complete.size() / 4, (q + 1) * complete.size() / 4);
            double[] gains = part.stream().mapToDouble(p -> post.get(p.pupilId()) - pre.get(p.pupilId())).toArray();
            quartiles.add(new QuartileGain(q + 1, part.size(), dosage.getOrDefault(part.get(0).pupilId(), 0.0),
                    dosage.getOrDefault(part.get(part.size() - 1).pupilId(), 0.0), meanOrNull(gains)));
        }
        return quartiles;
    }

    /** Weekly mean practice rating per group and domain, from the pre window's start to the post window's end. */
    private List<GrowthPoint> growth(long school, long studyId, EvaluationStore.StudyRow study,
                                     List<EvaluationStore.StudyPupil> pupils) {
        Map<Long, String> groups = pupils.stream()
                .collect(Collectors.toMap(EvaluationStore.StudyPupil::pupilId, EvaluationStore.StudyPupil::group));
        List<EvaluationStore.RatingLog> log = jdbi.withExtension(EvaluationStore.class,
                store -> store.ratingLog(school, studyId, endOf(study.postTo())));
        Map<String, List<EvaluationStore.RatingLog>> byPupilDomain = log.stream()
                .collect(Collectors.groupingBy(l -> l.pupilId() + "|" + l.domain(), LinkedHashMap::new, Collectors.toList()));
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (List<EvaluationStore.RatingLog> entries : byPupilDomain.values()) {
            RatingHistory history = new RatingHistory(entries.stream()
                    .map(l -> new RatingChange(l.answeredAt(), l.thetaBefore(), l.thetaAfter())).toList());
            String group = groups.get(entries.get(0).pupilId());
            for (LocalDate week = study.preFrom(); !week.isAfter(study.postTo()); week = week.plusWeeks(1)) {
                LocalDate weekStart = week;
                history.at(endOf(week.plusDays(6))).ifPresent(snapshot -> {
                    double[] sum = sums.computeIfAbsent(weekStart + "|" + group + "|practice:" + entries.get(0).domain(),
                            k -> new double[2]);
                    sum[0] += snapshot.rating();
                    sum[1]++;
                });
            }
        }
        List<GrowthPoint> points = new ArrayList<>();
        sums.forEach((k, sum) -> {
            String[] parts = k.split("\\|");
            points.add(new GrowthPoint(LocalDate.parse(parts[0]), parts[1], parts[2], sum[0] / sum[1], (int) sum[1]));
        });
        points.sort(Comparator.comparing(GrowthPoint::measure).thenComparing(GrowthPoint::group).thenComparing(GrowthPoint::week));
        return points;
    }

    /**
     * Imports external test scores (columns pupil_id, test, scale, date, score): all or nothing,
     * every problem with line and column; a score for the same pupil, test and date is updated.
     */
    public int importTests(long school, CsvTable table) {
        Map<String, Long> pupils = jdbi.withExtension(RosterStore.class, store -> store.idsByExternalId("pupil", school));
        List<ImportProblem> problems = new ArrayList<>();
        record Score(long pupil, String test, String scale, LocalDate date, double score) {
        }
        List<Score> scores = new ArrayList<>();
        String[][] columns = {{"pupil_id", "leerling_id", "leerlingnummer"}, {"test", "toets"}, {"scale", "schaal"},
                {"date", "datum"}, {"score", "score"}};
        String[] found = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            found[i] = table.findColumn(List.of(columns[i])).orElse(null);
            if (found[i] == null) {
                problems.add(new ImportProblem(table.fileName(), 1, 0, columns[i][0], "missingColumn",
                        Map.of("column", columns[i][0]), "The header has no column '" + columns[i][0] + "'."));
            }
        }
        if (problems.isEmpty()) {
            for (CsvTable.Row row : table.rows()) {
                int before = problems.size();
                String pupilId = row.values().get(found[0]);
                Long pupil = pupils.get(pupilId);
                if (pupil == null) {
                    problems.add(problem(table, row, found[0], "unknownPupil", pupilId, "The pupil '" + pupilId + "' is not in the school."));
                }
                String test = row.values().get(found[1]);
                String scale = row.values().get(found[2]);
                if (test.isEmpty() || test.length() > 100) {
                    problems.add(problem(table, row, found[1], "required", test, "The test needs a name of 1–100 characters."));
                }
                if (scale.isEmpty() || scale.length() > 100) {
                    problems.add(problem(table, row, found[2], "required", scale, "The scale needs a name of 1–100 characters."));
                }
                LocalDate date = null;
                try {
                    date = parseDate(row.values().get(found[3]));
                } catch (DateTimeParseException e) {
                    problems.add(problem(table, row, found[3], "badDate", row.values().get(found[3]),
                            "'" + row.values().get(found[3]) + "' is not a date like 2026-11-29 or 29-11-2026."));
                }
                Double score = null;
                try {
                    score = Double.parseDouble(row.values().get(found[4]).replace(',', '.'));
                } catch (NumberFormatException e) {
                    problems.add(problem(table, row, found[4], "notANumber", row.values().get(found[4]),
                            "'" + row.values().get(found[4]) + "' is not a number."));
                }
                if (problems.size() == before) {
                    scores.add(new Score(pupil, test, scale, date, score));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(422, problems.size() + " problem(s) in the test file; nothing was stored.", problems);
        }
        jdbi.useTransaction(h -> {
            EvaluationStore store = h.attach(EvaluationStore.class);
            scores.forEach(s -> store.saveTestScore(school, s.pupil(), s.test(), s.scale(), s.date(), s.score()));
        });
        return scores.size();
    }

    void logExport(long school, long studyId, Long userId, String kind) {
        jdbi.useExtension(EvaluationStore.class, store -> store.logExport(school, studyId, userId, clock.instant(), kind));
    }

    private static ImportProblem problem(CsvTable table, CsvTable.Row row, String column, String code, String value,
                                         String message) {
        return new ImportProblem(table.fileName(), row.line(), table.columnNumber(column), column, code,
                Map.of("value", value == null ? "" : value), message);
    }

    private static LocalDate parseDate(String text) {
        String trimmed = text.trim();
        if (trimmed.matches("\\d{1,2}-\\d{1,2}-\\d{4}")) {
            String[] parts = trimmed.split("-");
            return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
        }
        return LocalDate.parse(trimmed);
    }

    private static void validate(NewStudy request) {
        if (request.name() == null || request.name().isBlank() || request.name().length() > 200) {
            throw ProblemException.badRequest("A study needs a name of 1–200 characters.");
        }
        if (request.preFrom() == null || request.preTo() == null || request.postFrom() == null || request.postTo() == null) {
            throw ProblemException.badRequest("A study needs preFrom, preTo, postFrom and postTo (dates like 2026-09-01).");
        }
        if (request.preTo().isBefore(request.preFrom()) || request.postTo().isBefore(request.postFrom())
                || !request.postFrom().isAfter(request.preTo())) {
            throw ProblemException.badRequest("Each window must end after it starts, and the post window must start after the pre window.");
        }
        if (request.comparison() != null && !List.of("CHOSEN", "SAME_YEARS").contains(request.comparison())) {
            throw ProblemException.badRequest("comparison must be CHOSEN or SAME_YEARS.");
        }
    }

    private static StudyView view(EvaluationStore.StudyRow s, List<EvaluationStore.StudyPupil> pupils) {
        int tutored = (int) pupils.stream().filter(p -> p.group().equals(TUTORED)).count();
        return new StudyView(s.id(), s.name(), s.preFrom(), s.preTo(), s.postFrom(), s.postTo(), s.comparisonMode(), tutored,
                pupils.size() - tutored);
    }

    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(SCHOOL_ZONE).toInstant();
    }

    private static boolean inWindow(LocalDate date, LocalDate from, LocalDate to) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    private static Double meanOrNull(double[] values) {
        return values.length == 0 ? null : EffectSizes.mean(values);
    }
}
