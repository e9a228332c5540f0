package nl.kansrijk.planner.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.kansrijk.planner.domain.Room;
import nl.kansrijk.planner.domain.Timeslot;
import nl.kansrijk.planner.domain.Tutor;
import nl.kansrijk.planner.domain.TutoringPair;
import nl.kansrijk.planner.domain.TutoringSchedule;
import nl.kansrijk.planner.domain.TutoringSession;
import nl.kansrijk.planner.pairing.PairFormer;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/** Explains a schedule per session and per pupil, and says why each unplanned session is unplanned. */
public final class ScheduleExplainer {

    private final SolutionManager<TutoringSchedule, HardMediumSoftScore> solutionManager;

    public ScheduleExplainer(SolverFactory<TutoringSchedule> solverFactory) {
        this.solutionManager = SolutionManager.create(solverFactory);
    }

    public ScheduleExplainer(SolutionManager<TutoringSchedule, HardMediumSoftScore> solutionManager) {
        this.solutionManager = solutionManager;
    }

    /** Scores the schedule (setting its score) and lists what it breaks. */
    public ScheduleExplanation explain(TutoringSchedule schedule) {
        ScoreExplanation<TutoringSchedule, HardMediumSoftScore> explanation = solutionManager.explain(schedule);
        List<BrokenRule> brokenRules = new ArrayList<>();
        for (ConstraintMatchTotal<HardMediumSoftScore> total : explanation.getConstraintMatchTotalMap().values()) {
            for (ConstraintMatch<HardMediumSoftScore> match : total.getConstraintMatchSet()) {
                if (match.getJustification() instanceof ScheduleJustification justification) {
                    brokenRules.add(new BrokenRule(total.getConstraintName(), match.getScore(), justification));
                }
            }
        }
        brokenRules.sort(Comparator.comparing(BrokenRule::impact)
                .thenComparing(BrokenRule::constraintName)
                .thenComparing(rule -> rule.justification().description()));
        Map<String, List<BrokenRule>> bySession = new TreeMap<>();
        Map<String, List<BrokenRule>> byPupil = new TreeMap<>();
        for (BrokenRule rule : brokenRules) {
            rule.justification().sessionIds()
                    .forEach(id -> bySession.computeIfAbsent(id, k -> new ArrayList<>()).add(rule));
            rule.justification().pupilIds()
                    .forEach(id -> byPupil.computeIfAbsent(id, k -> new ArrayList<>()).add(rule));
        }
        Map<String, UnplannedReason> unplanned = new LinkedHashMap<>();
        for (TutoringSession session : schedule.getSessions()) {
            if (!session.isPlanned()) {
                unplanned.put(session.getId(), classify(session, schedule));
            }
        }
        return new ScheduleExplanation(explanation.getScore(), brokenRules, bySession, byPupil, unplanned);
    }

    /** Checks the causes from structural (no tutor, no slot) to circumstantial (taken by other sessions). */
    static UnplannedReason classify(TutoringSession session, TutoringSchedule schedule) {
        TutoringPair pair = session.getPair();
        List<Tutor> candidateTutors = pair.getTutor() != null ? List.of(pair.getTutor())
                : schedule.getTutors().stream().filter(tutor -> tutor.teaches(pair.getSubject())).toList();
        if (candidateTutors.isEmpty()) {
            return UnplannedReason.NO_TUTOR_FOR_SUBJECT;
        }
        List<Timeslot> usableSlots = schedule.getTimeslots().stream()
                .filter(slot -> slot.getKind() == pair.getProgramme().requiredTimeslotKind())
                .filter(slot -> pair.getPupils().stream()
                        .allMatch(pupil -> PairFormer.isUsable(pupil, slot, schedule.getPullOutRules())))
                .toList();
        if (usableSlots.isEmpty()) {
            return UnplannedReason.NO_COMMON_FREE_SLOT;
        }
        List<Timeslot> staffedSlots = usableSlots.stream()
                .filter(slot -> candidateTutors.stream().anyMatch(tutor -> tutor.isAvailable(slot)))
                .toList();
        if (staffedSlots.isEmpty()) {
            return UnplannedReason.NO_TUTOR_AVAILABLE;
        }
        List<Room> bigEnough = schedule.getRooms().stream().filter(room -> room.getCapacity() >= pair.size()).toList();
        if (bigEnough.isEmpty()) {
            return UnplannedReason.NO_ROOM_BIG_ENOUGH;
        }
        List<TutoringSession> others = schedule.getSessions().stream()
                .filter(other -> other != session && other.getTimeslot() != null && other.getRoom() != null)
                .toList();
        List<Timeslot> onFreeDays = staffedSlots.stream()
                .filter(slot -> others.stream().noneMatch(other -> other.getTimeslot().getDay() == slot.getDay()
                        && other.getPair().getProgramme() == pair.getProgramme()
                        && other.getPupils().stream().anyMatch(pair::hasPupil)))
                .toList();
        if (onFreeDays.isEmpty()) {
            return UnplannedReason.DAYS_ALREADY_USED;
        }
        List<Timeslot> slotsWithRoom = onFreeDays.stream()
                .filter(slot -> bigEnough.stream().anyMatch(room -> others.stream()
                        .noneMatch(other -> other.getRoom() == room && other.getTimeslot().overlapMinutes(slot) > 0)))
                .toList();
        if (slotsWithRoom.isEmpty()) {
            return UnplannedReason.ROOMS_FULL;
        }
        return UnplannedReason.TAKEN_BY_OTHER_SESSIONS;
    }

}
