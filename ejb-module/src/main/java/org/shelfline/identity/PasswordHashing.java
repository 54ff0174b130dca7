package org.shelfline.identity;

import java.util.Map;

/**
 * One definition of how passwords are hashed, shared by the identity store (which verifies) and
 * registration (which creates): PBKDF2-HMAC-SHA512, 210,000 iterations, 32-byte salt, 64-byte key.
 */
public final class PasswordHashing {

    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=64";

    public static final int PASSWORD_MIN = 8;
    public static final int PASSWORD_MAX = 200;

    private PasswordHashing() {}

    /** The same parameters as a map, for {@code Pbkdf2PasswordHash.initialize}. */
    public static Map<String, String> parameters() {
        return Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64");
    }
}
