package nl.kansrijk.adaptive.items;

import java.util.Objects;

/**
 * One practice item. {@code prompt} is language-neutral mathematics ("7 × 8", "3/4 + 1/8",
 * "15% × 80", "? + 8 = 15", decimal comma as in Dutch schools); when words are needed ("round to
 * the nearest ten") {@code instructionKey} names a translation key in the web module, else it is
 * empty. {@code startingDifficulty} is the prior rating derived from the item's features.
 */
public record Item(String id, Domain domain, Level level, String prompt, String instructionKey, AnswerKey answer,
        double startingDifficulty) {

    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(instructionKey, "instructionKey");
        Objects.requireNonNull(answer, "answer");
        if (!Double.isFinite(startingDifficulty)) {
            throw new IllegalArgumentException("starting difficulty must be finite: " + startingDifficulty);
        }
    }

    public boolean accepts(String input) {
        return answer.accepts(input);
    }

    public boolean hasInstruction() {
        return !instructionKey.isEmpty();
    }
}
