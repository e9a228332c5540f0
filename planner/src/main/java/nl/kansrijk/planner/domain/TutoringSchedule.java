package nl.kansrijk.planner.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/** One school's tutoring week: the planning solution. */
@PlanningSolution
public class TutoringSchedule {

    private String schoolName;

    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "timeslotRange")
    private List<Timeslot> timeslots;

    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "roomRange")
    private List<Room> rooms;

    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "tutorRange")
    private List<Tutor> tutors;

    @ProblemFactCollectionProperty
    private List<Pupil> pupils;

    @ProblemFactProperty
    private PullOutRules pullOutRules;

    @ConstraintConfigurationProvider
    private ConstraintWeights constraintWeights;

    @PlanningEntityCollectionProperty
    private List<TutoringPair> pairs;

    @PlanningEntityCollectionProperty
    private List<TutoringSession> sessions;

    @PlanningScore
    private HardMediumSoftScore score;

    public TutoringSchedule() {
    }

    public TutoringSchedule(String schoolName, List<Timeslot> timeslots, List<Room> rooms, List<Tutor> tutors,
            List<Pupil> pupils, PullOutRules pullOutRules, ConstraintWeights constraintWeights,
            List<TutoringPair> pairs, List<TutoringSession> sessions) {
        this.schoolName = Objects.requireNonNull(schoolName);
        this.timeslots = new ArrayList<>(timeslots);
        this.rooms = new ArrayList<>(rooms);
        this.tutors = new ArrayList<>(tutors);
        this.pupils = new ArrayList<>(pupils);
        this.pullOutRules = Objects.requireNonNull(pullOutRules);
        this.constraintWeights = Objects.requireNonNull(constraintWeights);
        this.pairs = new ArrayList<>(pairs);
        this.sessions = new ArrayList<>(sessions);
    }

    /** Builds the schedule with a pair's {@code sessionsPerWeek} sessions each, ids {@code <pairId>-s<n>}. */
    public static TutoringSchedule withSessionsFor(String schoolName, List<Timeslot> timeslots, List<Room> rooms,
            List<Tutor> tutors, List<Pupil> pupils, PullOutRules pullOutRules, ConstraintWeights constraintWeights,
            List<TutoringPair> pairs) {
        List<TutoringSession> sessions = new ArrayList<>();
        for (TutoringPair pair : pairs) {
            for (int index = pair.getSessions().size(); index < pair.getSessionsPerWeek(); index++) {
                new TutoringSession(pair.getId() + "-s" + (index + 1), pair, index);
            }
            sessions.addAll(pair.getSessions());
        }
        return new TutoringSchedule(schoolName, timeslots, rooms, tutors, pupils, pullOutRules, constraintWeights,
                pairs, sessions);
    }

    public String getSchoolName() {
        return schoolName;
    }

    public List<Timeslot> getTimeslots() {
        return timeslots;
    }

    public List<Room> getRooms() {
        return rooms;
    }

    public List<Tutor> getTutors() {
        return tutors;
    }

    public List<Pupil> getPupils() {
        return pupils;
    }

    public PullOutRules getPullOutRules() {
        return pullOutRules;
    }

    public ConstraintWeights getConstraintWeights() {
        return constraintWeights;
    }

    public List<TutoringPair> getPairs() {
        return pairs;
    }

    public List<TutoringSession> getSessions() {
        return sessions;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }

    /**
     * Empties the timeslot and room of every unpinned session that has only one of the two. The solver may leave such
     * half-placed sessions (they count as unplanned and block nothing); call this before showing or storing a result.
     * The score is then stale: rescore with {@code SolutionManager.update}.
     *
     * @return how many sessions were cleared
     */
    public int clearIncompletePlacements() {
        int cleared = 0;
        for (TutoringSession session : sessions) {
            if (!session.isPinned() && (session.getTimeslot() == null) != (session.getRoom() == null)) {
                session.setTimeslot(null);
                session.setRoom(null);
                cleared++;
            }
        }
        return cleared;
    }

    public long unplannedSessionCount() {
        return sessions.stream().filter(session -> !session.isPlanned()).count();
    }
}
