package nl.kansrijk.planner.solver;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.kansrijk.planner.baseline.GreedyScheduler;
import nl.kansrijk.planner.baseline.GreedyScheduler.TutorChoice;
import nl.kansrijk.planner.domain.Room;
import nl.kansrijk.planner.domain.Timeslot;
import nl.kansrijk.planner.domain.Tutor;
import nl.kansrijk.planner.domain.TutoringPair;
import nl.kansrijk.planner.domain.TutoringSchedule;
import nl.kansrijk.planner.domain.TutoringSession;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * Construction by the greedy scheduler, run inside the solver so that local search starts from it. Both tutor
 * choices are planned on paper and the one that places more sessions is applied (first fit wins ties): best fit
 * placed more on the demo school, first fit on the large one. Only empty values are filled, so on re-planning
 * everything already placed stays where it is.
 */
public class GreedyConstructionPhase implements CustomPhaseCommand<TutoringSchedule> {

    @Override
    public void changeWorkingSolution(ScoreDirector<TutoringSchedule> scoreDirector) {
        TutoringSchedule schedule = scoreDirector.getWorkingSolution();
        RecordedPlan firstFit = new RecordedPlan();
        new GreedyScheduler(TutorChoice.FIRST_FIT).schedule(schedule, firstFit);
        RecordedPlan bestFit = new RecordedPlan();
        new GreedyScheduler(TutorChoice.BEST_FIT).schedule(schedule, bestFit);
        RecordedPlan chosen = bestFit.placedCount() > firstFit.placedCount() ? bestFit : firstFit;
        chosen.tutors.forEach((pair, tutor) -> {
            scoreDirector.beforeVariableChanged(pair, "tutor");
            pair.setTutor(tutor);
            scoreDirector.afterVariableChanged(pair, "tutor");
        });
        scoreDirector.triggerVariableListeners();
        chosen.placements.forEach((session, placement) -> {
            if (session.isPinned()) {
                return;
            }
            scoreDirector.beforeVariableChanged(session, "timeslot");
            session.setTimeslot(placement.timeslot());
            scoreDirector.afterVariableChanged(session, "timeslot");
            scoreDirector.beforeVariableChanged(session, "room");
            session.setRoom(placement.room());
            scoreDirector.afterVariableChanged(session, "room");
        });
        scoreDirector.triggerVariableListeners();
    }

    /** A greedy plan written down instead of applied. */
    private static final class RecordedPlan implements GreedyScheduler.Assignments {
        private final Map<TutoringPair, Tutor> tutors = new LinkedHashMap<>();
        private final Map<TutoringSession, Placement> placements = new LinkedHashMap<>();

        @Override
        public void assignTutor(TutoringPair pair, Tutor tutor) {
            tutors.put(pair, tutor);
        }

        @Override
        public void place(TutoringSession session, Timeslot timeslot, Room room) {
            placements.put(session, new Placement(timeslot, room));
        }

        long placedCount() {
            return placements.values().stream().filter(placement -> placement.timeslot() != null).count();
        }
    }

    private record Placement(Timeslot timeslot, Room room) {
    }
}
