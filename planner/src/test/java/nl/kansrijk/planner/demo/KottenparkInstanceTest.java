package nl.kansrijk.planner.demo;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kansrijk.planner.bench.PlannerBenchmark;
import nl.kansrijk.planner.domain.Pupil;
import nl.kansrijk.planner.domain.TimeslotKind;
import nl.kansrijk.planner.domain.TutoringSchedule;
import org.junit.jupiter.api.Test;

class KottenparkInstanceTest {

    @Test
    void load_defaultSeed_takesHundredLowerYearPupilsWithTheirRealLessons() {
        TutoringSchedule schedule = KottenparkInstance.load(PlannerBenchmark.kottenparkDirectory(),
                KottenparkInstance.DEFAULT_SEED);
        assertThat(schedule.getPupils()).hasSize(100);
        assertThat(schedule.getPupils()).allSatisfy(pupil -> assertThat(pupil.getYear()).isBetween(1, 3));
        // README: 37 periods, pupils busy 18 to 35 of them.
        assertThat(schedule.getTimeslots().stream().filter(slot -> slot.getKind() == TimeslotKind.REGULAR_PERIOD))
                .hasSize(37);
        assertThat(schedule.getPupils()).allSatisfy(pupil -> assertThat(pupil.busyPeriodCount()).isBetween(18, 35));
        assertThat(schedule.getPupils()).allSatisfy(pupil -> assertThat(pupil.getRegularSubjectByTimeslotId())
                .containsValue("ne"));
    }

    @Test
    void load_sameSeed_drawsTheSamePupils() {
        TutoringSchedule first = KottenparkInstance.load(PlannerBenchmark.kottenparkDirectory(), 3);
        TutoringSchedule second = KottenparkInstance.load(PlannerBenchmark.kottenparkDirectory(), 3);
        assertThat(second.getPupils()).map(Pupil::getId)
                .containsExactlyElementsOf(first.getPupils().stream().map(Pupil::getId).toList());
    }

    @Test
    void levelOf_classCodes_readsTheTrack() {
        assertThat(KottenparkInstance.levelOf("KO1HV2A")).isEqualTo("havo");
        assertThat(KottenparkInstance.levelOf("KO1T1B")).isEqualTo("vmbo-t");
        assertThat(KottenparkInstance.levelOf("KO3G1")).isEqualTo("vwo");
    }
}
