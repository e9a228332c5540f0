package nl.kansrijk.app.auth;

import io.javalin.security.RouteRole;

/** Who may call a route. Every route names its roles; {@link #ANYONE} marks the few public ones. */
public enum Role implements RouteRole {
    ANYONE,
    ADMIN,
    COORDINATOR,
    TUTOR,
    PUPIL,
    EVALUATOR;

    /** The roles a signed-in subject can actually have (ANYONE is a route marker only). */
    public static final java.util.List<Role> SUBJECT_ROLES = java.util.List.of(ADMIN, COORDINATOR, TUTOR, PUPIL, EVALUATOR);
}
