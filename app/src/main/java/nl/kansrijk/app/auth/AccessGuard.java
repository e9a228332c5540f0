package nl.kansrijk.app.auth;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;

import java.util.Set;

/**
 * Runs before every matched route: resolves the session cookie, checks the route's roles, and
 * checks the CSRF token on every state-changing request. A route that names no roles is refused,
 * so a forgotten declaration fails closed.
 */
public final class AccessGuard {

    public static final String SESSION_COOKIE = "kansrijk_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private final AuthService auth;

    public AccessGuard(AuthService auth) {
        this.auth = auth;
    }

    public void check(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        CurrentUser user = auth.resolve(ctx.cookie(SESSION_COOKIE)).orElse(null);
        if (user != null) {
            ctx.attribute(CurrentUser.ATTRIBUTE, user);
        }
        if (roles.contains(Role.ANYONE)) {
            return;
        }
        if (roles.isEmpty()) {
            throw new ForbiddenResponse("This route declares no roles and is closed.");
        }
        if (user == null) {
            throw new UnauthorizedResponse("Please sign in first.");
        }
        if (!roles.contains(user.role())) {
            throw new ForbiddenResponse("Your role (" + user.role() + ") may not do this.");
        }
        if (changesState(ctx.method()) && !Tokens.sameSecret(user.csrfToken(), ctx.header(CSRF_HEADER))) {
            throw new ForbiddenResponse("Missing or wrong " + CSRF_HEADER + " header: reload the page and try again.");
        }
    }

    private static boolean changesState(HandlerType method) {
        return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
    }
}
