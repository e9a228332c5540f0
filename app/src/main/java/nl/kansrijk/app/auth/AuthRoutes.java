package nl.kansrijk.app.auth;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.http.UnauthorizedResponse;

/** Sign-in for staff (username + password) and pupils (class code + personal code), sign-out, "who am I". */
public final class AuthRoutes {

    record StaffSignIn(String username, String password) {
    }

    record PupilSignIn(String classCode, String personalCode) {
    }

    /** What the browser learns about its subject; the CSRF token goes into every state-changing request. */
    record Me(String role, String displayName, Long schoolId, Long pupilId, String csrfToken) {
        static Me of(CurrentUser user) {
            return new Me(user.role().name(), user.displayName(), user.schoolId(), user.pupilId(), user.csrfToken());
        }
    }

    private final AuthService auth;
    private final boolean secureCookies;

    public AuthRoutes(AuthService auth, boolean secureCookies) {
        this.auth = auth;
        this.secureCookies = secureCookies;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/auth/login", this::signIn, Role.ANYONE);
        routes.post("/api/auth/pupil-login", this::signInPupil, Role.ANYONE);
        routes.post("/api/auth/logout", this::signOut, Role.ANYONE);
        routes.get("/api/auth/me", this::me, Role.ANYONE);
    }

    private void signIn(Context ctx) {
        StaffSignIn body = ctx.bodyAsClass(StaffSignIn.class);
        AuthService.SignedIn signedIn = auth.signIn(body.username(), body.password(), ctx.ip())
                .orElseThrow(() -> new UnauthorizedResponse("Unknown username or wrong password."));
        answer(ctx, signedIn);
    }

    private void signInPupil(Context ctx) {
        PupilSignIn body = ctx.bodyAsClass(PupilSignIn.class);
        AuthService.SignedIn signedIn = auth.signInPupil(body.classCode(), body.personalCode(), ctx.ip())
                .orElseThrow(() -> new UnauthorizedResponse("Class code or personal code is not right."));
        answer(ctx, signedIn);
    }

    private void signOut(Context ctx) {
        auth.signOut(ctx.cookie(AccessGuard.SESSION_COOKIE));
        ctx.cookie(sessionCookie("", 0));
        ctx.status(204);
    }

    private void me(Context ctx) {
        CurrentUser user = ctx.attribute(CurrentUser.ATTRIBUTE);
        if (user == null) {
            throw new UnauthorizedResponse("Not signed in.");
        }
        ctx.json(Me.of(user));
    }

    private void answer(Context ctx, AuthService.SignedIn signedIn) {
        ctx.cookie(sessionCookie(signedIn.token(), (int) signedIn.lifetime().toSeconds()));
        ctx.json(Me.of(signedIn.user()));
    }

    private Cookie sessionCookie(String value, int maxAgeSeconds) {
        // HttpOnly: scripts never see the token. SameSite=Strict: no cross-site request carries it.
        return new Cookie(AccessGuard.SESSION_COOKIE, value, "/", maxAgeSeconds, secureCookies, true, null, SameSite.STRICT);
    }
}
