package org.shelfline.web.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.function.Supplier;
import org.shelfline.identity.CallerIdentity;

/**
 * For in-container tests: makes the services see the given user as the caller, on this thread. Only
 * the username is faked; role and organisation still come from that user's row in the database, so
 * tenant scoping is exercised for real.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestCallerIdentity implements CallerIdentity {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    public static <T> T as(String username, Supplier<T> work) {
        String previous = CURRENT.get();
        CURRENT.set(username);
        try {
            return work.get();
        } finally {
            CURRENT.set(previous);
        }
    }

    public static void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    @Override
    public Optional<String> username() {
        return Optional.ofNullable(CURRENT.get());
    }
}
