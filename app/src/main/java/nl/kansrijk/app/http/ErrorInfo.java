package nl.kansrijk.app.http;

import java.util.List;

/**
 * The body of every error answer: a message a person can act on, and optionally the individual
 * problems (for example every line of an import that is wrong).
 */
public record ErrorInfo(int status, String message, List<?> problems) {
    public ErrorInfo(int status, String message) {
        this(status, message, List.of());
    }
}
