package nl.kansrijk.planner.domain;

import org.optaplanner.core.api.domain.variable.VariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;

/** Copies a pair's tutor onto its sessions, so that session constraints are re-evaluated when the tutor changes. */
public class PairTutorListener implements VariableListener<TutoringSchedule, TutoringPair> {

    @Override
    public void beforeEntityAdded(ScoreDirector<TutoringSchedule> scoreDirector, TutoringPair pair) {
    }

    @Override
    public void afterEntityAdded(ScoreDirector<TutoringSchedule> scoreDirector, TutoringPair pair) {
        copyTutor(scoreDirector, pair);
    }

    @Override
    public void beforeVariableChanged(ScoreDirector<TutoringSchedule> scoreDirector, TutoringPair pair) {
    }

    @Override
    public void afterVariableChanged(ScoreDirector<TutoringSchedule> scoreDirector, TutoringPair pair) {
        copyTutor(scoreDirector, pair);
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<TutoringSchedule> scoreDirector, TutoringPair pair) {
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<TutoringSchedule> scoreDirector, TutoringPair pair) {
    }

    private static void copyTutor(ScoreDirector<TutoringSchedule> scoreDirector, TutoringPair pair) {
        for (TutoringSession session : pair.getSessions()) {
            if (session.getTutor() != pair.getTutor()) {
                scoreDirector.beforeVariableChanged(session, "tutor");
                session.setTutor(pair.getTutor());
                scoreDirector.afterVariableChanged(session, "tutor");
            }
        }
    }
}
