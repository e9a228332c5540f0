package nl.kansrijk.app.auth;

import io.javalin.http.HttpResponseException;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Signing in and out, and resolving a session cookie to the subject behind it. */
public final class AuthService {

    public static final Duration STAFF_SESSION = Duration.ofHours(12);
    public static final Duration PUPIL_SESSION = Duration.ofHours(8);
    private static final String CODE_KEY = "pupil-code-key";
    static final Duration SESSION_CACHE_TIME = Duration.ofSeconds(30);

    private record CachedSession(CurrentUser user, Instant expiresAt, Instant cachedAt) {
    }

    private final java.util.Map<String, CachedSession> sessionCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** A new session: the token goes to the browser's cookie, never into the database. */
    public record SignedIn(String token, CurrentUser user, Duration lifetime) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final String codeKey;

    public AuthService(Jdbi jdbi, Clock clock, LoginThrottle throttle) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.throttle = throttle;
        this.codeKey = jdbi.inTransaction(h -> {
            AuthStore store = h.attach(AuthStore.class);
            return store.findSecret(CODE_KEY).orElseGet(() -> {
                String key = Tokens.randomToken();
                store.insertSecret(CODE_KEY, key);
                return key;
            });
        });
    }

    public Optional<SignedIn> signIn(String username, String password, String address) {
        String throttleKey = "user|" + address + "|" + username;
        refuseWhenThrottled(throttleKey);
        Optional<AuthStore.UserRow> user = jdbi.onDemand(AuthStore.class).findUser(username == null ? "" : username.trim());
        boolean ok = PasswordHasher.matches(password, user.map(AuthStore.UserRow::passwordHash).orElse(PasswordHasher.DUMMY_HASH))
                && user.isPresent();
        if (!ok) {
            throttle.recordFailure(throttleKey);
            return Optional.empty();
        }
        throttle.recordSuccess(throttleKey);
        AuthStore.UserRow row = user.get();
        return Optional.of(startSession(new CurrentUser(row.role(), row.id(), null, row.schoolId(), row.displayName(),
                Tokens.randomToken()), STAFF_SESSION));
    }

    public Optional<SignedIn> signInPupil(String classCode, String personalCode, String address) {
        String normalisedClass = Tokens.normaliseCode(classCode);
        String throttleKey = "class|" + address + "|" + normalisedClass;
        refuseWhenThrottled(throttleKey);
        Optional<AuthStore.PupilSignIn> pupil = jdbi.onDemand(AuthStore.class)
                .findPupil(normalisedClass, personalCodeHash(normalisedClass, personalCode));
        if (pupil.isEmpty()) {
            throttle.recordFailure(throttleKey);
            return Optional.empty();
        }
        throttle.recordSuccess(throttleKey);
        AuthStore.PupilSignIn row = pupil.get();
        return Optional.of(startSession(new CurrentUser(Role.PUPIL, null, row.pupilId(), row.schoolId(), row.displayName(),
                Tokens.randomToken()), PUPIL_SESSION));
    }

    /**
     * The stored form of a pupil's personal code. Keyed by the class code so equal codes in two
     * classes differ; codes are short, so the sign-in throttle, not this hash, is what guards them.
     */
    public String personalCodeHash(String classCode, String personalCode) {
        return Tokens.hmacSha256(codeKey, Tokens.normaliseCode(classCode) + ":" + Tokens.normaliseCode(personalCode));
    }

    /**
     * The subject behind a session cookie. Every request asks, so sessions found in the database are
     * remembered for {@link #SESSION_CACHE_TIME} (signing out forgets at once; expiry is checked each time).
     */
    public Optional<CurrentUser> resolve(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String hash = Tokens.sha256(token);
        Instant now = clock.instant();
        CachedSession cached = sessionCache.get(hash);
        if (cached == null || cached.cachedAt().plus(SESSION_CACHE_TIME).isBefore(now)) {
            Optional<AuthStore.SessionRow> row = jdbi.onDemand(AuthStore.class).findSession(hash);
            if (row.isEmpty()) {
                sessionCache.remove(hash);
                return Optional.empty();
            }
            AuthStore.SessionRow found = row.get();
            cached = new CachedSession(new CurrentUser(Role.valueOf(found.role()), found.userId(), found.pupilId(),
                    found.schoolId(), found.displayName(), found.csrfToken()), found.expiresAt(), now);
            if (sessionCache.size() > 50_000) {
                sessionCache.clear(); // bounded memory; the database still knows every session
            }
            sessionCache.put(hash, cached);
        }
        return cached.expiresAt().isAfter(now) ? Optional.of(cached.user()) : Optional.empty();
    }

    public void signOut(String token) {
        if (token != null) {
            String hash = Tokens.sha256(token);
            jdbi.useExtension(AuthStore.class, store -> store.deleteSession(hash));
            sessionCache.remove(hash);
        }
    }

    public long createUser(Long schoolId, Role role, String username, String displayName, String password) {
        return jdbi.withExtension(AuthStore.class, store -> store.insertUser(schoolId, role, username, displayName,
                PasswordHasher.hash(password), clock.instant()));
    }

    public int deleteExpiredSessions() {
        return jdbi.withExtension(AuthStore.class, store -> store.deleteExpiredSessions(clock.instant()));
    }

    private SignedIn startSession(CurrentUser user, Duration lifetime) {
        String token = Tokens.randomToken();
        Instant now = clock.instant();
        jdbi.useExtension(AuthStore.class, store -> store.insertSession(Tokens.sha256(token), user.userId(), user.pupilId(),
                user.schoolId(), user.csrfToken(), now, now.plus(lifetime)));
        return new SignedIn(token, user, lifetime);
    }

    private void refuseWhenThrottled(String key) {
        if (!throttle.allows(key)) {
            throw new HttpResponseException(429, "Too many failed sign-in attempts. Wait 15 minutes and try again.");
        }
    }
}
