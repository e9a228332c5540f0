package nl.kansrijk.app.http;

import java.util.List;

/** A refusal with a status, a message for a person, and the individual problems behind it. */
public final class ProblemException extends RuntimeException {

    private final int status;
    private final transient List<?> problems;

    public ProblemException(int status, String message, List<?> problems) {
        super(message);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    public static ProblemException badRequest(String message) {
        return new ProblemException(400, message, List.of());
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, what + " was not found.", List.of());
    }

    public int status() {
        return status;
    }

    public List<?> problems() {
        return problems;
    }
}
