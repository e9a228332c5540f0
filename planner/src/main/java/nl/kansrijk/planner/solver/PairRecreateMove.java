package nl.kansrijk.planner.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.kansrijk.planner.domain.Room;
import nl.kansrijk.planner.domain.Timeslot;
import nl.kansrijk.planner.domain.Tutor;
import nl.kansrijk.planner.domain.TutoringPair;
import nl.kansrijk.planner.domain.TutoringSchedule;
import nl.kansrijk.planner.domain.TutoringSession;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Gives a pair a tutor and all its unpinned sessions new times and rooms in one move: a small ruin-and-recreate
 * of one pair, which single-variable moves cannot do when the pair's sessions block each other's days.
 */
final class PairRecreateMove extends AbstractMove<TutoringSchedule> {

    private final TutoringPair pair;
    private final Tutor toTutor;
    private final List<TutoringSession> sessions;
    private final List<Timeslot> toTimeslots;
    private final List<Room> toRooms;

    PairRecreateMove(TutoringPair pair, Tutor toTutor, List<TutoringSession> sessions, List<Timeslot> toTimeslots,
            List<Room> toRooms) {
        this.pair = pair;
        this.toTutor = toTutor;
        this.sessions = sessions;
        this.toTimeslots = toTimeslots;
        this.toRooms = toRooms;
    }

    TutoringPair pair() {
        return pair;
    }

    Tutor toTutor() {
        return toTutor;
    }

    List<TutoringSession> sessions() {
        return sessions;
    }

    List<Timeslot> toTimeslots() {
        return toTimeslots;
    }

    List<Room> toRooms() {
        return toRooms;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<TutoringSchedule> scoreDirector) {
        if (pair.getTutor() != toTutor) {
            return true;
        }
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i).getTimeslot() != toTimeslots.get(i) || sessions.get(i).getRoom() != toRooms.get(i)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected PairRecreateMove createUndoMove(ScoreDirector<TutoringSchedule> scoreDirector) {
        return new PairRecreateMove(pair, pair.getTutor(), sessions,
                sessions.stream().map(TutoringSession::getTimeslot).toList(),
                sessions.stream().map(TutoringSession::getRoom).toList());
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<TutoringSchedule> scoreDirector) {
        if (pair.getTutor() != toTutor) {
            scoreDirector.beforeVariableChanged(pair, "tutor");
            pair.setTutor(toTutor);
            scoreDirector.afterVariableChanged(pair, "tutor");
        }
        for (int i = 0; i < sessions.size(); i++) {
            TutoringSession session = sessions.get(i);
            if (session.getTimeslot() != toTimeslots.get(i)) {
                scoreDirector.beforeVariableChanged(session, "timeslot");
                session.setTimeslot(toTimeslots.get(i));
                scoreDirector.afterVariableChanged(session, "timeslot");
            }
            if (session.getRoom() != toRooms.get(i)) {
                scoreDirector.beforeVariableChanged(session, "room");
                session.setRoom(toRooms.get(i));
                scoreDirector.afterVariableChanged(session, "room");
            }
        }
    }

    @Override
    public PairRecreateMove rebase(ScoreDirector<TutoringSchedule> destination) {
        return new PairRecreateMove(destination.lookUpWorkingObject(pair), lookUp(destination, toTutor),
                rebaseList(sessions, destination),
                toTimeslots.stream().map(timeslot -> lookUp(destination, timeslot)).toList(),
                toRooms.stream().map(room -> lookUp(destination, room)).toList());
    }

    private static <T> T lookUp(ScoreDirector<TutoringSchedule> destination, T value) {
        return value == null ? null : destination.lookUpWorkingObject(value);
    }

    @Override
    public List<Object> getPlanningEntities() {
        List<Object> entities = new ArrayList<>(sessions);
        entities.add(pair);
        return entities;
    }

    @Override
    public List<Object> getPlanningValues() {
        List<Object> values = new ArrayList<>();
        values.add(toTutor);
        values.addAll(toTimeslots);
        values.addAll(toRooms);
        values.removeIf(Objects::isNull);
        return values;
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "PairRecreateMove(TutoringPair.tutor, TutoringSession.timeslot, TutoringSession.room)";
    }

    @Override
    public String toString() {
        return pair + " {" + pair.getTutor() + " -> " + toTutor + ", " + toTimeslots + "}";
    }
}
