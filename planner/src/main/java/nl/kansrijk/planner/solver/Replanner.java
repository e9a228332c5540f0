package nl.kansrijk.planner.solver;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.kansrijk.planner.domain.Tutor;
import nl.kansrijk.planner.domain.TutoringPair;
import nl.kansrijk.planner.domain.TutoringSchedule;
import nl.kansrijk.planner.domain.TutoringSession;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * Re-planning a published week after something changed, moving as little as possible.
 * <p>
 * Pairs keep their tutor (the fixed tutor of HDT, Haarlem): when a tutor is absent, their sessions on that day move
 * to another time in the week if the pair's pupils and tutor have room for it, and otherwise stay unplanned so the
 * coordinator sees them (e.g. to cancel or arrange cover). Coordinators' pins are never changed.
 */
public final class Replanner {

    /** How the rest of the week is protected while the affected sessions are re-placed. */
    public enum Stability {
        /** Every session that does not have to move is pinned for this solve: only affected sessions move. */
        ONLY_AFFECTED_MOVE,
        /** Nothing extra is pinned; the "moved from published" soft constraints keep the rest in place. */
        WEIGHTED
    }

    private Replanner() {
    }

    /** Records each session's current timeslot and room as the published ones. */
    public static void publish(TutoringSchedule schedule) {
        for (TutoringSession session : schedule.getSessions()) {
            session.setPublishedTimeslot(session.getTimeslot());
            session.setPublishedRoom(session.getRoom());
        }
    }

    /**
     * Marks the tutor absent for the day and frees their unpinned sessions on it (timeslot and room emptied).
     *
     * @return the freed sessions
     */
    public static List<TutoringSession> markTutorAbsent(TutoringSchedule schedule, String tutorId, DayOfWeek day) {
        Tutor tutor = schedule.getTutors().stream().filter(candidate -> candidate.getId().equals(tutorId))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Unknown tutor " + tutorId));
        tutor.markAbsent(day);
        List<TutoringSession> freed = new ArrayList<>();
        for (TutoringSession session : schedule.getSessions()) {
            if (!session.isPinned() && session.getPair().getTutor() == tutor && session.getTimeslot() != null
                    && session.getTimeslot().getDay() == day) {
                session.setTimeslot(null);
                session.setRoom(null);
                freed.add(session);
            }
        }
        return freed;
    }

    /**
     * Publishes the schedule if it was never published, marks the tutor absent, and re-solves. The input is left
     * with its original pins; the returned schedule is the solver's best, with the same pins as the input, half-placed
     * sessions cleared and its score up to date.
     */
    public static TutoringSchedule replanForAbsentTutor(TutoringSchedule schedule, String tutorId, DayOfWeek day,
            Stability stability, SolverFactory<TutoringSchedule> solverFactory) {
        if (schedule.getSessions().stream().allMatch(session -> session.getPublishedTimeslot() == null)) {
            publish(schedule);
        }
        List<TutoringSession> freed = markTutorAbsent(schedule, tutorId, day);
        Set<String> temporarilyPinned = new HashSet<>();
        Set<String> freedIds = new HashSet<>();
        freed.forEach(session -> freedIds.add(session.getId()));
        for (TutoringPair pair : schedule.getPairs()) {
            if (!pair.isPinned() && pair.getTutor() != null) {
                pair.setPinned(true);
                temporarilyPinned.add(pair.getId());
            }
        }
        if (stability == Stability.ONLY_AFFECTED_MOVE) {
            for (TutoringSession session : schedule.getSessions()) {
                if (!session.isPinned() && !freedIds.contains(session.getId()) && session.isPlanned()) {
                    session.setPinned(true);
                    temporarilyPinned.add(session.getId());
                }
            }
        }
        TutoringSchedule replanned = solverFactory.buildSolver().solve(schedule);
        releasePins(schedule, temporarilyPinned);
        releasePins(replanned, temporarilyPinned);
        if (replanned.clearIncompletePlacements() > 0) {
            SolutionManager.create(solverFactory).update(replanned);
        }
        return replanned;
    }

    private static void releasePins(TutoringSchedule schedule, Set<String> ids) {
        schedule.getPairs().stream().filter(pair -> ids.contains(pair.getId())).forEach(pair -> pair.setPinned(false));
        schedule.getSessions().stream().filter(session -> ids.contains(session.getId()))
                .forEach(session -> session.setPinned(false));
    }
}
