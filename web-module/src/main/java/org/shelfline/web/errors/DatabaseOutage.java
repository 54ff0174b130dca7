package org.shelfline.web.errors;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure is the database being away (restarting, unreachable) rather than a fault in the
 * request: such a request may well succeed a few seconds later, so it is answered "unavailable, try
 * again" (503 with Retry-After under /api) and not as an internal error.
 */
public final class DatabaseOutage {

    /** What clients are told to wait: the pool finds a restarted database again within a second or two. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {}

    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // The transaction manager could not roll back on the (only) resource, the database: it went away
            // mid-transaction, so nothing was committed and the request may be made again.
            if (cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof ConnectException
                    || cause instanceof jakarta.transaction.SystemException) {
                return true;
            }
            // SQL state class 08: connection exception, whatever the driver's exception class.
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            // The pool says it could not get a connection (ResourceException, PoolingException) only in words.
            if (cause.getClass().getName().startsWith("com.sun.appserv.connectors")
                    && cause.getMessage() != null
                    && cause.getMessage().contains("Connection could not be allocated")) {
                return true;
            }
        }
        return false;
    }
}
