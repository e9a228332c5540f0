package nl.kansrijk.app.auth;

import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;

/**
 * The signed-in subject of a request: a staff user or a pupil. {@code schoolId} is null only for
 * the admin; every store query for school data filters on it.
 */
public record CurrentUser(Role role, Long userId, Long pupilId, Long schoolId, String displayName, String csrfToken) {

    static final String ATTRIBUTE = "kansrijk.currentUser";

    /** The subject the access guard resolved for this request; guarded routes always have one. */
    public static CurrentUser of(Context ctx) {
        CurrentUser user = ctx.attribute(ATTRIBUTE);
        if (user == null) {
            throw new UnauthorizedResponse("Please sign in first.");
        }
        return user;
    }

    /** The school whose data this subject may see; refuses subjects without one (the admin). */
    public long school() {
        if (schoolId == null) {
            throw new io.javalin.http.ForbiddenResponse("This page belongs to a school; the admin has none.");
        }
        return schoolId;
    }
}
