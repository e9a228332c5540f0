package nl.kansrijk.planner.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import nl.kansrijk.planner.baseline.WeekOccupancy;
import nl.kansrijk.planner.domain.Room;
import nl.kansrijk.planner.domain.Timeslot;
import nl.kansrijk.planner.domain.Tutor;
import nl.kansrijk.planner.domain.TutoringPair;
import nl.kansrijk.planner.domain.TutoringSchedule;
import nl.kansrijk.planner.domain.TutoringSession;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Random {@link PairRecreateMove}s: take a pair (half of the time one with an unplanned session), keep its tutor or
 * draw another one who teaches the subject, empty its unpinned sessions and place them again first-fit over the
 * week in random order, around everything else as it stands.
 */
public class PairRecreateMoveFactory implements MoveIteratorFactory<TutoringSchedule, PairRecreateMove> {

    @Override
    public long getSize(ScoreDirector<TutoringSchedule> scoreDirector) {
        return scoreDirector.getWorkingSolution().getPairs().size();
    }

    @Override
    public Iterator<PairRecreateMove> createOriginalMoveIterator(ScoreDirector<TutoringSchedule> scoreDirector) {
        throw new UnsupportedOperationException("Pair recreate moves are random only.");
    }

    @Override
    public Iterator<PairRecreateMove> createRandomMoveIterator(ScoreDirector<TutoringSchedule> scoreDirector,
            Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !scoreDirector.getWorkingSolution().getPairs().isEmpty();
            }

            @Override
            public PairRecreateMove next() {
                return randomMove(scoreDirector.getWorkingSolution(), random);
            }
        };
    }

    static PairRecreateMove randomMove(TutoringSchedule schedule, Random random) {
        TutoringPair pair = pickPair(schedule, random);
        Tutor tutor = pickTutor(schedule, pair, random);
        List<TutoringSession> sessions = pair.getSessions().stream().filter(session -> !session.isPinned()).toList();
        List<Timeslot> timeslots = new ArrayList<>();
        List<Room> rooms = new ArrayList<>();
        WeekOccupancy occupancy = occupancyAround(schedule, pair, tutor);
        List<Timeslot> week = new ArrayList<>(schedule.getTimeslots());
        Collections.shuffle(week, random);
        for (TutoringSession session : sessions) {
            Timeslot chosenTimeslot = null;
            Room chosenRoom = null;
            for (Timeslot timeslot : tutor == null ? List.<Timeslot>of() : week) {
                if (occupancy.fits(pair, tutor, timeslot)) {
                    chosenRoom = occupancy.firstFreeRoom(schedule.getRooms(), pair, timeslot);
                    if (chosenRoom != null) {
                        chosenTimeslot = timeslot;
                        occupancy.book(session, tutor, timeslot, chosenRoom);
                        break;
                    }
                }
            }
            timeslots.add(chosenTimeslot);
            rooms.add(chosenRoom);
        }
        return new PairRecreateMove(pair, tutor, sessions, timeslots, rooms);
    }

    /**
     * What the rest of the week takes from this pair with this tutor: every room in use, and in full the sessions
     * that share the tutor or a pupil (the others cannot clash with the pair except by room).
     */
    private static WeekOccupancy occupancyAround(TutoringSchedule schedule, TutoringPair pair, Tutor tutor) {
        WeekOccupancy occupancy = new WeekOccupancy(schedule.getPullOutRules());
        for (TutoringSession other : schedule.getSessions()) {
            if (other.getTimeslot() == null || other.getRoom() == null
                    || other.getPair() == pair && !other.isPinned()) {
                continue;
            }
            if (other.getPair().getTutor() == tutor || other.getPupils().stream().anyMatch(pair::hasPupil)) {
                occupancy.book(other, other.getPair().getTutor(), other.getTimeslot(), other.getRoom());
            } else {
                occupancy.bookRoom(other.getRoom(), other.getTimeslot());
            }
        }
        return occupancy;
    }

    private static TutoringPair pickPair(TutoringSchedule schedule, Random random) {
        if (random.nextBoolean()) {
            List<TutoringPair> withUnplanned = schedule.getPairs().stream()
                    .filter(pair -> pair.getSessions().stream().anyMatch(session -> !session.isPlanned()))
                    .toList();
            if (!withUnplanned.isEmpty()) {
                return withUnplanned.get(random.nextInt(withUnplanned.size()));
            }
        }
        return schedule.getPairs().get(random.nextInt(schedule.getPairs().size()));
    }

    private static Tutor pickTutor(TutoringSchedule schedule, TutoringPair pair, Random random) {
        if (pair.isPinned() || pair.getTutor() != null && random.nextBoolean()) {
            return pair.getTutor();
        }
        List<Tutor> qualified = schedule.getTutors().stream().filter(tutor -> tutor.teaches(pair.getSubject()))
                .toList();
        return qualified.isEmpty() ? pair.getTutor() : qualified.get(random.nextInt(qualified.size()));
    }
}
