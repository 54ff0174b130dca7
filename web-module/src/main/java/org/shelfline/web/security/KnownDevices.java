package org.shelfline.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Browsers a user has signed in from before ("device cookies"): after a successful sign-in the browser gets a
 * signed cookie naming the account. While someone else keeps the user name locked with wrong passwords, the
 * owner still signs in from such a browser, so a chosen user cannot be kept out for ever. Each known browser
 * has its own budget of wrong passwords; spent, it is locked like any other.
 *
 * <p>The signing key comes from {@code shelfline.sign-in.device-key} (several servers must share one) or is
 * made at start-up, in which case a restart forgets the known browsers, which then sign in as before.
 */
@ApplicationScoped
public class KnownDevices {

    static final String COOKIE = "SHELFLINE_DEVICE";
    /** Session attribute: the user name whose device cookie is still to be sent. */
    static final String PENDING = "shelfline.device-cookie-pending";

    private static final Duration LIFETIME = Duration.ofDays(180);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();

    @Inject
    @ConfigProperty(name = "shelfline.sign-in.device-key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "shelfline.sign-in.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "shelfline.sign-in.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    @Inject
    @ConfigProperty(name = "shelfline.cookie.secure", defaultValue = "true")
    boolean secureCookie;

    private SecretKeySpec key;
    /** Wrong passwords from each known browser (by its cookie's nonce) within the lock-out time. */
    private Cache<String, Integer> failures;

    @PostConstruct
    void init() {
        byte[] secret = configuredKey
                .filter(value -> !value.isBlank())
                .map(value -> value.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> {
                    byte[] random = new byte[32];
                    RANDOM.nextBytes(random);
                    return random;
                });
        key = new SecretKeySpec(secret, "HmacSHA256");
        failures = Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofMinutes(lockoutMinutes))
                .maximumSize(100_000)
                .build();
    }

    /**
     * As {@link #remember}, for a sign-in whose answer is already on its way (Jakarta Security redirected it
     * back to the page that asked for it): the cookie goes with the next answer ({@link KnownDeviceFilter}).
     */
    public void rememberOnNextAnswer(String username, HttpServletRequest request) {
        request.getSession().setAttribute(PENDING, username);
    }

    /** After a successful sign-in: this browser is one the account signs in from (for 180 days). */
    public void remember(String username, HttpServletRequest request, HttpServletResponse response) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String payload =
                ENCODE.encodeToString(username.getBytes(StandardCharsets.UTF_8)) + "." + ENCODE.encodeToString(nonce);
        Cookie cookie = new Cookie(COOKIE, payload + "." + ENCODE.encodeToString(sign(payload)));
        cookie.setHttpOnly(true);
        cookie.setSecure(secureCookie);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }

    /** This browser's id when it proves it signed in as this user before and has wrong passwords left. */
    public Optional<String> recognised(String username, HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                Optional<String> device = deviceOf(cookie.getValue(), username);
                if (device.isPresent() && failures.asMap().getOrDefault(device.get(), 0) < maxFailures) {
                    return device;
                }
            }
        }
        return Optional.empty();
    }

    /** A wrong password from a known browser: counted against its own budget. */
    public void failedOn(String device) {
        failures.asMap().merge(device, 1, Integer::sum);
    }

    private Optional<String> deviceOf(String value, String username) {
        String[] parts = value == null ? new String[0] : value.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            String payload = parts[0] + "." + parts[1];
            boolean signed =
                    MessageDigest.isEqual(sign(payload), Base64.getUrlDecoder().decode(parts[2]));
            boolean same =
                    Arrays.equals(Base64.getUrlDecoder().decode(parts[0]), username.getBytes(StandardCharsets.UTF_8));
            return signed && same ? Optional.of(parts[1]) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
