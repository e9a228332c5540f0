package nl.kansrijk.planner.baseline;

import nl.kansrijk.planner.domain.Room;
import nl.kansrijk.planner.domain.Timeslot;
import nl.kansrijk.planner.domain.Tutor;
import nl.kansrijk.planner.domain.TutoringPair;
import nl.kansrijk.planner.domain.TutoringSchedule;
import nl.kansrijk.planner.domain.TutoringSession;

/**
 * The comparison baseline: greedy first fit, the way a coordinator fills a grid by hand. Pairs in list order; for
 * each, the first tutor with the subject for whom most of the pair's sessions fit; each session in the first
 * timeslot (in list order) that breaks no hard rule given what is already placed, and the first free room that
 * seats the pair. Sessions that fit nowhere stay unplanned. Values already set (pinned or not) are kept and
 * block what they occupy. Score it with the same constraints (e.g. {@code SolutionManager.update}).
 */
public final class GreedyScheduler {

    /** How a pair's tutor is chosen among those with the subject. */
    public enum TutorChoice {
        /** The first tutor (in list order) under whom most of the pair's sessions fit: the plain baseline. */
        FIRST_FIT,
        /**
         * Of the tutors under whom most sessions fit, the one with the fewest free available slots left, so that
         * tutors who work every day stay free for the pairs that need them (best fit).
         */
        BEST_FIT
    }

    private final TutorChoice tutorChoice;

    /** The plain first-fit baseline. */
    public GreedyScheduler() {
        this(TutorChoice.FIRST_FIT);
    }

    public GreedyScheduler(TutorChoice tutorChoice) {
        this.tutorChoice = tutorChoice;
    }

    /** How the scheduler writes its choices: directly, or through a solver's score director. */
    public interface Assignments {
        void assignTutor(TutoringPair pair, Tutor tutor);

        void place(TutoringSession session, Timeslot timeslot, Room room);
    }

    /** Writes straight into the domain objects. */
    public static final Assignments DIRECT = new Assignments() {
        @Override
        public void assignTutor(TutoringPair pair, Tutor tutor) {
            pair.assignTutor(tutor);
        }

        @Override
        public void place(TutoringSession session, Timeslot timeslot, Room room) {
            session.setTimeslot(timeslot);
            session.setRoom(room);
        }
    };

    /** Fills the schedule's unpinned tutors, timeslots and rooms in place. */
    public void schedule(TutoringSchedule schedule) {
        schedule(schedule, DIRECT);
    }

    /** Fills the schedule's unpinned, unassigned tutors, timeslots and rooms, writing through {@code assignments}. */
    public void schedule(TutoringSchedule schedule, Assignments assignments) {
        WeekOccupancy occupancy = new WeekOccupancy(schedule.getPullOutRules());
        for (TutoringSession session : schedule.getSessions()) {
            if (session.getTimeslot() != null && session.getRoom() != null) {
                occupancy.book(session, session.getPair().getTutor(), session.getTimeslot(), session.getRoom());
            }
        }
        for (TutoringPair pair : schedule.getPairs()) {
            Tutor chosen = pair.isPinned() || pair.getTutor() != null ? pair.getTutor()
                    : chooseTutor(pair, schedule, occupancy);
            if (chosen != pair.getTutor()) {
                assignments.assignTutor(pair, chosen);
            }
            if (chosen != null) {
                placeSessions(pair, chosen, schedule, occupancy, assignments);
            }
        }
    }

    private Tutor chooseTutor(TutoringPair pair, TutoringSchedule schedule, WeekOccupancy occupancy) {
        Tutor best = null;
        int bestPlaced = -1;
        int bestSpare = Integer.MAX_VALUE;
        for (Tutor tutor : schedule.getTutors()) {
            if (!tutor.teaches(pair.getSubject())) {
                continue;
            }
            int placed = placeSessions(pair, tutor, schedule, occupancy.copy(), null);
            int spare = tutorChoice == TutorChoice.BEST_FIT ? occupancy.spareSlots(tutor, schedule) : 0;
            if (placed > bestPlaced || placed == bestPlaced && spare < bestSpare) {
                best = tutor;
                bestPlaced = placed;
                bestSpare = spare;
            }
            if (tutorChoice == TutorChoice.FIRST_FIT && placed == pair.getSessions().size()) {
                break;
            }
        }
        return best;
    }

    /** Places the pair's open sessions; returns how many of its sessions are placed afterwards. */
    private int placeSessions(TutoringPair pair, Tutor tutor, TutoringSchedule schedule, WeekOccupancy occupancy,
            Assignments assignments) {
        int placed = 0;
        for (TutoringSession session : pair.getSessions()) {
            if (session.getTimeslot() != null && session.getRoom() != null) {
                placed++;
                continue;
            }
            if (session.isPinned()) {
                continue;
            }
            Timeslot chosenSlot = null;
            Room chosenRoom = null;
            for (Timeslot timeslot : schedule.getTimeslots()) {
                if (!occupancy.fits(pair, tutor, timeslot)) {
                    continue;
                }
                chosenRoom = occupancy.firstFreeRoom(schedule.getRooms(), pair, timeslot);
                if (chosenRoom != null) {
                    chosenSlot = timeslot;
                    break;
                }
            }
            if (chosenSlot != null) {
                occupancy.book(session, tutor, chosenSlot, chosenRoom);
                placed++;
            }
            if (assignments != null) {
                assignments.place(session, chosenSlot, chosenRoom);
            }
        }
        return placed;
    }
}
