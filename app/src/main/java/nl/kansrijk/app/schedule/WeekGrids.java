package nl.kansrijk.app.schedule;

import nl.kansrijk.app.http.ProblemException;
import nl.kansrijk.app.roster.RosterStore;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Week grids with regular lessons and tutoring together, per tutor, room, pupil or class, from the
 * working week or the newest published version.
 */
public final class WeekGrids {

    public enum Kind { TUTOR, ROOM, PUPIL, CLASS }

    public enum Source { DRAFT, PUBLISHED }

    /** A tutoring session placed in the week, from the draft or from a published version. */
    public record PlacedSession(long sessionId, long pairId, int index, DayOfWeek day, int period, String programme,
                                String subject, Long tutorId, Long roomId, List<Long> pupilIds, boolean pinned,
                                Integer sessionMinutes) {
    }

    public record GridSession(long sessionId, long pairId, DayOfWeek day, int period, String programme, String subject,
                              String tutorName, String roomName, List<String> pupils, boolean pinned) {
    }

    public record Grid(String title, Source source, Integer version, List<RosterStore.PeriodView> periods,
                       List<RosterStore.LessonView> lessons, List<GridSession> sessions) {
    }

    private final Jdbi jdbi;

    public WeekGrids(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Grid grid(long school, Kind kind, long id, Source source) {
        return jdbi.withHandle(h -> {
            RosterStore roster = h.attach(RosterStore.class);
            Map<Long, RosterStore.PupilView> pupils = ScheduleService.pupilsById(h, school);
            Map<Long, String> tutors = ScheduleService.tutorNames(h, school);
            Map<Long, String> rooms = ScheduleService.roomNames(h, school);
            Integer version = source == Source.PUBLISHED ? newestVersion(h, school).map(v -> v.versionNumber()).orElse(null) : null;
            List<PlacedSession> sessions = placedSessions(h, school, source);
            String title;
            List<RosterStore.LessonView> lessons = List.of();
            java.util.function.Predicate<PlacedSession> shown;
            switch (kind) {
                case TUTOR -> {
                    title = require(tutors.get(id), "The tutor");
                    shown = s -> Long.valueOf(id).equals(s.tutorId());
                }
                case ROOM -> {
                    title = require(rooms.get(id), "The room");
                    shown = s -> Long.valueOf(id).equals(s.roomId());
                }
                case PUPIL -> {
                    RosterStore.PupilView pupil = pupils.get(id);
                    title = require(pupil == null ? null : ScheduleService.name(pupil) + " (" + pupil.classCode() + ")", "The pupil");
                    lessons = roster.lessonsOfPupil(school, id);
                    shown = s -> s.pupilIds().contains(id);
                }
                default -> {
                    RosterStore.GroupView group = roster.group(school, id).orElseThrow(() -> ProblemException.notFound("The class"));
                    title = group.code();
                    lessons = roster.lessonsOfGroup(school, id);
                    Set<Long> classPupils = pupils.values().stream().filter(p -> p.classId() == id)
                            .map(RosterStore.PupilView::id).collect(Collectors.toSet());
                    shown = s -> s.pupilIds().stream().anyMatch(classPupils::contains);
                }
            }
            List<GridSession> gridSessions = sessions.stream().filter(shown).map(s -> new GridSession(s.sessionId(), s.pairId(),
                    s.day(), s.period(), s.programme(), s.subject(), s.tutorId() == null ? null : tutors.get(s.tutorId()),
                    s.roomId() == null ? null : rooms.get(s.roomId()),
                    s.pupilIds().stream().map(p -> ScheduleService.name(pupils.get(p))).toList(), s.pinned())).toList();
            List<RosterStore.PeriodView> periods = roster.periods(school).stream()
                    .sorted(Comparator.comparing(RosterStore.PeriodView::day).thenComparing(RosterStore.PeriodView::period))
                    .toList();
            return new Grid(title, source, version, periods, lessons, gridSessions);
        });
    }

    /** The placed sessions of the draft week, or of the newest published version (empty when none). */
    static List<PlacedSession> placedSessions(Handle h, long school, Source source) {
        ScheduleStore store = h.attach(ScheduleStore.class);
        List<PlacedSession> placed = new ArrayList<>();
        if (source == Source.DRAFT) {
            Map<Long, List<Long>> members = new HashMap<>();
            store.members(school).forEach(m -> members.computeIfAbsent(m.pairId(), k -> new ArrayList<>()).add(m.pupilId()));
            Map<Long, ScheduleStore.PairRow> pairs = store.pairs(school).stream()
                    .collect(Collectors.toMap(ScheduleStore.PairRow::id, p -> p));
            for (ScheduleStore.SessionRow s : store.sessions(school)) {
                ScheduleStore.PairRow pair = pairs.get(s.pairId());
                if (s.day() != null && s.period() != null) {
                    placed.add(new PlacedSession(s.id(), s.pairId(), s.sessionIndex(), s.day(), s.period(), pair.programme(),
                            pair.subject(), pair.tutorId(), s.roomId(), members.getOrDefault(s.pairId(), List.of()), s.pinned(),
                            pair.sessionMinutes()));
                }
            }
            return placed;
        }
        newestVersion(h, school).ifPresent(version -> {
            Map<Long, List<Long>> pupils = new HashMap<>();
            store.publishedPupils(school, version.id())
                    .forEach(m -> pupils.computeIfAbsent(m.pairId(), k -> new ArrayList<>()).add(m.pupilId()));
            for (ScheduleStore.PublishedRow s : store.publishedSessions(school, version.id())) {
                if (s.day() != null && s.period() != null) {
                    placed.add(new PlacedSession(s.id(), s.pairId(), s.sessionIndex(), s.day(), s.period(), s.programme(),
                            s.subject(), s.tutorId(), s.roomId(), pupils.getOrDefault(s.id(), List.of()), false,
                            s.sessionMinutes()));
                }
            }
        });
        return placed;
    }

    static java.util.Optional<ScheduleStore.VersionRow> newestVersion(Handle h, long school) {
        return h.attach(ScheduleStore.class).versions(school).stream().findFirst();
    }

    /** Start and end of each (day, period) of the school's bell schedule. */
    static Map<String, LocalTime[]> bellTimes(Handle h, long school) {
        Map<String, LocalTime[]> times = new HashMap<>();
        h.attach(RosterStore.class).periods(school).forEach(p ->
                times.put(PlanningProblem.timeslotId(p.day(), p.period()), new LocalTime[] {p.start(), p.end()}));
        return times;
    }

    private static String require(String value, String what) {
        if (value == null) {
            throw ProblemException.notFound(what);
        }
        return value;
    }
}
