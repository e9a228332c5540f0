package nl.kansrijk.planner.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One or two pupils taught together by one fixed tutor (Haarlem HDT: a fixed tutor, two pupils at once).
 * The tutor is the pair's only planning variable, so every session of the pair has the same tutor by construction.
 */
@PlanningEntity
public class TutoringPair {

    @PlanningId
    private String id;
    private List<Pupil> pupils;
    private Programme programme;
    private String subject;
    private int sessionsPerWeek;
    /** Filled by {@link TutoringSession}'s constructor, so that the tutor listener can reach the sessions. */
    private List<TutoringSession> sessions = new ArrayList<>();

    @PlanningVariable(valueRangeProviderRefs = "tutorRange", nullable = true)
    private Tutor tutor;

    @PlanningPin
    private boolean pinned;

    public TutoringPair() {
    }

    public TutoringPair(String id, List<Pupil> pupils, Programme programme, String subject, int sessionsPerWeek) {
        this.id = Objects.requireNonNull(id);
        if (pupils.isEmpty() || pupils.size() > 2) {
            throw new IllegalArgumentException("Pair " + id + " must have one or two pupils, not " + pupils.size());
        }
        this.pupils = List.copyOf(pupils);
        this.programme = Objects.requireNonNull(programme);
        this.subject = Objects.requireNonNull(subject);
        if (sessionsPerWeek < 1 || sessionsPerWeek > 5) {
            throw new IllegalArgumentException("Pair " + id + " needs 1 to 5 sessions a week, not " + sessionsPerWeek);
        }
        this.sessionsPerWeek = sessionsPerWeek;
    }

    public TutoringPair(String id, List<Pupil> pupils, Programme programme, String subject, int sessionsPerWeek,
            Tutor tutor) {
        this(id, pupils, programme, subject, sessionsPerWeek);
        this.tutor = tutor;
    }

    public String getId() {
        return id;
    }

    public List<Pupil> getPupils() {
        return pupils;
    }

    public int size() {
        return pupils.size();
    }

    public boolean hasPupil(Pupil pupil) {
        return pupils.contains(pupil);
    }

    public Programme getProgramme() {
        return programme;
    }

    public String getSubject() {
        return subject;
    }

    public int getSessionsPerWeek() {
        return sessionsPerWeek;
    }

    public List<TutoringSession> getSessions() {
        return sessions;
    }

    void addSession(TutoringSession session) {
        sessions.add(session);
    }

    public Tutor getTutor() {
        return tutor;
    }

    /** Sets the planning variable only; inside a solver the {@link PairTutorListener} updates the sessions. */
    public void setTutor(Tutor tutor) {
        this.tutor = tutor;
    }

    /** Sets the tutor on the pair and on its sessions; for building or editing a schedule outside the solver. */
    public void assignTutor(Tutor tutor) {
        this.tutor = tutor;
        for (TutoringSession session : sessions) {
            session.setTutor(tutor);
        }
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public List<String> pupilIds() {
        return pupils.stream().map(Pupil::getId).toList();
    }

    @Override
    public String toString() {
        return id;
    }
}
