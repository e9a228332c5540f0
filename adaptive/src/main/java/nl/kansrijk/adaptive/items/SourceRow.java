package nl.kansrijk.adaptive.items;

import java.util.Arrays;
import java.util.Objects;

/**
 * One row of a school-supplied item file as the app's CSV reader produced it: the line it starts
 * on (1-based, so quoted line breaks are accounted for by the reader) and its cells.
 */
public record SourceRow(long lineNumber, String[] cells) {

    public SourceRow {
        Objects.requireNonNull(cells, "cells");
        cells = cells.clone();
    }

    public static SourceRow of(long lineNumber, String... cells) {
        return new SourceRow(lineNumber, cells);
    }

    @Override
    public String[] cells() {
        return cells.clone();
    }

    String cell(int index) {
        return index < cells.length && cells[index] != null ? cells[index].strip() : "";
    }

    int size() {
        return cells.length;
    }

    boolean isBlank() {
        return Arrays.stream(cells).allMatch(cell -> cell == null || cell.isBlank());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceRow row && row.lineNumber == lineNumber && Arrays.equals(row.cells, cells);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(lineNumber) * 31 + Arrays.hashCode(cells);
    }

    @Override
    public String toString() {
        return "SourceRow[" + lineNumber + ": " + String.join(" | ", cells) + "]";
    }
}
