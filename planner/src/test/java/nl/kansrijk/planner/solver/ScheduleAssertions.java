package nl.kansrijk.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import nl.kansrijk.planner.domain.Pupil;
import nl.kansrijk.planner.domain.TutoringPair;
import nl.kansrijk.planner.domain.TutoringSchedule;
import nl.kansrijk.planner.domain.TutoringSession;

/** Checks a schedule directly on the domain, independently of the constraint streams. */
final class ScheduleAssertions {

    private ScheduleAssertions() {
    }

    static void assertWorkable(TutoringSchedule schedule) {
        Set<String> taken = new HashSet<>();
        for (TutoringSession session : schedule.getSessions()) {
            if (session.getTimeslot() == null || session.getRoom() == null) {
                continue;
            }
            String slot = session.getTimeslot().getId();
            assertThat(taken.add("room " + session.getRoom().getId() + " " + slot))
                    .as("room double-booked: %s", session).isTrue();
            if (session.getTutor() != null) {
                assertThat(taken.add("tutor " + session.getTutor().getId() + " " + slot))
                        .as("tutor double-booked: %s", session).isTrue();
                assertThat(session.getTutor().isAvailable(session.getTimeslot())).as("tutor available: %s", session)
                        .isTrue();
            }
            for (Pupil pupil : session.getPupils()) {
                assertThat(taken.add("pupil " + pupil.getId() + " " + slot))
                        .as("pupil double-booked: %s", session).isTrue();
                String missed = pupil.regularSubjectAt(session.getTimeslot());
                assertThat(missed == null || schedule.getPullOutRules().allowsMissing(missed))
                        .as("%s misses protected %s for %s", pupil, missed, session).isTrue();
            }
        }
        for (TutoringPair pair : schedule.getPairs()) {
            assertThat(pair.getSessions()).as("every session of %s has the pair's tutor", pair)
                    .allSatisfy(session -> assertThat(session.getTutor()).isSameAs(pair.getTutor()));
        }
    }
}
