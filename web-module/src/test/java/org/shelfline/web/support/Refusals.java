package org.shelfline.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.shelfline.shared.BusinessException;

/** Asserting that a service refused something with a given business reason (message key). */
public final class Refusals {

    private Refusals() {}

    public static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }
}
