package nl.kansrijk.planner.solver;

import java.util.Comparator;

import nl.kansrijk.planner.domain.Pupil;
import nl.kansrijk.planner.domain.TutoringSession;

/**
 * Easy to hard: a session is harder to place when its pupils have more regular lessons (fewer free periods) and
 * when it is for a pair rather than a single. Used to place the hardest sessions first in the construction heuristic.
 */
public class SessionDifficultyComparator implements Comparator<TutoringSession> {

    private static final Comparator<TutoringSession> EASY_TO_HARD = Comparator
            .comparingInt(SessionDifficultyComparator::busyPeriods)
            .thenComparingInt(session -> session.getPair().size())
            .thenComparing(TutoringSession::getId);

    @Override
    public int compare(TutoringSession first, TutoringSession second) {
        return EASY_TO_HARD.compare(first, second);
    }

    private static int busyPeriods(TutoringSession session) {
        return session.getPupils().stream().mapToInt(Pupil::busyPeriodCount).sum();
    }
}
