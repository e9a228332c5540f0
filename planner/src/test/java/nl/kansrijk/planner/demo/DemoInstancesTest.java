package nl.kansrijk.planner.demo;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kansrijk.planner.domain.Pupil;
import nl.kansrijk.planner.domain.TimeslotKind;
import nl.kansrijk.planner.domain.TutoringPair;
import nl.kansrijk.planner.domain.TutoringSchedule;
import nl.kansrijk.planner.domain.TutoringSession;
import org.junit.jupiter.api.Test;

class DemoInstancesTest {

    @Test
    void generate_sameSeed_givesTheSameInstance() {
        TutoringSchedule first = DemoInstances.generate(DemoInstances.Size.SMALL, 7);
        TutoringSchedule second = DemoInstances.generate(DemoInstances.Size.SMALL, 7);
        assertThat(second.getPairs()).map(TutoringPair::getId)
                .containsExactlyElementsOf(first.getPairs().stream().map(TutoringPair::getId).toList());
        assertThat(second.getPupils()).map(Pupil::getRegularSubjectByTimeslotId)
                .containsExactlyElementsOf(first.getPupils().stream().map(Pupil::getRegularSubjectByTimeslotId).toList());
        assertThat(second.getTutors()).map(tutor -> tutor.getAvailableTimeslotIds())
                .containsExactlyElementsOf(first.getTutors().stream().map(tutor -> tutor.getAvailableTimeslotIds())
                        .toList());
    }

    @Test
    void generate_otherSeed_givesOtherTimetables() {
        TutoringSchedule first = DemoInstances.generate(DemoInstances.Size.SMALL, 7);
        TutoringSchedule other = DemoInstances.generate(DemoInstances.Size.SMALL, 8);
        assertThat(other.getPupils().get(0).getRegularSubjectByTimeslotId())
                .isNotEqualTo(first.getPupils().get(0).getRegularSubjectByTimeslotId());
    }

    @Test
    void generate_demoSize_matchesTheSchoolSizeWeekOfTheDesign() {
        TutoringSchedule demo = DemoInstances.generate(DemoInstances.Size.DEMO, 42);
        assertThat(demo.getPupils()).hasSize(120);
        assertThat(demo.getTutors()).hasSize(25);
        assertThat(demo.getRooms()).hasSize(8);
        assertThat(demo.getTimeslots().stream().filter(slot -> slot.getKind() == TimeslotKind.REGULAR_PERIOD))
                .hasSize(40);
        assertThat(demo.getTimeslots().stream().filter(slot -> slot.getKind() == TimeslotKind.EXTENDED_DAY))
                .hasSize(10);
        // 31 to 34 lessons in 40 periods leave 6 to 9 free periods.
        assertThat(demo.getPupils()).allSatisfy(pupil -> assertThat(40 - pupil.busyPeriodCount()).isBetween(6, 9));
        assertThat(demo.getSessions()).allSatisfy(session -> assertThat(session.getTimeslot()).isNull());
        assertThat(demo.getSessions().stream().mapToInt(TutoringSession::getIndex).max().orElseThrow()).isEqualTo(4);
    }
}
