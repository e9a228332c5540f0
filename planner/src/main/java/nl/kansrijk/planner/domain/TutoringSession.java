package nl.kansrijk.planner.domain;

import java.util.List;
import java.util.Objects;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;
import org.optaplanner.core.api.domain.variable.ShadowVariable;

/**
 * One weekly session of a pair. Timeslot and room are nullable: an over-full week still solves and the
 * sessions left without a value are the ones that did not fit.
 */
@PlanningEntity
public class TutoringSession {

    @PlanningId
    private String id;
    private TutoringPair pair;
    private int index;
    /** Where the last published schedule had this session; null when it was never published. */
    private Timeslot publishedTimeslot;
    private Room publishedRoom;

    @PlanningVariable(valueRangeProviderRefs = "timeslotRange", nullable = true)
    private Timeslot timeslot;

    @PlanningVariable(valueRangeProviderRefs = "roomRange", nullable = true)
    private Room room;

    /** Copy of the pair's tutor, kept in step by {@link PairTutorListener} so constraints on sessions see changes. */
    @ShadowVariable(variableListenerClass = PairTutorListener.class, sourceEntityClass = TutoringPair.class,
            sourceVariableName = "tutor")
    private Tutor tutor;

    @PlanningPin
    private boolean pinned;

    public TutoringSession() {
    }

    public TutoringSession(String id, TutoringPair pair, int index) {
        this.id = Objects.requireNonNull(id);
        this.pair = Objects.requireNonNull(pair);
        this.index = index;
        this.tutor = pair.getTutor();
        pair.addSession(this);
    }

    public TutoringSession(String id, TutoringPair pair, int index, Timeslot timeslot, Room room) {
        this(id, pair, index);
        this.timeslot = timeslot;
        this.room = room;
    }

    public String getId() {
        return id;
    }

    public TutoringPair getPair() {
        return pair;
    }

    public int getIndex() {
        return index;
    }

    public List<Pupil> getPupils() {
        return pair.getPupils();
    }

    public Timeslot getTimeslot() {
        return timeslot;
    }

    public void setTimeslot(Timeslot timeslot) {
        this.timeslot = timeslot;
    }

    public Room getRoom() {
        return room;
    }

    public void setRoom(Room room) {
        this.room = room;
    }

    public Tutor getTutor() {
        return tutor;
    }

    public void setTutor(Tutor tutor) {
        this.tutor = tutor;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public Timeslot getPublishedTimeslot() {
        return publishedTimeslot;
    }

    public void setPublishedTimeslot(Timeslot publishedTimeslot) {
        this.publishedTimeslot = publishedTimeslot;
    }

    public Room getPublishedRoom() {
        return publishedRoom;
    }

    public void setPublishedRoom(Room publishedRoom) {
        this.publishedRoom = publishedRoom;
    }

    /** A session is planned when it has a timeslot, a room and (through its pair) a tutor. */
    public boolean isPlanned() {
        return timeslot != null && room != null && tutor != null;
    }

    public boolean isMovedFromPublishedTimeslot() {
        return publishedTimeslot != null && timeslot != publishedTimeslot;
    }

    public boolean isMovedFromPublishedRoom() {
        return publishedRoom != null && room != publishedRoom;
    }

    @Override
    public String toString() {
        return id;
    }
}
