package nl.kansrijk.app.roster.importer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An uploaded CSV file as Excel and school systems really write it: UTF-8 with or without BOM or
 * Windows-1252, separated by {@code ;}, {@code ,} or tabs, fields optionally quoted. Every row keeps
 * the line it starts on, so problems can be reported where an editor shows them.
 */
public final class CsvTable {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** A data row: its first line in the file and its values by (lower-case) column name. */
    public record Row(int line, Map<String, String> values) {
    }

    private final String fileName;
    private final List<String> columns;
    private final List<Row> rows;
    private final Charset charset;
    private final char separator;

    private CsvTable(String fileName, List<String> columns, List<Row> rows, Charset charset, char separator) {
        this.fileName = fileName;
        this.columns = columns;
        this.rows = rows;
        this.charset = charset;
        this.separator = separator;
    }

    public static CsvTable parse(String fileName, byte[] bytes) throws IOException {
        Charset charset = detectCharset(bytes);
        String text = new String(bytes, charset);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        char separator = detectSeparator(text);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<String> columns = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int[] lineStarts = lineStarts(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                if (header) {
                    for (String name : record) {
                        columns.add(normaliseColumn(name));
                    }
                    header = false;
                    continue;
                }
                if (isBlank(record)) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    values.put(columns.get(i), i < record.size() ? record.get(i).trim() : "");
                }
                rows.add(new Row(lineOf(lineStarts, record.getCharacterPosition()), values));
            }
        }
        return new CsvTable(fileName, List.copyOf(columns), List.copyOf(rows), charset, separator);
    }

    public String fileName() {
        return fileName;
    }

    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    public Charset charset() {
        return charset;
    }

    public char separator() {
        return separator;
    }

    /** The first of {@code names} (a canonical name and its Dutch or school-system aliases) that is a column here. */
    public Optional<String> findColumn(List<String> names) {
        return names.stream().map(CsvTable::normaliseColumn).filter(columns::contains).findFirst();
    }

    /** 1-based position of a column, for problem reports. */
    public int columnNumber(String column) {
        return columns.indexOf(column) + 1;
    }

    static String normaliseColumn(String name) {
        return name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    private static Charset detectCharset(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            // Not valid UTF-8: what Excel on Windows saves as "CSV (;-gescheiden)".
            return WINDOWS_1252;
        }
    }

    /** The separator that occurs most often in the header line. */
    private static char detectSeparator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long bestCount = -1;
        for (char candidate : new char[] {',', ';', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, long position) {
        int index = java.util.Arrays.binarySearch(lineStarts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
