package nl.kansrijk.adaptive.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ItemRowParserTest {

    private static final SourceRow HEADER = SourceRow.of(1, "id", "domain", "prompt", "answer", "answer_type", "level", "difficulty");

    private final ItemRowParser parser = new ItemRowParser();

    @Test
    void parse_validRows_returnsAllItems() {
        ItemImportResult result = parser.parse(List.of(
                HEADER,
                SourceRow.of(2, "school-1", "multiplication", "7 × 8", "56", "", "groep5", ""),
                SourceRow.of(3, "school-2", "fractions", "3/4 + 1/8", "7/8", "fraction", "", "1,5"),
                SourceRow.of(4, "school-3", "decimals-percentages", "0,3 + 0,45", "0,75", "", "", "")));

        assertThat(result.isAccepted()).isTrue();
        assertThat(result.items()).extracting(Item::id).containsExactly("school-1", "school-2", "school-3");
        Item product = result.items().get(0);
        assertThat(product.domain()).isEqualTo(Domain.MULTIPLICATION);
        // no difficulty given: the typical rating of groep 5
        assertThat(product.startingDifficulty()).isEqualTo(Level.GROEP_5.typicalRating());
        assertThat(result.items().get(1).startingDifficulty()).isEqualTo(1.5);
        assertThat(result.items().get(1).accepts("14/16")).isTrue();
        assertThat(result.items().get(2).accepts("0.75")).isTrue();
    }

    @Test
    void parse_errorsOnSeveralLines_reportsEveryErrorWithLineAndColumnAndNoItems() {
        ItemImportResult result = parser.parse(List.of(
                HEADER,
                SourceRow.of(2, "ok-1", "addition", "3 + 4", "7", "", "", ""),
                SourceRow.of(3, "bad-domain", "algebra", "x + 1", "2", "", "", ""),
                SourceRow.of(5, "bad-answer", "fractions", "1/2 + 1/4", "drie kwart", "", "", ""),
                SourceRow.of(6, "bad-difficulty", "addition", "5 + 5", "10", "", "groep9", "heel moeilijk"),
                SourceRow.of(7, "ok-1", "addition", "", "4", "", "", "")));

        assertThat(result.isAccepted()).isFalse();
        assertThat(result.items()).isEmpty();
        assertThat(result.errors()).extracting(RowError::lineNumber, RowError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "domain"),
                org.assertj.core.groups.Tuple.tuple(5L, "answer"),
                org.assertj.core.groups.Tuple.tuple(6L, "level"),
                org.assertj.core.groups.Tuple.tuple(6L, "difficulty"),
                org.assertj.core.groups.Tuple.tuple(7L, "id"),
                org.assertj.core.groups.Tuple.tuple(7L, "prompt"));
        assertThat(result.errors().get(0).message()).contains("unknown domain 'algebra'").contains("addition");
        assertThat(result.errors().get(4).message()).isEqualTo("id 'ok-1' is already used on line 2");
        assertThat(result.errors().get(0).toString()).startsWith("line 3, column domain: ");
    }

    @Test
    void parse_missingRequiredAndUnknownHeaderColumns_reportedOnHeaderLine() {
        ItemImportResult result = parser.parse(List.of(
                SourceRow.of(1, "id", "prompt", "antwoord"),
                SourceRow.of(2, "a", "3 + 4", "7")));

        assertThat(result.errors()).extracting(RowError::lineNumber).containsOnly(1L);
        assertThat(result.errors()).extracting(RowError::column).containsExactly("antwoord", "domain", "answer");
    }

    @Test
    void parse_lowestTermsTypeWithUnsimplifiedAnswer_rejected() {
        ItemImportResult result = parser.parse(List.of(
                HEADER,
                SourceRow.of(2, "s-1", "fractions", "6/8", "6/8", "fraction-lowest-terms", "", "")));

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.column()).isEqualTo("answer");
            assertThat(error.message()).contains("lowest terms");
        });
    }

    @Test
    void parse_tooManyCellsAndBlankRows_flagsRowAndSkipsBlank() {
        ItemImportResult result = parser.parse(List.of(
                HEADER,
                SourceRow.of(2, "", "", "", "", "", "", ""),
                SourceRow.of(3, "x", "addition", "1 + 1", "2", "", "", "", "extra")));

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.lineNumber()).isEqualTo(3);
            assertThat(error.column()).isEmpty();
            assertThat(error.message()).isEqualTo("row has 8 cells but the header has 7");
        });
    }

    @Test
    void parse_headerOnlyOrNothing_rejected() {
        assertThat(parser.parse(List.of(HEADER)).errors()).singleElement().extracting(RowError::message)
                .isEqualTo("the file holds no items, only a header");
        assertThat(parser.parse(List.of()).isAccepted()).isFalse();
    }

    @Test
    void parse_shortRowFromCsvReader_treatsMissingTrailingCellsAsEmpty() {
        ItemImportResult result = parser.parse(List.of(HEADER, SourceRow.of(2, "short", "addition", "2 + 2", "4")));

        assertThat(result.isAccepted()).isTrue();
        assertThat(result.items().get(0).startingDifficulty()).isEqualTo(0.0);
    }
}
