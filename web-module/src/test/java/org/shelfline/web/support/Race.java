package org.shelfline.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.shelfline.shared.BusinessException;

/**
 * Many attempts at the same thing, let go on managed threads at the same moment: what concurrency tests of
 * stock, credit, caps and idempotency need. A refusal must be one of the reasons the test names; any other
 * refusal or error fails the test.
 */
public final class Race {

    /** Timeout for each attempt: generous, as a 2-core CI machine runs the whole server and database. */
    private static final int SECONDS_PER_ATTEMPT = 120;

    private Race() {}

    /** One attempt, returning something not null; {@code index} tells them apart (a key, a reference, which shop). */
    @FunctionalInterface
    public interface Attempt<T> {
        T run(int index) throws Exception;
    }

    /** The results of the attempts not refused, in the order they were started. */
    public static <T> List<T> kept(
            ManagedExecutorService executor, int attempts, Attempt<T> attempt, String... refusals) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            int index = i;
            futures.add(executor.submit(() -> {
                start.await();
                try {
                    return attempt.run(index);
                } catch (BusinessException refused) {
                    assertThat(List.of(refusals))
                            .as("reasons this race may refuse an attempt with")
                            .contains(refused.messageKey());
                    return null;
                }
            }));
        }
        start.countDown();
        List<T> kept = new ArrayList<>();
        for (Future<T> future : futures) {
            T result = future.get(SECONDS_PER_ATTEMPT, TimeUnit.SECONDS);
            if (result != null) {
                kept.add(result);
            }
        }
        return kept;
    }
}
