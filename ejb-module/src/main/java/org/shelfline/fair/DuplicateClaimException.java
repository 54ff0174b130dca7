package org.shelfline.fair;

import jakarta.ejb.ApplicationException;

/** The idempotency key was used by a fair claim committed in the meantime; the caller returns that one. */
@ApplicationException(rollback = true)
class DuplicateClaimException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DuplicateClaimException() {
        super("fair claim already made with this idempotency key");
    }
}
