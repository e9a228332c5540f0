package nl.kansrijk.adaptive.items;

import java.util.List;

/** The outcome of reading a school's item rows: all items, or (all-or-nothing) no items and every error found. */
public record ItemImportResult(List<Item> items, List<RowError> errors) {

    public ItemImportResult {
        items = List.copyOf(items);
        errors = List.copyOf(errors);
        if (!errors.isEmpty() && !items.isEmpty()) {
            throw new IllegalArgumentException("a rejected import carries no items");
        }
    }

    public boolean isAccepted() {
        return errors.isEmpty();
    }
}
