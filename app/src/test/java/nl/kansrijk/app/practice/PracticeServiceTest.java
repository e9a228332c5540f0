package nl.kansrijk.app.practice;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PracticeServiceTest {

    @Test
    void thin_longHistory_keepsTheFirstAndTheNewestAndSpacesTheRestEvenly() {
        List<Integer> history = IntStream.rangeClosed(1, 1000).boxed().toList();

        List<Integer> thinned = PracticeService.thin(history, 60);

        assertThat(thinned).hasSize(60).startsWith(1).endsWith(1000).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void thin_shortHistory_isLeftAlone() {
        assertThat(PracticeService.thin(List.of(1, 2, 3), 60)).containsExactly(1, 2, 3);
    }

    @Test
    void display_typicalGroep6Level_is500AndOneLogitIs100() {
        assertThat(PracticeService.display(0)).isEqualTo(500);
        assertThat(PracticeService.display(-1.234)).isEqualTo(377);
    }
}
