package nl.kansrijk.adaptive.items;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.kansrijk.adaptive.items.AnswerKey.FractionAnswer;
import nl.kansrijk.adaptive.items.AnswerKey.NumberAnswer;

/**
 * Reads and validates school-supplied items. The first row is the header; columns are named, in any
 * order: {@code id, domain, prompt, answer} (required) and {@code answer_type} (number, fraction,
 * fraction-lowest-terms), {@code level} (groep3 … vo2), {@code difficulty} (−6 … 6) and
 * {@code instruction_key} (optional). Every error is reported with its line and column; one error
 * rejects the whole file.
 */
public final class ItemRowParser {

    static final String ID = "id";
    static final String DOMAIN = "domain";
    static final String PROMPT = "prompt";
    static final String ANSWER = "answer";
    static final String ANSWER_TYPE = "answer_type";
    static final String LEVEL = "level";
    static final String DIFFICULTY = "difficulty";
    static final String INSTRUCTION_KEY = "instruction_key";

    private static final List<String> REQUIRED = List.of(ID, DOMAIN, PROMPT, ANSWER);
    private static final List<String> KNOWN = List.of(ID, DOMAIN, PROMPT, ANSWER, ANSWER_TYPE, LEVEL, DIFFICULTY, INSTRUCTION_KEY);
    private static final Pattern ID_PATTERN = Pattern.compile("[A-Za-z0-9._/-]{1,80}");
    private static final Pattern KEY_PATTERN = Pattern.compile("[A-Za-z0-9.]{1,60}");
    private static final int MAXIMUM_PROMPT_LENGTH = 200;
    private static final double DIFFICULTY_LIMIT = 6.0;

    private enum AnswerType {
        NUMBER("number"), FRACTION("fraction"), FRACTION_LOWEST_TERMS("fraction-lowest-terms");

        final String code;

        AnswerType(String code) {
            this.code = code;
        }
    }

    public ItemImportResult parse(List<SourceRow> rows) {
        List<RowError> errors = new ArrayList<>();
        if (rows.isEmpty()) {
            return new ItemImportResult(List.of(), List.of(new RowError(1, "", "the file is empty; expected a header row")));
        }
        SourceRow header = rows.get(0);
        Map<String, Integer> columns = readHeader(header, errors);
        if (!errors.isEmpty()) {
            return new ItemImportResult(List.of(), errors);
        }
        List<Item> items = new ArrayList<>();
        Map<String, Long> lineById = new HashMap<>();
        for (SourceRow row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            readRow(row, columns, header.size(), lineById, errors).ifPresent(items::add);
        }
        if (items.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(header.lineNumber(), "", "the file holds no items, only a header"));
        }
        return errors.isEmpty() ? new ItemImportResult(items, List.of()) : new ItemImportResult(List.of(), errors);
    }

    private static Map<String, Integer> readHeader(SourceRow header, List<RowError> errors) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int index = 0; index < header.size(); index++) {
            String name = header.cell(index).toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                errors.add(new RowError(header.lineNumber(), "", "header cell " + (index + 1) + " is empty"));
            } else if (!KNOWN.contains(name)) {
                errors.add(new RowError(header.lineNumber(), name, "unknown column; known columns are " + String.join(", ", KNOWN)));
            } else if (columns.putIfAbsent(name, index) != null) {
                errors.add(new RowError(header.lineNumber(), name, "column appears twice in the header"));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                errors.add(new RowError(header.lineNumber(), required, "required column is missing from the header"));
            }
        }
        return columns;
    }

    private static Optional<Item> readRow(SourceRow row, Map<String, Integer> columns, int headerSize,
            Map<String, Long> lineById, List<RowError> errors) {
        int errorsBefore = errors.size();
        long line = row.lineNumber();
        if (row.size() > headerSize) {
            errors.add(new RowError(line, "", "row has " + row.size() + " cells but the header has " + headerSize));
        }
        String id = value(row, columns, ID);
        String domainCode = value(row, columns, DOMAIN);
        String prompt = value(row, columns, PROMPT);
        String answerText = value(row, columns, ANSWER);
        String answerTypeCode = value(row, columns, ANSWER_TYPE);
        String levelCode = value(row, columns, LEVEL);
        String difficultyText = value(row, columns, DIFFICULTY);
        String instructionKey = value(row, columns, INSTRUCTION_KEY);

        if (id.isEmpty()) {
            errors.add(new RowError(line, ID, "id is empty"));
        } else if (!ID_PATTERN.matcher(id).matches()) {
            errors.add(new RowError(line, ID, "id may hold only letters, digits, '.', '_', '/' and '-' (at most 80)"));
        } else {
            Long firstLine = lineById.putIfAbsent(id, line);
            if (firstLine != null) {
                errors.add(new RowError(line, ID, "id '" + id + "' is already used on line " + firstLine));
            }
        }

        Domain domain = null;
        if (domainCode.isEmpty()) {
            errors.add(new RowError(line, DOMAIN, "domain is empty"));
        } else {
            domain = Domain.fromCode(domainCode.toLowerCase(Locale.ROOT)).orElse(null);
            if (domain == null) {
                errors.add(new RowError(line, DOMAIN, "unknown domain '" + domainCode + "'; use one of "
                        + Arrays.stream(Domain.values()).map(Domain::code).collect(Collectors.joining(", "))));
            }
        }

        if (prompt.isEmpty()) {
            errors.add(new RowError(line, PROMPT, "prompt is empty"));
        } else if (prompt.length() > MAXIMUM_PROMPT_LENGTH) {
            errors.add(new RowError(line, PROMPT, "prompt is longer than " + MAXIMUM_PROMPT_LENGTH + " characters"));
        }

        AnswerKey answer = readAnswer(line, answerText, answerTypeCode, errors);

        Level level = null;
        if (!levelCode.isEmpty()) {
            level = Level.fromCode(levelCode.toLowerCase(Locale.ROOT)).orElse(null);
            if (level == null) {
                errors.add(new RowError(line, LEVEL, "unknown level '" + levelCode + "'; use one of "
                        + Arrays.stream(Level.values()).map(Level::code).collect(Collectors.joining(", "))));
            }
        }

        Double difficulty = null;
        if (!difficultyText.isEmpty()) {
            Optional<BigDecimal> parsed = PupilInput.parseNumber(difficultyText);
            if (parsed.isEmpty()) {
                errors.add(new RowError(line, DIFFICULTY, "difficulty '" + difficultyText + "' is not a number"));
            } else if (Math.abs(parsed.get().doubleValue()) > DIFFICULTY_LIMIT) {
                errors.add(new RowError(line, DIFFICULTY, "difficulty must lie between −6 and 6"));
            } else {
                difficulty = parsed.get().doubleValue();
            }
        }

        if (!instructionKey.isEmpty() && !KEY_PATTERN.matcher(instructionKey).matches()) {
            errors.add(new RowError(line, INSTRUCTION_KEY, "instruction key may hold only letters, digits and '.' (at most 60)"));
        }

        if (errors.size() > errorsBefore) {
            return Optional.empty();
        }
        // without a difficulty the item starts at its year's typical rating, or mid-scale; U = 1 lets it calibrate fast
        double startingDifficulty = difficulty != null ? difficulty : level != null ? level.typicalRating() : 0.0;
        Level itemLevel = level != null ? level : Level.nearestTo(startingDifficulty);
        return Optional.of(new Item(id, domain, itemLevel, prompt, instructionKey, answer, startingDifficulty));
    }

    private static AnswerKey readAnswer(long line, String answerText, String answerTypeCode, List<RowError> errors) {
        AnswerType type = null;
        if (!answerTypeCode.isEmpty()) {
            type = Arrays.stream(AnswerType.values()).filter(t -> t.code.equalsIgnoreCase(answerTypeCode)).findFirst().orElse(null);
            if (type == null) {
                errors.add(new RowError(line, ANSWER_TYPE, "unknown answer type '" + answerTypeCode + "'; use one of "
                        + Arrays.stream(AnswerType.values()).map(t -> t.code).collect(Collectors.joining(", "))));
                return null;
            }
        }
        if (answerText.isEmpty()) {
            errors.add(new RowError(line, ANSWER, "answer is empty"));
            return null;
        }
        Optional<BigDecimal> number = PupilInput.parseNumber(answerText);
        Optional<PupilInput.WrittenFraction> fraction = PupilInput.parseFraction(answerText);
        if (type == null) {
            type = number.isPresent() ? AnswerType.NUMBER : AnswerType.FRACTION;
        }
        switch (type) {
            case NUMBER -> {
                if (number.isPresent()) {
                    return new NumberAnswer(number.get());
                }
                errors.add(new RowError(line, ANSWER, "answer '" + answerText + "' is not a number"));
            }
            case FRACTION -> {
                if (fraction.isPresent()) {
                    return new FractionAnswer(fraction.get().value(), false);
                }
                errors.add(new RowError(line, ANSWER, "answer '" + answerText + "' is neither a number nor a fraction such as 3/4 or 1 1/2"));
            }
            case FRACTION_LOWEST_TERMS -> {
                if (fraction.isEmpty()) {
                    errors.add(new RowError(line, ANSWER, "answer '" + answerText + "' is not a fraction such as 3/4 or 1 1/2"));
                } else if (!fraction.get().inLowestTerms() && !fraction.get().value().isWhole()) {
                    errors.add(new RowError(line, ANSWER, "answer '" + answerText + "' is not in lowest terms, as its answer type demands"));
                } else {
                    return new FractionAnswer(fraction.get().value(), true);
                }
            }
        }
        return null;
    }

    private static String value(SourceRow row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index);
    }
}
