package nl.kansrijk.app.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/** Staff passwords, hashed with Argon2id (password4j). */
public final class PasswordHasher {

    // OWASP Password Storage Cheat Sheet: Argon2id, m = 19 MiB, t = 2, p = 1.
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);

    private PasswordHasher() {
    }

    public static String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
    }

    public static boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    /** A hash to check against when the user does not exist, so both cases take the same time. */
    static final String DUMMY_HASH = hash("kansrijk-no-such-user");
}
