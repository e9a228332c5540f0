package nl.kansrijk.adaptive.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ItemBankTest {

    private static final int PER_DOMAIN = 3000;
    private static final ItemBank BANK = ItemBank.generate(2026L, PER_DOMAIN);
    private static final Pattern BINARY = Pattern.compile("(\\d+) ([+\u2212×:]) (\\d+)");

    @Test
    void generate_sameSeed_givesSameItemsInSameOrder() {
        List<Item> first = ItemBank.generate(Domain.FRACTIONS, 500, 7L);
        List<Item> second = ItemBank.generate(Domain.FRACTIONS, 500, 7L);

        assertThat(first).isEqualTo(second);
    }

    @Test
    void generate_otherSeed_givesOtherItems() {
        assertThat(ItemBank.generate(Domain.ADDITION, 200, 1L)).isNotEqualTo(ItemBank.generate(Domain.ADDITION, 200, 2L));
    }

    @Test
    void generate_everyDomain_holdsThousandsOfDistinctItems() {
        for (Domain domain : Domain.values()) {
            List<Item> items = BANK.items(domain);
            Set<String> ids = items.stream().map(Item::id).collect(Collectors.toSet());

            assertThat(items).as("%s", domain).hasSize(PER_DOMAIN);
            assertThat(ids).as("%s", domain).hasSize(PER_DOMAIN);
            assertThat(items).allMatch(item -> item.domain() == domain);
        }
    }

    @Test
    void generate_idsAcrossDomains_areUnique() {
        assertThat(BANK.size()).isEqualTo(PER_DOMAIN * Domain.values().length);
    }

    @Test
    void generate_everyItem_acceptsItsOwnNormalisedAnswer() {
        assertThat(BANK.allItems()).allMatch(item -> item.accepts(item.answer().normalised()));
    }

    @Test
    void generate_wholeNumberPrompts_haveArithmeticallyCorrectAnswers() {
        int checked = 0;
        for (Domain domain : List.of(Domain.ADDITION, Domain.SUBTRACTION, Domain.MULTIPLICATION, Domain.DIVISION)) {
            for (Item item : BANK.items(domain)) {
                Matcher matcher = BINARY.matcher(item.prompt());
                assertThat(matcher.matches()).as(item.prompt()).isTrue();
                BigInteger a = new BigInteger(matcher.group(1));
                BigInteger b = new BigInteger(matcher.group(3));
                BigInteger expected = switch (matcher.group(2)) {
                    case "+" -> a.add(b);
                    case "\u2212" -> a.subtract(b);
                    case "×" -> a.multiply(b);
                    default -> {
                        assertThat(a.mod(b)).as("%s divides exactly", item.prompt()).isZero();
                        yield a.divide(b);
                    }
                };
                assertThat(item.answer().normalised()).as(item.prompt()).isEqualTo(expected.toString());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(4 * PER_DOMAIN);
    }

    @Test
    void generate_promptsAndIds_carryNoDutchWordsAndIdsAreAscii() {
        Set<String> dutchWords = Set.of("van", "rond", "af", "op", "wat", "is");
        for (Item item : BANK.allItems()) {
            Set<String> words = new HashSet<>(List.of(item.prompt().toLowerCase().split("[^a-z]+")));
            words.retainAll(dutchWords);
            assertThat(words).as(item.prompt()).isEmpty();
            assertThat(item.id()).as(item.prompt()).matches("[ -~]+");
        }
    }

    @Test
    void additionDifficulty_largerOperandsAndCarries_areHarder() {
        // −3.6 for 3 + 4; 37 + 48 versus 34 + 25: same sizes, one carry (+0.7); 347 + 286: −3.6 + 2·1.1 + 2·0.5 + 2·0.7
        assertThat(ArithmeticGenerators.additionDifficulty(3, 4)).isCloseTo(-3.6, within(1e-12));
        assertThat(ArithmeticGenerators.additionDifficulty(37, 48) - ArithmeticGenerators.additionDifficulty(34, 25)).isCloseTo(0.7, within(1e-12));
        assertThat(ArithmeticGenerators.additionDifficulty(347, 286)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void subtractionDifficulty_borrowAcrossZero_isHarderThanPlainBorrow() {
        // 503 − 27 borrows twice, across the zero (+2·0.8 + 0.4); 563 − 27 borrows once (+0.8)
        assertThat(ArithmeticGenerators.subtractionDifficulty(503, 27) - ArithmeticGenerators.subtractionDifficulty(563, 27))
                .isCloseTo(1.2, within(1e-12));
    }

    @Test
    void generate_additionBank_spansGroepThreeToSecondary() {
        Set<Level> levels = BANK.items(Domain.ADDITION).stream().map(Item::level).collect(Collectors.toSet());

        assertThat(levels).contains(Level.GROEP_3, Level.GROEP_5, Level.GROEP_8, Level.VO_2);
    }

    @Test
    void generate_fractionPrompts_spanGroepFiveToSecondary() {
        Set<Level> levels = BANK.items(Domain.FRACTIONS).stream().map(Item::level).collect(Collectors.toSet());

        assertThat(levels).contains(Level.GROEP_6, Level.GROEP_8, Level.VO_1, Level.VO_2);
    }

    @Test
    void generate_simplifyItems_demandLowestTerms() {
        List<Item> simplify = BANK.items(Domain.FRACTIONS).stream().filter(item -> item.instructionKey().equals(FractionGenerators.SIMPLIFY)).toList();

        assertThat(simplify).isNotEmpty();
        for (Item item : simplify) {
            assertThat(item.accepts(item.prompt())).as("%s is not yet simplified", item.prompt()).isFalse();
        }
    }

    @Test
    void find_knownId_returnsItem() {
        Item any = BANK.items(Domain.NUMBER_SENSE).get(17);

        assertThat(BANK.find(any.id())).contains(any);
        assertThat(BANK.find("no/such/item")).isEmpty();
    }
}
