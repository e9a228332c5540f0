package nl.kansrijk.planner.solver;

import nl.kansrijk.planner.baseline.GreedyScheduler;
import nl.kansrijk.planner.domain.Room;
import nl.kansrijk.planner.domain.Timeslot;
import nl.kansrijk.planner.domain.Tutor;
import nl.kansrijk.planner.domain.TutoringPair;
import nl.kansrijk.planner.domain.TutoringSchedule;
import nl.kansrijk.planner.domain.TutoringSession;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * Construction by the greedy scheduler with best-fit tutor choice, run inside the solver so that local search
 * starts from it.
 * It fills only what is still empty, so on re-planning everything already placed stays where it is.
 */
public class GreedyConstructionPhase implements CustomPhaseCommand<TutoringSchedule> {

    @Override
    public void changeWorkingSolution(ScoreDirector<TutoringSchedule> scoreDirector) {
        TutoringSchedule schedule = scoreDirector.getWorkingSolution();
        new GreedyScheduler(GreedyScheduler.TutorChoice.BEST_FIT).schedule(schedule, new GreedyScheduler.Assignments() {
            @Override
            public void assignTutor(TutoringPair pair, Tutor tutor) {
                scoreDirector.beforeVariableChanged(pair, "tutor");
                pair.setTutor(tutor);
                scoreDirector.afterVariableChanged(pair, "tutor");
                scoreDirector.triggerVariableListeners();
            }

            @Override
            public void place(TutoringSession session, Timeslot timeslot, Room room) {
                if (session.isPinned()) {
                    return;
                }
                scoreDirector.beforeVariableChanged(session, "timeslot");
                session.setTimeslot(timeslot);
                scoreDirector.afterVariableChanged(session, "timeslot");
                scoreDirector.beforeVariableChanged(session, "room");
                session.setRoom(room);
                scoreDirector.afterVariableChanged(session, "room");
                scoreDirector.triggerVariableListeners();
            }
        });
    }
}
