package org.shelfline.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with Flyway before anything else touches it, and loads the demo
 * data when {@code shelfline.demo-data=true}. Connection settings come from MicroProfile Config, so
 * system properties or environment variables (SHELFLINE_DB_HOST, ..._PORT, ..._NAME, ..._USER,
 * ..._PASSWORD) point the application at any MariaDB.
 */
@DataSourceDefinition(
        name = DatabaseMigrator.DATA_SOURCE,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "jdbc:mariadb://${MPCONFIG=shelfline.db.host:127.0.0.1}:${MPCONFIG=shelfline.db.port:3306}/"
                + "${MPCONFIG=shelfline.db.name:shelfline}",
        user = "${MPCONFIG=shelfline.db.user:shelfline}",
        password = "${MPCONFIG=shelfline.db.password:shelfline}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
            // A pooled connection is checked before it is handed out, and when one is found dead (MariaDB
            // restarted) the whole pool is emptied and refilled. "meta-data" validation let dead connections
            // through: the MariaDB driver answers getMetaData() without asking the server. isValid() pings it.
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    public static final String DATA_SOURCE = "java:app/jdbc/shelfline";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        Config config = ConfigProvider.getConfig();
        boolean demoData =
                config.getOptionalValue("shelfline.demo-data", Boolean.class).orElse(false);

        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (demoData) {
            locations.add("classpath:db/demo");
        }
        MigrateResult result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                // A database that once had the demo data (repeatable scripts) still starts without it.
                .ignoreMigrationPatterns("*:future", "repeatable:missing")
                .load()
                .migrate();
        LOG.info(() -> "Database at schema version " + result.targetSchemaVersion + "; " + result.migrationsExecuted
                + " migration(s) applied" + (demoData ? " (demo data enabled)" : ""));
    }
}
