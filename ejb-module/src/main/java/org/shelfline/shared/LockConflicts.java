package org.shelfline.shared;

import jakarta.ejb.EJBException;
import java.sql.SQLTransactionRollbackException;
import java.util.function.Supplier;

/** A deadlock or lock wait time-out: MariaDB rolled the transaction back, and trying again is safe. */
public final class LockConflicts {

    /** After so many lock conflicts in a row the rows are contended right now; a moment later they may not be. */
    public static final int RETRY_AFTER_SECONDS = 2;

    private LockConflicts() {}

    public static boolean isLockConflict(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs the work (a call to a transactional bean) up to {@code attempts} times while it ends in a lock
     * conflict; then answers "busy, try again in a moment".
     */
    public static <T> T retrying(int attempts, Supplier<T> work) {
        for (int tries = 1; ; tries++) {
            try {
                return work.get();
            } catch (EJBException e) {
                if (!isLockConflict(e)) {
                    throw e;
                }
                if (tries == attempts) {
                    throw new BusyException("order.busy", RETRY_AFTER_SECONDS);
                }
            }
        }
    }
}
