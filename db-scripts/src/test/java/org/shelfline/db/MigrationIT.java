package org.shelfline.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;

/**
 * Applies every migration (and, separately, the demo data) to a brand-new database on the MariaDB that
 * the build starts for integration tests. Each test creates its own database, so tests share nothing.
 */
class MigrationIT {

    private static final String SERVER_URL = "jdbc:mariadb://127.0.0.1:" + System.getProperty("test.db.port") + "/";

    @Test
    void allMigrationsApplyToAnEmptyDatabase() throws SQLException {
        String database = freshDatabase();

        MigrateResult result = flyway(database, "classpath:db/migration").migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(1);
        assertThat(tables(database))
                .contains(
                        "brand",
                        "store",
                        "store_brand",
                        "distributor",
                        "warehouse",
                        "territory",
                        "user_account",
                        "category",
                        "sku",
                        "sku_price_tier",
                        "audit_event",
                        "district");
        assertThat(count(database, "SELECT COUNT(*) FROM brand")).isZero();
        // A second start of the application finds nothing left to do.
        assertThat(flyway(database, "classpath:db/migration").migrate().migrationsExecuted)
                .isZero();
    }

    @Test
    void schemaRefusesAUserWhoseOrganisationDoesNotMatchTheRole() throws SQLException {
        String database = freshDatabase();
        flyway(database, "classpath:db/migration").migrate();

        try (Connection c = connect(database);
                Statement s = c.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.executeUpdate(
                            "INSERT INTO user_account (username, password_hash, role, display_name, created_at) "
                                    + "VALUES ('x', 'h', 'BRAND_ADMIN', 'X', UTC_TIMESTAMP(6))"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("ck_user_account_organisation");
        }
    }

    @Test
    void demoDataLoadsWithTheDocumentedAccountsAndIsIdempotent() throws Exception {
        String database = freshDatabase();

        MigrateResult result =
                flyway(database, "classpath:db/migration", "classpath:db/demo").migrate();

        assertThat(result.success).isTrue();
        assertDemoCounts(database);
        assertThat(count(
                        database, "SELECT COUNT(DISTINCT x.code) FROM store s JOIN district x ON x.id = s.district_id"))
                .isGreaterThanOrEqualTo(3);
        assertThat(count(database, "SELECT COUNT(*) FROM store_brand WHERE status = 'VERIFIED'"))
                .isPositive();
        assertThat(count(database, "SELECT COUNT(*) FROM store_brand WHERE status = 'APPLIED'"))
                .isPositive();
        for (String role : List.of("PLATFORM_ADMIN", "BRAND_ADMIN", "STORE_OWNER", "DISTRIBUTOR")) {
            assertThat(count(database, "SELECT COUNT(*) FROM user_account WHERE role = '" + role + "'"))
                    .as("users with role %s", role)
                    .isPositive();
        }

        // The documented demo password verifies with the same PBKDF2 implementation the server uses.
        Pbkdf2PasswordHashImpl hash = new Pbkdf2PasswordHashImpl();
        hash.initialize(Map.of());
        try (Connection c = connect(database);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT username, password_hash FROM user_account")) {
            while (rs.next()) {
                assertThat(hash.verify("demo1234".toCharArray(), rs.getString(2)))
                        .as("demo password of %s", rs.getString(1))
                        .isTrue();
                assertThat(hash.verify("wrong".toCharArray(), rs.getString(2))).isFalse();
            }
        }

        // Running the demo script again (as Flyway does after it is edited) adds nothing twice.
        runScript(database, "/db/demo/R__demo_data.sql");
        assertDemoCounts(database);
    }

    @Test
    void invoicesIssuedBeforeVersion11KeepWhatIsOpenOnThem() throws Exception {
        String database = freshDatabase();
        Flyway.configure()
                .dataSource(SERVER_URL + database, "root", "")
                .locations("classpath:db/migration")
                .target("10")
                .load()
                .migrate();
        try (Connection c = connect(database);
                Statement s = c.createStatement()) {
            s.executeUpdate(
                    "INSERT INTO brand (code, name, name_zh, created_at) VALUES ('B', 'Brand', 'Brand', UTC_TIMESTAMP(6))");
            s.executeUpdate("INSERT INTO district (code, name, name_zh, city, city_zh, province, province_zh) "
                    + "VALUES ('D', 'D', 'D', 'C', 'C', 'P', 'P')");
            s.executeUpdate(
                    "INSERT INTO store (name, owner_name, mobile, district_id, street, licence_number, created_at) "
                            + "SELECT 'Shop', 'Owner', '13800000000', id, '1 Road', '91440300MA5FXXXX1X', UTC_TIMESTAMP(6) FROM district");
            s.executeUpdate(
                    "INSERT INTO payment (store_id, brand_id, amount, paid_on, method, recorded_at, recorded_by) "
                            + "SELECT s.id, b.id, 150.00, UTC_DATE(), 'CASH', UTC_TIMESTAMP(6), 'test' FROM store s, brand b");
            for (String[] invoice : List.of(
                    new String[] {"OPEN", "INVOICE", "100.00"},
                    new String[] {"PART", "INVOICE", "80.00"},
                    new String[] {"PAID", "INVOICE", "120.00"},
                    new String[] {"RCPT", "RECEIPT", "60.00"})) {
                s.executeUpdate(
                        "INSERT INTO checkout (store_id, brand_id, idempotency_key, payment, total, placed_at, placed_by) "
                                + "SELECT s.id, b.id, '" + invoice[0] + "', 'CREDIT', " + invoice[2]
                                + ", UTC_TIMESTAMP(6), 'test' "
                                + "FROM store s, brand b");
                s.executeUpdate(
                        "INSERT INTO purchase_order (reference, checkout_id, brand_id, store_id, status, payment, total, "
                                + "delivery_district_id, delivery_address, placed_at, updated_at) SELECT '" + invoice[0]
                                + "', c.id, c.brand_id, "
                                + "c.store_id, 'DELIVERED', 'CREDIT', c.total, s.district_id, '1 Road', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) "
                                + "FROM checkout c JOIN store s ON s.id = c.store_id WHERE c.idempotency_key = '"
                                + invoice[0] + "'");
                s.executeUpdate(
                        "INSERT INTO invoice (number, kind, store_id, brand_id, order_id, amount, issued_at, issue_date, due_date) "
                                + "SELECT 'INV-" + invoice[0] + "', '" + invoice[1]
                                + "', store_id, brand_id, id, total, UTC_TIMESTAMP(6), "
                                + "UTC_DATE(), " + ("INVOICE".equals(invoice[1]) ? "UTC_DATE()" : "NULL")
                                + " FROM purchase_order WHERE reference = '" + invoice[0] + "'");
            }
            // The payment settled PAID in full and 30.00 of PART; a credit note's allocation settled 20.00 more of
            // PART.
            s.executeUpdate("INSERT INTO payment_allocation (payment_id, invoice_id, amount, kind) "
                    + "SELECT p.id, i.id, 120.00, 'PAYMENT' FROM payment p, invoice i WHERE i.number = 'INV-PAID'");
            s.executeUpdate("INSERT INTO payment_allocation (payment_id, invoice_id, amount, kind) "
                    + "SELECT p.id, i.id, 30.00, 'PAYMENT' FROM payment p, invoice i WHERE i.number = 'INV-PART'");
            s.executeUpdate("INSERT INTO payment_allocation (payment_id, invoice_id, amount, kind) "
                    + "SELECT NULL, id, 20.00, 'CREDIT' FROM invoice WHERE number = 'INV-PART'");
        }

        flyway(database, "classpath:db/migration").migrate();

        assertThat(text(database, "SELECT GROUP_CONCAT(number, '=', open_amount ORDER BY number) FROM invoice"))
                .isEqualTo("INV-OPEN=100.00,INV-PAID=0.00,INV-PART=30.00,INV-RCPT=0.00");
        try (Connection c = connect(database);
                Statement s = c.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.executeUpdate(
                            "UPDATE invoice SET open_amount = open_amount - 40.00 WHERE number = 'INV-PART'"))
                    .as("an invoice cannot be settled past its amount")
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("ck_invoice_open");
        }
    }

    private void assertDemoCounts(String database) throws SQLException {
        assertThat(count(database, "SELECT COUNT(*) FROM brand")).isEqualTo(2);
        assertThat(count(database, "SELECT COUNT(*) FROM sku")).isEqualTo(200);
        assertThat(count(database, "SELECT COUNT(*) FROM sku_price_tier")).isEqualTo(600);
        assertThat(count(database, "SELECT COUNT(*) FROM store")).isEqualTo(20);
        assertThat(count(database, "SELECT COUNT(*) FROM distributor")).isEqualTo(3);
        assertThat(count(database, "SELECT COUNT(*) FROM user_account")).isEqualTo(26);
        assertThat(count(database, "SELECT COUNT(*) FROM territory")).isEqualTo(15);
    }

    private static Flyway flyway(String database, String... locations) {
        return Flyway.configure()
                .dataSource(SERVER_URL + database, "root", "")
                .locations(locations)
                .load();
    }

    private static String freshDatabase() throws SQLException {
        String name =
                "migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(SERVER_URL, "root", "");
                Statement s = c.createStatement()) {
            s.executeUpdate("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return name;
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(SERVER_URL + database, "root", "");
    }

    private static long count(String database, String sql) throws SQLException {
        try (Connection c = connect(database);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(String database, String sql) throws SQLException {
        try (Connection c = connect(database);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> tables(String database) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = connect(database);
                ResultSet rs = c.getMetaData().getTables(database, null, "%", null)) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private static void runScript(String database, String resource) throws Exception {
        String script;
        try (var in = MigrationIT.class.getResourceAsStream(resource)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = connect(database);
                Statement s = c.createStatement()) {
            for (String statement : script.split(";\\s*\\n")) {
                String sql = statement
                        .lines()
                        .filter(l -> !l.startsWith("--"))
                        .reduce("", (a, b) -> a + "\n" + b)
                        .trim();
                if (!sql.isEmpty()) {
                    s.execute(sql);
                }
            }
        }
    }
}
