package nl.kansrijk.planner.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.kansrijk.planner.demo.SchoolWeek;
import nl.kansrijk.planner.domain.Programme;
import nl.kansrijk.planner.domain.Pupil;
import nl.kansrijk.planner.domain.PullOutRules;
import nl.kansrijk.planner.domain.Timeslot;
import nl.kansrijk.planner.domain.TutoringPair;
import org.junit.jupiter.api.Test;

class PairFormerTest {

    private static final List<Timeslot> WEEK = SchoolWeek.regularPeriods();
    private static final PullOutRules RULES = PullOutRules.defaults();
    private final PairFormer pairFormer = new PairFormer();

    private static Pupil freePupil(String id, int year, String level, Integer rating) {
        return new Pupil(id, year, level, rating, Map.of(), WEEK);
    }

    /** Maths (a core subject, never missed) in every period except on the given free days. */
    private static Pupil pupilFreeOnlyOn(String id, Set<DayOfWeek> freeDays) {
        Map<String, String> lessons = new HashMap<>();
        for (Timeslot timeslot : WEEK) {
            if (!freeDays.contains(timeslot.getDay())) {
                lessons.put(timeslot.getId(), "wi");
            }
        }
        return new Pupil(id, 1, "havo", 900, lessons, WEEK);
    }

    private static Enrolment hdt(Pupil pupil, int sessionsPerWeek) {
        return new Enrolment(pupil, Programme.IN_SCHOOL, "wi", sessionsPerWeek, null);
    }

    private static List<List<String>> pupilIdsOf(List<TutoringPair> pairs) {
        return pairs.stream().map(TutoringPair::pupilIds).toList();
    }

    @Test
    void formPairs_fourSimilarPupils_pairsClosestRatings() {
        List<Enrolment> enrolments = List.of(hdt(freePupil("a", 1, "havo", 800), 5),
                hdt(freePupil("b", 1, "havo", 1000), 5), hdt(freePupil("c", 1, "havo", 810), 5),
                hdt(freePupil("d", 1, "havo", 1005), 5));
        List<TutoringPair> pairs = pairFormer.formPairs(PairingRequest.of(enrolments, WEEK, RULES));
        assertThat(pupilIdsOf(pairs)).containsExactly(List.of("a", "c"), List.of("b", "d"));
    }

    @Test
    void formPairs_differentYears_becomeSingles() {
        List<Enrolment> enrolments = List.of(hdt(freePupil("a", 1, "havo", 800), 5),
                hdt(freePupil("b", 2, "havo", 800), 5));
        List<TutoringPair> pairs = pairFormer.formPairs(PairingRequest.of(enrolments, WEEK, RULES));
        assertThat(pupilIdsOf(pairs)).containsExactly(List.of("a"), List.of("b"));
    }

    @Test
    void formPairs_adjacentLevelSameYear_arePaired() {
        List<Enrolment> enrolments = List.of(hdt(freePupil("a", 1, "havo", 800), 5),
                hdt(freePupil("b", 1, "vwo", 820), 5), hdt(freePupil("c", 1, "vmbo-b", 810), 5));
        List<TutoringPair> pairs = pairFormer.formPairs(PairingRequest.of(enrolments, WEEK, RULES));
        assertThat(pupilIdsOf(pairs)).containsExactly(List.of("c"), List.of("a", "b"));
    }

    @Test
    void formPairs_tooFewCommonDays_becomeSingles() {
        Pupil mondayTuesday = pupilFreeOnlyOn("a", Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY));
        Pupil tuesdayWednesday = pupilFreeOnlyOn("b", Set.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY));
        // One common day (Tuesday) is enough for one session a week, not for two.
        assertThat(pupilIdsOf(pairFormer.formPairs(PairingRequest.of(
                List.of(hdt(mondayTuesday, 2), hdt(tuesdayWednesday, 2)), WEEK, RULES))))
                .containsExactly(List.of("a"), List.of("b"));
        assertThat(pupilIdsOf(pairFormer.formPairs(PairingRequest.of(
                List.of(hdt(mondayTuesday, 1), hdt(tuesdayWednesday, 1)), WEEK, RULES))))
                .containsExactly(List.of("a", "b"));
    }

    @Test
    void formPairs_fixedPairFarApartInAbility_isKept() {
        List<Enrolment> enrolments = List.of(hdt(freePupil("a", 1, "havo", 800), 5),
                hdt(freePupil("b", 1, "havo", 805), 5), hdt(freePupil("c", 1, "havo", 1200), 5));
        PairingRequest request = new PairingRequest(enrolments, WEEK, RULES, List.of(List.of("a", "c")), Set.of(),
                Set.of());
        assertThat(pupilIdsOf(pairFormer.formPairs(request))).containsExactly(List.of("a", "c"), List.of("b"));
    }

    @Test
    void formPairs_keptApartAndTutoredAlone_areRespected() {
        List<Enrolment> enrolments = List.of(hdt(freePupil("a", 1, "havo", 800), 5),
                hdt(freePupil("b", 1, "havo", 805), 5), hdt(freePupil("c", 1, "havo", 810), 5),
                hdt(freePupil("d", 1, "havo", 815), 5));
        PairingRequest request = new PairingRequest(enrolments, WEEK, RULES, List.of(), Set.of(Set.of("a", "b")),
                Set.of("d"));
        assertThat(pupilIdsOf(pairFormer.formPairs(request))).containsExactly(List.of("a", "c"), List.of("b"),
                List.of("d"));
    }

    @Test
    void formPairs_ratingMissing_fallsBackToTestScore() {
        List<Enrolment> enrolments = List.of(
                new Enrolment(freePupil("a", 1, "havo", null), Programme.IN_SCHOOL, "wi", 5, 150),
                new Enrolment(freePupil("b", 1, "havo", null), Programme.IN_SCHOOL, "wi", 5, 200),
                new Enrolment(freePupil("c", 1, "havo", null), Programme.IN_SCHOOL, "wi", 5, 152),
                new Enrolment(freePupil("d", 1, "havo", null), Programme.IN_SCHOOL, "wi", 5, 203));
        assertThat(pupilIdsOf(pairFormer.formPairs(PairingRequest.of(enrolments, WEEK, RULES))))
                .containsExactly(List.of("a", "c"), List.of("b", "d"));
    }

    @Test
    void formPairs_inputInAnotherOrder_givesTheSamePairs() {
        List<Enrolment> enrolments = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            enrolments.add(hdt(freePupil("p" + i, 1 + i % 2, i % 3 == 0 ? "havo" : "vwo", 800 + 37 * i % 200), 5));
        }
        List<List<String>> inOrder = pupilIdsOf(pairFormer.formPairs(PairingRequest.of(enrolments, WEEK, RULES)));
        List<Enrolment> reversed = new ArrayList<>(enrolments);
        Collections.reverse(reversed);
        assertThat(pupilIdsOf(pairFormer.formPairs(PairingRequest.of(reversed, WEEK, RULES)))).isEqualTo(inOrder);
    }
}
