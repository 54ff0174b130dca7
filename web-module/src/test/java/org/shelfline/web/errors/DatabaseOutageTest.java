package org.shelfline.web.errors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aClosedConnectionDeepInsideTheFailureIsAnOutage() {
        SQLException closed = new SQLNonTransientConnectionException("Connection is closed", "08000");
        assertTrue(DatabaseOutage.isCause(new EJBException(new PersistenceException(new RuntimeException(closed)))));
    }

    @Test
    void anySqlStateOfClass08IsAnOutage() {
        assertTrue(DatabaseOutage.isCause(new PersistenceException(new SQLException("Socket error", "08S01"))));
        assertTrue(DatabaseOutage.isCause(new RuntimeException(new ConnectException("Connection refused"))));
        // Seen when MariaDB died mid-transaction: the rollback on the XA resource failed (JTS5031).
        assertTrue(DatabaseOutage.isCause(new EJBException(new RuntimeException(
                new jakarta.transaction.SystemException("JTS5031: Exception on Resource [rollback] operation")))));
    }

    @Test
    void aBrokenConstraintOrAPlainBugIsNot() {
        assertFalse(DatabaseOutage.isCause(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))));
        assertFalse(DatabaseOutage.isCause(new NullPointerException()));
        assertFalse(DatabaseOutage.isCause(new SQLException("no state")));
    }
}
