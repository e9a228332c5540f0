package nl.kansrijk.app.schedule;

import nl.kansrijk.app.http.ProblemException;
import nl.kansrijk.app.roster.RosterStore;
import nl.kansrijk.planner.domain.Programme;
import nl.kansrijk.planner.domain.TutoringPair;
import nl.kansrijk.planner.domain.TutoringSchedule;
import nl.kansrijk.planner.pairing.Enrolment;
import nl.kansrijk.planner.pairing.PairFormer;
import nl.kansrijk.planner.pairing.PairingRequest;
import nl.kansrijk.planner.solver.BrokenRule;
import nl.kansrijk.planner.solver.RegularLessonJustification;
import nl.kansrijk.planner.solver.ScheduleExplainer;
import nl.kansrijk.planner.solver.ScheduleExplanation;
import nl.kansrijk.planner.solver.ScheduleJustification;
import nl.kansrijk.planner.solver.SolverConfigs;
import nl.kansrijk.planner.solver.TutorDayJustification;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The coordinator's planning work on the stored week: settings, enrolments, pairs, moving and
 * pinning sessions, tutor absences, publishing, explaining the score, and week grids.
 */
public final class ScheduleService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record Settings(List<String> coreSubjects, List<String> allowedSubjects, int maxMissedPerSubjectPerWeek,
                           int timeLimitSeconds, Map<String, Integer> softWeights) {
    }

    /** {@code sessionMinutes}: how long each session lasts; empty for the whole period or slot. */
    public record EnrolRequest(List<Long> pupilIds, String programme, String subject, Integer sessionsPerWeek,
                               Integer sessionMinutes) {
    }

    public record EnrolmentView(long id, long pupilId, String pupilName, String classCode, int year, String level,
                                String programme, String subject, int sessionsPerWeek, Integer testScore,
                                Integer sessionMinutes) {
    }

    public record PupilRef(long id, String name, String classCode) {
    }

    public record PairView(long id, String programme, String subject, int sessionsPerWeek, List<PupilRef> pupils,
                           Long tutorId, String tutorName, boolean tutorPinned, boolean fixed, Integer sessionMinutes) {
    }

    public record SessionView(long id, long pairId, int index, String programme, String subject, List<PupilRef> pupils,
                              Long tutorId, String tutorName, DayOfWeek day, Integer period, Long roomId, String roomName,
                              boolean pinned, boolean movedSincePublished) {
    }

    public record Week(List<SessionView> sessions, int planned, int unplanned) {
    }

    public record SessionChange(DayOfWeek day, Integer period, Long roomId, Boolean pinned) {
    }

    public record Absence(long tutorId, String tutorName, DayOfWeek day) {
    }

    public record Version(long id, int number, String publishedAt, String score) {
    }

    /** One broken rule in the stored week, with database ids and names for the page's Dutch sentence. */
    public record Breach(String constraint, String level, long impact, Integer amount, List<Long> sessionIds,
                         List<PupilRef> pupils, Long tutorId, String tutorName, DayOfWeek day, Integer period, String subject,
                         String problem, String description) {
    }

    public record RuleTotal(String constraint, String level, int matches, long impact) {
    }

    public record Explanation(String score, boolean feasible, List<RuleTotal> rules, Map<Long, List<Breach>> bySession,
                              Map<Long, List<Breach>> byPupil, Map<Long, String> unplanned) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final ScheduleExplainer explainer;

    public ScheduleService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.explainer = new ScheduleExplainer(SolverConfigs.solverFactory(
                SolverConfigs.Termination.timeLimit(Duration.ofSeconds(1))));
    }

    // --- settings --------------------------------------------------------------------------------

    public PlanningSettings settings(long school) {
        return jdbi.withExtension(ScheduleStore.class, store -> settings(store, school));
    }

    static PlanningSettings settings(ScheduleStore store, long school) {
        PlanningSettings defaults = PlanningSettings.defaults();
        return store.settings(school).map(row -> {
            Map<String, Integer> weights = new LinkedHashMap<>(defaults.softWeights());
            Map<?, ?> stored = JSON.readValue(row.softWeights(), Map.class);
            stored.forEach((k, v) -> weights.put(k.toString(), ((Number) v).intValue()));
            return new PlanningSettings(PlanningSettings.words(row.coreSubjects()), PlanningSettings.words(row.allowedSubjects()),
                    row.maxMissedPerSubject(), row.timeLimitSeconds(), weights);
        }).orElse(defaults);
    }

    public Settings settingsView(long school) {
        PlanningSettings s = settings(school);
        return new Settings(List.copyOf(s.coreSubjects()), List.copyOf(s.allowedSubjects()), s.maxMissedPerSubjectPerWeek(),
                s.timeLimitSeconds(), s.softWeights());
    }

    public Settings saveSettings(long school, Settings settings) {
        if (settings.maxMissedPerSubjectPerWeek() < 0 || settings.maxMissedPerSubjectPerWeek() > 5) {
            throw ProblemException.badRequest("maxMissedPerSubjectPerWeek must be 0–5.");
        }
        if (settings.timeLimitSeconds() < 1 || settings.timeLimitSeconds() > 600) {
            throw ProblemException.badRequest("timeLimitSeconds must be 1–600.");
        }
        Map<String, Integer> weights = settings.softWeights() == null ? Map.of() : settings.softWeights();
        for (Map.Entry<String, Integer> weight : weights.entrySet()) {
            if (!PlanningSettings.SOFT_RULES.containsKey(weight.getKey()) || weight.getValue() == null
                    || weight.getValue() < 0 || weight.getValue() > 10_000) {
                throw ProblemException.badRequest("Unknown soft rule or weight outside 0–10000: " + weight.getKey());
            }
        }
        jdbi.useTransaction(h -> {
            ScheduleStore store = h.attach(ScheduleStore.class);
            store.deleteSettings(school);
            store.insertSettings(school, String.join(" ", nonNull(settings.coreSubjects())),
                    String.join(" ", nonNull(settings.allowedSubjects())), settings.maxMissedPerSubjectPerWeek(),
                    settings.timeLimitSeconds(), JSON.writeValueAsString(weights));
        });
        return settingsView(school);
    }

    // --- enrolments and pairs ----------------------------------------------------------------------

    public List<EnrolmentView> enrolments(long school) {
        return jdbi.withHandle(h -> {
            Map<Long, RosterStore.PupilView> pupils = pupilsById(h, school);
            return h.attach(ScheduleStore.class).enrolments(school).stream().map(e -> {
                RosterStore.PupilView p = pupils.get(e.pupilId());
                return new EnrolmentView(e.id(), e.pupilId(), name(p), p.classCode(), p.year(), p.level(), e.programme(),
                        e.subject(), e.sessionsPerWeek(), e.testScore(), e.sessionMinutes());
            }).toList();
        });
    }

    /** Enrols pupils (all HDT candidates when no ids are given); pupils already in the programme are skipped. */
    public int enrol(long school, EnrolRequest request) {
        Programme programme = programme(request.programme());
        String subject = request.subject() == null || request.subject().isBlank() ? "wi" : request.subject().trim();
        int sessions = request.sessionsPerWeek() == null ? (programme == Programme.IN_SCHOOL ? 5 : 2) : request.sessionsPerWeek();
        if (sessions < 1 || sessions > 5) {
            throw ProblemException.badRequest("sessionsPerWeek must be 1–5 (HDT: 5, the cheaper variant 2–3).");
        }
        Integer minutes = request.sessionMinutes();
        if (minutes != null) {
            int longest = shortestSlotMinutes(school, programme);
            if (minutes < 15 || minutes > longest) {
                throw ProblemException.badRequest("sessionMinutes must be 15–" + longest
                        + " (the shortest " + (programme == Programme.IN_SCHOOL ? "period" : "extended-day slot") + ").");
            }
        }
        return jdbi.inTransaction(h -> {
            ScheduleStore store = h.attach(ScheduleStore.class);
            List<Long> ids = request.pupilIds() == null || request.pupilIds().isEmpty()
                    ? h.createQuery("SELECT id FROM pupil WHERE school_id = :school AND hdt_candidate ORDER BY id")
                            .bind("school", school).mapTo(Long.class).list()
                    : request.pupilIds();
            Set<Long> known = pupilsById(h, school).keySet();
            int added = 0;
            for (long pupil : ids) {
                if (!known.contains(pupil)) {
                    throw ProblemException.notFound("Pupil " + pupil);
                }
                if (store.countEnrolments(school, pupil, programme.name()) == 0) {
                    store.insertEnrolment(school, pupil, programme.name(), subject, sessions, null, minutes, clock.instant());
                    added++;
                }
            }
            return added;
        });
    }

    public void unenrol(long school, long enrolmentId) {
        if (jdbi.withExtension(ScheduleStore.class, store -> store.deleteEnrolment(school, enrolmentId)) == 0) {
            throw ProblemException.notFound("The enrolment");
        }
    }

    /**
     * Forms pairs from the enrolments (DESIGN §4 pre-step): fixed pairs stay, the rest is formed
     * anew by the planner's {@link PairFormer}; pairs that no longer exist lose their sessions.
     */
    public List<PairView> formPairs(long school) {
        jdbi.useTransaction(h -> {
            ScheduleStore store = h.attach(ScheduleStore.class);
            PlanningSettings settings = settings(store, school);
            TutoringSchedule current = PlanningProblem.load(h, school, "", settings);
            Map<Long, ScheduleStore.PairRow> pairRows = store.pairs(school).stream()
                    .collect(Collectors.toMap(ScheduleStore.PairRow::id, p -> p));
            List<TutoringPair> fixed = current.getPairs().stream()
                    .filter(p -> pairRows.get(PlanningProblem.dbId(p.getId())).fixed()).toList();
            Set<Long> pupilsInFixed = new HashSet<>();
            fixed.forEach(p -> p.getPupils().forEach(pupil -> pupilsInFixed.add(PlanningProblem.dbId(pupil.getId()))));

            List<ScheduleStore.EnrolmentRow> enrolmentRows = store.enrolments(school).stream()
                    .filter(e -> !pupilsInFixed.contains(e.pupilId())).toList();
            PlanningProblem.PupilFacts facts = PlanningProblem.pupilFacts(h, school,
                    enrolmentRows.stream().map(ScheduleStore.EnrolmentRow::pupilId).collect(Collectors.toSet()));
            List<Enrolment> enrolments = enrolmentRows.stream().map(e -> new Enrolment(facts.pupils().get(e.pupilId()),
                    Programme.valueOf(e.programme()), e.subject(), e.sessionsPerWeek(), e.testScore())).toList();
            Set<Set<String>> keptApart = store.splits(school).stream()
                    .map(split -> Set.of("p" + split.pairId(), "p" + split.pupilId())).collect(Collectors.toSet());
            List<TutoringPair> formed = new PairFormer().formPairs(new PairingRequest(enrolments,
                    List.copyOf(facts.timeslots().values()), settings.pullOutRules(), List.of(), keptApart, Set.of()));

            List<Long> replaced = pairRows.values().stream().filter(p -> !p.fixed()).map(ScheduleStore.PairRow::id).toList();
            if (!replaced.isEmpty()) {
                store.deletePairs(school, replaced);
            }
            Map<String, Integer> minutesByPupil = new HashMap<>();
            enrolmentRows.forEach(e -> {
                if (e.sessionMinutes() != null) {
                    minutesByPupil.merge("p" + e.pupilId() + "|" + e.programme(), e.sessionMinutes(), Math::max);
                }
            });
            for (TutoringPair pair : formed) {
                // A pair's sessions last as long as the longest of its pupils' enrolments asks.
                Integer minutes = pair.getPupils().stream()
                        .map(p -> minutesByPupil.get(p.getId() + "|" + pair.getProgramme().name()))
                        .filter(Objects::nonNull).max(Integer::compare).orElse(null);
                long id = store.insertPair(school, pair.getProgramme().name(), pair.getSubject(), pair.getSessionsPerWeek(),
                        minutes);
                pair.getPupils().forEach(pupil -> store.insertMember(school, id, PlanningProblem.dbId(pupil.getId())));
                for (int index = 1; index <= pair.getSessionsPerWeek(); index++) {
                    store.insertSession(school, id, index);
                }
            }
        });
        return pairs(school);
    }

    public List<PairView> pairs(long school) {
        return jdbi.withHandle(h -> {
            ScheduleStore store = h.attach(ScheduleStore.class);
            Map<Long, RosterStore.PupilView> pupils = pupilsById(h, school);
            Map<Long, String> tutors = tutorNames(h, school);
            Map<Long, List<PupilRef>> members = membersByPair(store.members(school), pupils);
            return store.pairs(school).stream().map(p -> new PairView(p.id(), p.programme(), p.subject(), p.sessionsPerWeek(),
                    members.getOrDefault(p.id(), List.of()), p.tutorId(), p.tutorId() == null ? null : tutors.get(p.tutorId()),
                    p.tutorPinned(), p.fixed(), p.sessionMinutes())).toList();
        });
    }

    public void fixPair(long school, long pairId, boolean fixed) {
        if (jdbi.withExtension(ScheduleStore.class, store -> store.setPairFixed(school, pairId, fixed)) == 0) {
            throw ProblemException.notFound("The pair");
        }
    }

    /** Sets (or clears) the pair's fixed tutor; pinned keeps the solver from changing it. */
    public void setPairTutor(long school, long pairId, Long tutorId, boolean pinned) {
        jdbi.useTransaction(h -> {
            if (tutorId != null && !tutorNames(h, school).containsKey(tutorId)) {
                throw ProblemException.notFound("The tutor");
            }
            if (h.attach(ScheduleStore.class).setPairTutor(school, pairId, tutorId, pinned && tutorId != null) == 0) {
                throw ProblemException.notFound("The pair");
            }
        });
    }

    /** Splits a pair into singles that are never paired again; each keeps the pair's programme. */
    public void splitPair(long school, long pairId) {
        jdbi.useTransaction(h -> {
            ScheduleStore store = h.attach(ScheduleStore.class);
            ScheduleStore.PairRow pair = store.pairs(school).stream().filter(p -> p.id() == pairId).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("The pair"));
            List<Long> members = store.members(school).stream().filter(m -> m.pairId() == pairId)
                    .map(ScheduleStore.MemberRow::pupilId).sorted().toList();
            if (members.size() != 2) {
                throw ProblemException.badRequest("Only a pair of two pupils can be split.");
            }
            store.insertSplit(school, members.get(0), members.get(1));
            store.deletePairs(school, List.of(pairId));
            for (long pupil : members) {
                long single = store.insertPair(school, pair.programme(), pair.subject(), pair.sessionsPerWeek(),
                        pair.sessionMinutes());
                store.insertMember(school, single, pupil);
                store.setPairFixed(school, single, true);
                for (int index = 1; index <= pair.sessionsPerWeek(); index++) {
                    store.insertSession(school, single, index);
                }
            }
        });
    }

    // --- the working week ----------------------------------------------------------------------------

    public Week week(long school) {
        return jdbi.withHandle(h -> {
            ScheduleStore store = h.attach(ScheduleStore.class);
            Map<Long, RosterStore.PupilView> pupils = pupilsById(h, school);
            Map<Long, String> tutors = tutorNames(h, school);
            Map<Long, String> rooms = roomNames(h, school);
            Map<Long, List<PupilRef>> members = membersByPair(store.members(school), pupils);
            Map<Long, ScheduleStore.PairRow> pairs = store.pairs(school).stream()
                    .collect(Collectors.toMap(ScheduleStore.PairRow::id, p -> p));
            Map<String, ScheduleStore.PublishedRow> published = new HashMap<>();
            store.versions(school).stream().findFirst().ifPresent(v -> store.publishedSessions(school, v.id())
                    .forEach(row -> published.put(row.pairId() + "#" + row.sessionIndex(), row)));
            List<SessionView> sessions = new ArrayList<>();
            for (ScheduleStore.SessionRow s : store.sessions(school)) {
                ScheduleStore.PairRow pair = pairs.get(s.pairId());
                ScheduleStore.PublishedRow before = published.get(s.pairId() + "#" + s.sessionIndex());
                boolean moved = before != null && (!Objects.equals(before.day(), s.day())
                        || !Objects.equals(before.period(), s.period()) || !Objects.equals(before.roomId(), s.roomId()));
                sessions.add(new SessionView(s.id(), s.pairId(), s.sessionIndex(), pair.programme(), pair.subject(),
                        members.getOrDefault(s.pairId(), List.of()), pair.tutorId(),
                        pair.tutorId() == null ? null : tutors.get(pair.tutorId()), s.day(), s.period(), s.roomId(),
                        s.roomId() == null ? null : rooms.get(s.roomId()), s.pinned(), moved));
            }
            int planned = (int) sessions.stream().filter(s -> s.day() != null && s.roomId() != null).count();
            return new Week(sessions, planned, sessions.size() - planned);
        });
    }

    /** Moves a session (day + period + room, or all empty to unplan it) and/or pins it. */
    public void changeSession(long school, long sessionId, SessionChange change) {
        jdbi.useTransaction(h -> {
            ScheduleStore store = h.attach(ScheduleStore.class);
            ScheduleStore.SessionRow session = store.sessions(school).stream().filter(s -> s.id() == sessionId).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("The session"));
            boolean moves = change.day() != null || change.period() != null || change.roomId() != null;
            if (moves) {
                if (change.day() == null || change.period() == null || change.roomId() == null) {
                    throw ProblemException.badRequest("A move needs day, period and roomId together.");
                }
                boolean periodExists = h.attach(RosterStore.class).periods(school).stream()
                        .anyMatch(p -> p.day() == change.day() && p.period() == change.period());
                if (!periodExists) {
                    throw ProblemException.badRequest("The school has no period " + change.period() + " on " + change.day() + ".");
                }
                if (!roomNames(h, school).containsKey(change.roomId())) {
                    throw ProblemException.notFound("The room");
                }
                store.placeSession(school, session.id(), change.day(), change.period(), change.roomId());
            }
            if (change.pinned() != null) {
                boolean placed = moves || session.day() != null && session.roomId() != null;
                if (change.pinned() && !placed) {
                    throw ProblemException.badRequest("Only a planned session can be pinned.");
                }
                store.pinSession(school, session.id(), change.pinned());
            }
        });
    }

    public List<Absence> absences(long school) {
        return jdbi.withHandle(h -> {
            Map<Long, String> tutors = tutorNames(h, school);
            return h.attach(ScheduleStore.class).absences(school).stream()
                    .map(a -> new Absence(a.tutorId(), tutors.get(a.tutorId()), a.day())).toList();
        });
    }

    public void addAbsence(long school, long tutorId, DayOfWeek day) {
        jdbi.useTransaction(h -> {
            if (!tutorNames(h, school).containsKey(tutorId)) {
                throw ProblemException.notFound("The tutor");
            }
            ScheduleStore store = h.attach(ScheduleStore.class);
            if (store.absences(school).stream().noneMatch(a -> a.tutorId() == tutorId && a.day() == day)) {
                store.insertAbsence(school, tutorId, day);
            }
        });
    }

    public void removeAbsence(long school, long tutorId, DayOfWeek day) {
        if (jdbi.withExtension(ScheduleStore.class, store -> store.deleteAbsence(school, tutorId, day)) == 0) {
            throw ProblemException.notFound("The absence");
        }
    }

    // --- publishing --------------------------------------------------------------------------------------

    public Version publish(long school, Long userId) {
        Explanation explanation = explain(school);
        return jdbi.inTransaction(h -> {
            ScheduleStore store = h.attach(ScheduleStore.class);
            if (store.sessions(school).isEmpty()) {
                throw ProblemException.badRequest("There is no week to publish yet: form pairs and generate first.");
            }
            long version = store.insertVersion(school, clock.instant(), userId, explanation.score());
            store.copyDraftIntoVersion(school, version);
            store.copyDraftPupilsIntoVersion(version);
            ScheduleStore.VersionRow row = store.versions(school).get(0);
            return new Version(row.id(), row.versionNumber(), row.publishedAt().toString(), row.score());
        });
    }

    public List<Version> versions(long school) {
        return jdbi.withExtension(ScheduleStore.class, store -> store.versions(school).stream()
                .map(v -> new Version(v.id(), v.versionNumber(), v.publishedAt().toString(), v.score())).toList());
    }

    // --- explanation ---------------------------------------------------------------------------------------

    /** The stored week's score taken apart per rule, per session and per pupil, and why sessions stay unplanned. */
    public Explanation explain(long school) {
        return jdbi.withHandle(h -> {
            String schoolName = schoolName(h, school);
            TutoringSchedule schedule = PlanningProblem.load(h, school, schoolName, settings(h.attach(ScheduleStore.class), school));
            ScheduleExplanation explanation = explainer.explain(schedule);
            Map<Long, RosterStore.PupilView> pupils = pupilsById(h, school);
            Map<Long, String> tutors = tutorNames(h, school);
            Map<Long, List<Breach>> bySession = new LinkedHashMap<>();
            Map<Long, List<Breach>> byPupil = new LinkedHashMap<>();
            Map<String, RuleTotal> totals = new LinkedHashMap<>();
            for (BrokenRule rule : explanation.brokenRules()) {
                Breach breach = breach(rule, pupils, tutors);
                breach.sessionIds().forEach(id -> bySession.computeIfAbsent(id, k -> new ArrayList<>()).add(breach));
                if (!(rule.justification() instanceof TutorDayJustification)) {
                    // A tutor's day (idle time, daily maximum) is the tutor's matter, not each pupil's.
                    breach.pupils().forEach(p -> byPupil.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(breach));
                }
                totals.merge(rule.constraintName(), new RuleTotal(rule.constraintName(), breach.level(), 1, breach.impact()),
                        (a, b) -> new RuleTotal(a.constraint(), a.level(), a.matches() + 1, a.impact() + b.impact()));
            }
            Map<Long, String> unplanned = new LinkedHashMap<>();
            explanation.unplanned().forEach((session, reason) -> unplanned.put(PlanningProblem.dbId(session), reason.name()));
            HardMediumSoftScore score = explanation.score();
            List<RuleTotal> rules = totals.values().stream()
                    .sorted(Comparator.comparingInt((RuleTotal r) -> levelOrder(r.level())).thenComparing(r -> -r.impact()))
                    .toList();
            return new Explanation(score.toString(), score.hardScore() == 0, rules, bySession, byPupil, unplanned);
        });
    }

    private static Breach breach(BrokenRule rule, Map<Long, RosterStore.PupilView> pupils, Map<Long, String> tutors) {
        HardMediumSoftScore impact = rule.impact();
        String level = impact.hardScore() != 0 ? "HARD" : impact.mediumScore() != 0 ? "MEDIUM" : "SOFT";
        long amount = Math.abs(impact.hardScore() != 0 ? impact.hardScore()
                : impact.mediumScore() != 0 ? impact.mediumScore() : impact.softScore());
        ScheduleJustification j = rule.justification();
        List<PupilRef> pupilRefs = j.pupilIds().stream().distinct().map(PlanningProblem::dbId)
                .map(id -> new PupilRef(id, name(pupils.get(id)), pupils.get(id).classCode())).toList();
        Long tutorId = j.tutorId() == null ? null : PlanningProblem.dbId(j.tutorId());
        DayOfWeek day = null;
        Integer period = null;
        if (j.timeslotId() != null) {
            day = DayOfWeek.valueOf(j.timeslotId().substring(0, j.timeslotId().indexOf('-')));
            period = Integer.parseInt(j.timeslotId().substring(j.timeslotId().indexOf('-') + 1));
        } else if (j instanceof TutorDayJustification tutorDay) {
            day = tutorDay.day();
        }
        String subject = j instanceof RegularLessonJustification lesson ? lesson.subject() : null;
        String problem = null;
        Integer count = null;
        if (j instanceof nl.kansrijk.planner.solver.DoubleBookingJustification doubleBooking) {
            problem = doubleBooking.resourceKind();
            count = doubleBooking.amount();
        } else if (j instanceof nl.kansrijk.planner.solver.PairJustification pair) {
            problem = pair.problem();
            count = pair.amount();
        } else if (j instanceof nl.kansrijk.planner.solver.SessionPlacementJustification placement) {
            problem = placement.problem();
            count = placement.amount();
        } else if (j instanceof TutorDayJustification tutorDay) {
            problem = tutorDay.problem();
            count = tutorDay.amount();
        } else if (j instanceof RegularLessonJustification lesson) {
            count = lesson.timesMissed();
        }
        return new Breach(rule.constraintName(), level, amount, count,
                j.sessionIds().stream().distinct().map(PlanningProblem::dbId).toList(), pupilRefs, tutorId,
                tutorId == null ? null : tutors.get(tutorId), day, period, subject, problem, j.description());
    }

    private static int levelOrder(String level) {
        return switch (level) {
            case "HARD" -> 0;
            case "MEDIUM" -> 1;
            default -> 2;
        };
    }

    // --- helpers -----------------------------------------------------------------------------------------

    /** The shortest period (in school) or extended-day slot of the school, in minutes: every session must fit. */
    private int shortestSlotMinutes(long school, Programme programme) {
        String kind = programme == Programme.IN_SCHOOL ? "REGULAR" : "EXTENDED_DAY";
        return jdbi.withExtension(RosterStore.class, roster -> roster.periods(school).stream()
                .filter(p -> p.kind().equals(kind))
                .mapToInt(p -> (int) Duration.between(p.start(), p.end()).toMinutes())
                .min().orElseThrow(() -> ProblemException.badRequest("The school has no "
                        + (programme == Programme.IN_SCHOOL ? "periods" : "extended-day slots") + " in its bell schedule.")));
    }

    static Programme programme(String name) {
        try {
            return Programme.valueOf(name == null ? "IN_SCHOOL" : name);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("programme must be IN_SCHOOL or EXTENDED_DAY.");
        }
    }

    static String name(RosterStore.PupilView pupil) {
        String name = (pupil.firstName() + " " + pupil.lastName()).trim();
        return name.isEmpty() ? pupil.externalId() : name;
    }

    static Map<Long, RosterStore.PupilView> pupilsById(Handle h, long school) {
        return h.attach(RosterStore.class).findPupils(school, null, null, Integer.MAX_VALUE, 0).stream()
                .collect(Collectors.toMap(RosterStore.PupilView::id, p -> p));
    }

    static Map<Long, String> tutorNames(Handle h, long school) {
        return h.attach(RosterStore.class).tutors(school).stream()
                .collect(Collectors.toMap(RosterStore.TutorRow::id, RosterStore.TutorRow::name));
    }

    static Map<Long, String> roomNames(Handle h, long school) {
        return h.attach(RosterStore.class).rooms(school).stream()
                .collect(Collectors.toMap(RosterStore.RoomView::id, RosterStore.RoomView::name));
    }

    static String schoolName(Handle h, long school) {
        return h.attach(nl.kansrijk.app.schools.SchoolStore.class).school(school).orElseThrow().name();
    }

    private static Map<Long, List<PupilRef>> membersByPair(List<ScheduleStore.MemberRow> members,
                                                          Map<Long, RosterStore.PupilView> pupils) {
        Map<Long, List<PupilRef>> byPair = new LinkedHashMap<>();
        for (ScheduleStore.MemberRow m : members) {
            RosterStore.PupilView p = pupils.get(m.pupilId());
            byPair.computeIfAbsent(m.pairId(), k -> new ArrayList<>()).add(new PupilRef(p.id(), name(p), p.classCode()));
        }
        return byPair;
    }

    private static List<String> nonNull(List<String> list) {
        return list == null ? List.of() : list.stream().filter(s -> s != null && !s.isBlank()).map(String::trim).toList();
    }
}
