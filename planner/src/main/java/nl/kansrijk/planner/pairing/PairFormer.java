package nl.kansrijk.planner.pairing;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.kansrijk.planner.domain.Programme;
import nl.kansrijk.planner.domain.Pupil;
import nl.kansrijk.planner.domain.PullOutRules;
import nl.kansrijk.planner.domain.Timeslot;
import nl.kansrijk.planner.domain.TutoringPair;

/**
 * Forms tutoring pairs from enrolments before solving (HDT: two pupils at once, Van de Werfhorst &amp; Van Hest 2019).
 * <p>
 * Two pupils may share a pair when they have the same programme and subject, the same year and the same or an
 * adjacent level, and enough days on which both can be tutored (a free period, or one the pull-out rules allow, of
 * the programme's kind). Among the candidates a pupil gets the one of most similar ability: the practice rating when
 * both have one, else the imported test score when both have one, else any. Pupils are taken in a fixed order
 * (programme, subject, year, level, ability, id), so the same input always gives the same pairs. Pupils with no
 * suitable partner become singles.
 */
public final class PairFormer {

    /** Level order used for "adjacent level" (Dutch secondary tracks, lowest first). */
    public static final List<String> LEVEL_ORDER = List.of("vmbo-b", "vmbo-k", "vmbo-t", "havo", "vwo");

    /** Pairs an ability gap larger than this only when nobody closer is left (rating points). */
    private static final int NO_ABILITY_KNOWN_COST = 1_000;

    public List<TutoringPair> formPairs(PairingRequest request) {
        List<TutoringPair> pairs = new ArrayList<>();
        Set<Enrolment> placed = new HashSet<>();
        for (List<String> fixed : request.fixedPairs()) {
            List<Enrolment> members = request.enrolments().stream()
                    .filter(enrolment -> fixed.contains(enrolment.pupil().getId()))
                    .filter(enrolment -> !placed.contains(enrolment))
                    .toList();
            // A fixed pair is fixed per programme and subject the pupils share.
            Map<String, List<Enrolment>> byProgrammeSubject = new LinkedHashMap<>();
            members.forEach(enrolment -> byProgrammeSubject
                    .computeIfAbsent(enrolment.programme() + "/" + enrolment.subject(), k -> new ArrayList<>())
                    .add(enrolment));
            for (List<Enrolment> group : byProgrammeSubject.values()) {
                pairs.add(pairOf(group));
                placed.addAll(group);
            }
        }
        List<Enrolment> open = request.enrolments().stream()
                .filter(enrolment -> !placed.contains(enrolment))
                .sorted(Comparator.comparing(Enrolment::programme)
                        .thenComparing(Enrolment::subject)
                        .thenComparingInt(enrolment -> enrolment.pupil().getYear())
                        .thenComparingInt(enrolment -> levelIndex(enrolment.pupil().getLevel()))
                        .thenComparingInt(PairFormer::sortAbility)
                        .thenComparing(enrolment -> enrolment.pupil().getId()))
                .toList();
        Map<Enrolment, Set<DayOfWeek>> usableDays = new HashMap<>();
        for (Enrolment enrolment : open) {
            usableDays.put(enrolment, usableDays(enrolment, request.timeslots(), request.pullOutRules()));
        }
        for (Enrolment enrolment : open) {
            if (placed.contains(enrolment)) {
                continue;
            }
            placed.add(enrolment);
            Enrolment partner = null;
            if (!request.tutoredAlone().contains(enrolment.pupil().getId())) {
                partner = bestPartner(enrolment, open, placed, usableDays, request);
            }
            if (partner == null) {
                pairs.add(pairOf(List.of(enrolment)));
            } else {
                placed.add(partner);
                pairs.add(pairOf(List.of(enrolment, partner)));
            }
        }
        return pairs;
    }

    /** Days on which the pupil has at least one slot of the programme's kind that is free or may be missed. */
    public static Set<DayOfWeek> usableDays(Enrolment enrolment, List<Timeslot> timeslots, PullOutRules rules) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (Timeslot timeslot : timeslots) {
            if (timeslot.getKind() == enrolment.programme().requiredTimeslotKind()
                    && isUsable(enrolment.pupil(), timeslot, rules)) {
                days.add(timeslot.getDay());
            }
        }
        return days;
    }

    /** Whether a session in this slot needs nothing from the pupil that the rules forbid. */
    public static boolean isUsable(Pupil pupil, Timeslot timeslot, PullOutRules rules) {
        String subject = pupil.regularSubjectAt(timeslot);
        return subject == null || rules.allowsMissing(subject);
    }

    private Enrolment bestPartner(Enrolment enrolment, List<Enrolment> open, Set<Enrolment> placed,
            Map<Enrolment, Set<DayOfWeek>> usableDays, PairingRequest request) {
        Enrolment best = null;
        long bestCost = Long.MAX_VALUE;
        for (Enrolment candidate : open) {
            if (placed.contains(candidate) || !compatible(enrolment, candidate, request)) {
                continue;
            }
            if (!enoughCommonSlots(enrolment, candidate, request)) {
                continue;
            }
            long cost = abilityCost(enrolment, candidate);
            if (cost < bestCost) {
                best = candidate;
                bestCost = cost;
            }
        }
        return best;
    }

    private static boolean compatible(Enrolment first, Enrolment second, PairingRequest request) {
        Pupil a = first.pupil();
        Pupil b = second.pupil();
        return first.programme() == second.programme()
                && first.subject().equals(second.subject())
                && first.sessionsPerWeek() == second.sessionsPerWeek()
                && a.getYear() == b.getYear()
                && Math.abs(levelIndex(a.getLevel()) - levelIndex(b.getLevel())) <= 1
                && !request.tutoredAlone().contains(b.getId())
                && !request.keptApart().contains(Set.of(a.getId(), b.getId()));
    }

    /** Both pupils can be tutored together on at least as many days as sessions a week (one session a day). */
    private static boolean enoughCommonSlots(Enrolment first, Enrolment second, PairingRequest request) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (Timeslot timeslot : request.timeslots()) {
            if (timeslot.getKind() == first.programme().requiredTimeslotKind()
                    && isUsable(first.pupil(), timeslot, request.pullOutRules())
                    && isUsable(second.pupil(), timeslot, request.pullOutRules())) {
                days.add(timeslot.getDay());
            }
        }
        return days.size() >= first.sessionsPerWeek();
    }

    private static long abilityCost(Enrolment first, Enrolment second) {
        Integer ratingA = first.pupil().getAbilityRating();
        Integer ratingB = second.pupil().getAbilityRating();
        long levelCost = Math.abs(levelIndex(first.pupil().getLevel()) - levelIndex(second.pupil().getLevel()));
        if (ratingA != null && ratingB != null) {
            return Math.abs(ratingA - ratingB) + levelCost;
        }
        if (first.testScore() != null && second.testScore() != null) {
            return Math.abs(first.testScore() - second.testScore()) + levelCost;
        }
        return NO_ABILITY_KNOWN_COST + levelCost;
    }

    private static int sortAbility(Enrolment enrolment) {
        Integer rating = enrolment.pupil().getAbilityRating();
        if (rating != null) {
            return rating;
        }
        return enrolment.testScore() != null ? enrolment.testScore() : Integer.MAX_VALUE;
    }

    static int levelIndex(String level) {
        int index = LEVEL_ORDER.indexOf(level);
        return index < 0 ? LEVEL_ORDER.size() : index;
    }

    private static TutoringPair pairOf(List<Enrolment> members) {
        Enrolment first = members.get(0);
        String id = first.programme() == Programme.IN_SCHOOL ? "HDT" : "XD";
        id += "-" + first.subject() + "-" + String.join("+", members.stream().map(e -> e.pupil().getId()).toList());
        return new TutoringPair(id, members.stream().map(Enrolment::pupil).toList(), first.programme(),
                first.subject(), members.stream().mapToInt(Enrolment::sessionsPerWeek).max().orElseThrow());
    }
}
