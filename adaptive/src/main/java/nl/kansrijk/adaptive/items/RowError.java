package nl.kansrijk.adaptive.items;

/** One problem in a school-supplied item file: the line, the column (header name, empty for the whole row) and what is wrong. */
public record RowError(long lineNumber, String column, String message) {

    @Override
    public String toString() {
        return "line " + lineNumber + (column.isEmpty() ? "" : ", column " + column) + ": " + message;
    }
}
