package nl.kansrijk.app.schedule;

import nl.kansrijk.app.auth.Tokens;
import nl.kansrijk.app.http.ProblemException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * iCalendar subscriptions of the published week for a tutor or a pupil. Calendar apps fetch the
 * feed without a cookie, so the secret link is the credential; the database keeps its hash.
 */
public final class CalendarFeeds {

    public record FeedLink(String path) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public CalendarFeeds(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** A new secret link for a tutor's or a pupil's published week (exactly one of the two ids). */
    public FeedLink create(long school, Long tutorId, Long pupilId) {
        if ((tutorId == null) == (pupilId == null)) {
            throw ProblemException.badRequest("Give either tutorId or pupilId.");
        }
        String token = Tokens.randomToken();
        jdbi.useHandle(h -> {
            boolean known = tutorId != null ? ScheduleService.tutorNames(h, school).containsKey(tutorId)
                    : ScheduleService.pupilsById(h, school).containsKey(pupilId);
            if (!known) {
                throw ProblemException.notFound(tutorId != null ? "The tutor" : "The pupil");
            }
            h.attach(ScheduleStore.class).insertFeed(Tokens.sha256(token), school, tutorId, pupilId, clock.instant());
        });
        return new FeedLink("/calendar/" + token + ".ics");
    }

    /** The feed behind a link, or empty when the link is unknown. */
    public Optional<String> render(String token) {
        return jdbi.withHandle(h -> h.attach(ScheduleStore.class).feed(Tokens.sha256(token)).map(feed -> {
            long school = feed.schoolId();
            Map<Long, String> tutors = ScheduleService.tutorNames(h, school);
            Map<Long, String> rooms = ScheduleService.roomNames(h, school);
            Map<String, LocalTime[]> times = WeekGrids.bellTimes(h, school);
            List<WeekGrids.PlacedSession> sessions = WeekGrids.placedSessions(h, school, WeekGrids.Source.PUBLISHED).stream()
                    .filter(s -> feed.tutorId() != null ? feed.tutorId().equals(s.tutorId()) : s.pupilIds().contains(feed.pupilId()))
                    .toList();
            LocalDate monday = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            Calendar calendar = new Calendar()
                    .add(new ProdId("-//Kansrijk//Tutoring week//NL"))
                    .add(ImmutableVersion.VERSION_2_0)
                    .add(ImmutableCalScale.GREGORIAN);
            for (WeekGrids.PlacedSession session : sessions) {
                LocalTime[] slot = times.get(PlanningProblem.timeslotId(session.day(), session.period()));
                if (slot == null) {
                    continue;
                }
                LocalDate date = monday.plusDays(session.day().getValue() - 1L);
                String summary = "Tutoring " + session.subject()
                        + (session.programme().equals("EXTENDED_DAY") ? " (verlengde schooldag)" : "");
                LocalTime end = session.sessionMinutes() == null ? slot[1] : slot[0].plusMinutes(session.sessionMinutes());
                VEvent event = new VEvent(LocalDateTime.of(date, slot[0]), LocalDateTime.of(date, end), summary)
                        .add(new Uid("kansrijk-" + school + "-" + session.pairId() + "-" + session.index()))
                        .add(new RRule<>("FREQ=WEEKLY"))
                        .add(new Location(session.roomId() == null ? "" : rooms.getOrDefault(session.roomId(), "")))
                        .add(new Description("Tutor: " + (session.tutorId() == null ? "-" : tutors.get(session.tutorId()))));
                calendar.add(event);
            }
            return calendar.toString();
        }));
    }
}
