package org.shelfline.shared;

import java.sql.SQLIntegrityConstraintViolationException;

/** Telling a refused insert's duplicate unique key from every other constraint failure. */
public final class UniqueKeys {

    /** MariaDB's ER_DUP_ENTRY. */
    private static final int DUPLICATE_ENTRY = 1062;

    private UniqueKeys() {}

    /**
     * Whether the statement was refused for a duplicate of the named unique key, and only that: a foreign-key
     * or CHECK failure is an error, not a repeat of an earlier request.
     */
    public static boolean violated(Throwable error, String constraint) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException violation) {
                return violation.getErrorCode() == DUPLICATE_ENTRY
                        && String.valueOf(violation.getMessage()).contains(constraint);
            }
        }
        return false;
    }
}
