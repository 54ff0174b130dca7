package org.shelfline.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shelfline.shared.RateLimit;

/**
 * Registration is open to anyone, and each submitted application costs a password hash, up to 5 MB of photo
 * and an application to every chosen brand; each answer also says whether a user name is taken. So one
 * address may submit the form only so often (every submit counts, whether it ends in an application or not).
 */
@ApplicationScoped
public class RegistrationThrottle {

    @Inject
    @ConfigProperty(name = "shelfline.registration.max-per-address-per-hour", defaultValue = "20")
    int perAddressPerHour;

    private RateLimit submits;

    @PostConstruct
    void init() {
        submits = new RateLimit(perAddressPerHour, Duration.ofHours(1));
    }

    /** Counts a submit from this address, or says how long it must wait. */
    public Optional<Duration> submitted(String address) {
        return submits.acquire(address);
    }
}
