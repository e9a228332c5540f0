package nl.kansrijk.adaptive.items;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * The generated item bank: for each domain a deterministic list of distinct items drawn from the
 * domain's generator with a seeded random source. The same seed and size always give the same items
 * in the same order; ids depend only on an item's content.
 */
public final class ItemBank {

    /** Attempts per wanted item before a domain is declared exhausted (its item space is finite). */
    private static final int ATTEMPTS_PER_ITEM = 50;

    private final Map<Domain, List<Item>> itemsByDomain;
    private final Map<String, Item> itemsById;

    private ItemBank(Map<Domain, List<Item>> itemsByDomain) {
        this.itemsByDomain = itemsByDomain;
        Map<String, Item> byId = new LinkedHashMap<>();
        itemsByDomain.values().forEach(items -> items.forEach(item -> byId.put(item.id(), item)));
        this.itemsById = Collections.unmodifiableMap(byId);
    }

    /** A bank with up to {@code itemsPerDomain} distinct items in every domain. */
    public static ItemBank generate(long seed, int itemsPerDomain) {
        Map<Domain, List<Item>> byDomain = new EnumMap<>(Domain.class);
        for (Domain domain : Domain.values()) {
            byDomain.put(domain, generate(domain, itemsPerDomain, seed));
        }
        return new ItemBank(byDomain);
    }

    /** Up to {@code count} distinct items of one domain; fewer only if the domain has no more. */
    public static List<Item> generate(Domain domain, int count, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("count cannot be negative: " + count);
        }
        // one stream per domain, so adding a domain never changes another domain's items
        RandomGenerator random = new SplittableRandom(seed * 31 + domain.code().hashCode());
        Function<RandomGenerator, Item> generator = generatorFor(domain);
        Map<String, Item> distinct = new LinkedHashMap<>();
        long attempts = (long) count * ATTEMPTS_PER_ITEM;
        for (long attempt = 0; attempt < attempts && distinct.size() < count; attempt++) {
            Item item = generator.apply(random);
            distinct.putIfAbsent(item.id(), item);
        }
        return List.copyOf(distinct.values());
    }

    public List<Item> items(Domain domain) {
        return itemsByDomain.getOrDefault(domain, List.of());
    }

    public Optional<Item> find(String itemId) {
        return Optional.ofNullable(itemsById.get(itemId));
    }

    public int size() {
        return itemsById.size();
    }

    /** All items of all domains, domain by domain. */
    public List<Item> allItems() {
        List<Item> all = new ArrayList<>(itemsById.size());
        itemsByDomain.values().forEach(all::addAll);
        return all;
    }

    private static Function<RandomGenerator, Item> generatorFor(Domain domain) {
        return switch (domain) {
            case ADDITION -> ArithmeticGenerators::addition;
            case SUBTRACTION -> ArithmeticGenerators::subtraction;
            case MULTIPLICATION -> ArithmeticGenerators::multiplication;
            case DIVISION -> ArithmeticGenerators::division;
            case FRACTIONS -> FractionGenerators::fractions;
            case DECIMALS_AND_PERCENTAGES -> DecimalPercentageGenerators::decimalsAndPercentages;
            case NUMBER_SENSE -> NumberSenseGenerators::numberSense;
        };
    }
}
