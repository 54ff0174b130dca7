package org.shelfline.ordering;

import jakarta.ejb.ApplicationException;

/** The idempotency key was used by a checkout committed in the meantime; the caller returns that one. */
@ApplicationException(rollback = true)
class DuplicateCheckoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DuplicateCheckoutException() {
        super("checkout already placed with this idempotency key");
    }
}
