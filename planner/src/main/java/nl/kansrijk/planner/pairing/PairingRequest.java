package nl.kansrijk.planner.pairing;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import nl.kansrijk.planner.domain.PullOutRules;
import nl.kansrijk.planner.domain.Timeslot;

/**
 * What the pair former needs.
 *
 * @param fixedPairs pupil ids a coordinator put together; kept as they are (one or two ids each)
 * @param keptApart pupil id pairs a coordinator split; never paired again
 * @param tutoredAlone pupil ids that get a tutor to themselves
 */
public record PairingRequest(List<Enrolment> enrolments, List<Timeslot> timeslots, PullOutRules pullOutRules,
        List<List<String>> fixedPairs, Set<Set<String>> keptApart, Set<String> tutoredAlone) {

    public PairingRequest {
        enrolments = List.copyOf(enrolments);
        timeslots = List.copyOf(timeslots);
        Objects.requireNonNull(pullOutRules);
        fixedPairs = fixedPairs.stream().map(List::copyOf).toList();
        keptApart = keptApart.stream().map(Set::copyOf).collect(Collectors.toUnmodifiableSet());
        tutoredAlone = Set.copyOf(tutoredAlone);
    }

    public static PairingRequest of(List<Enrolment> enrolments, List<Timeslot> timeslots, PullOutRules rules) {
        return new PairingRequest(enrolments, timeslots, rules, List.of(), Set.of(), Set.of());
    }
}
