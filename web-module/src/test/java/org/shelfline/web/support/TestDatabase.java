package org.shelfline.web.support;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;

/**
 * Creates test data straight in the MariaDB the tests run against. Every call makes new organisations
 * with unique codes, so tests neither see nor depend on each other's rows.
 */
public final class TestDatabase {

    public static final String PASSWORD = "Secret-pass-123";

    /** The test JVM gets test.db.*; inside Payara Micro (in-container tests) the application's own settings apply. */
    private static final String URL = "jdbc:mariadb://127.0.0.1:"
            + System.getProperty("test.db.port", System.getProperty("shelfline.db.port")) + "/"
            + System.getProperty("test.db.name", System.getProperty("shelfline.db.name", "shelfline_it"));

    private TestDatabase() {}

    /** Two brands (A and B), one store verified with A, one distributor serving A, and a user for each. */
    public static Tenants twoBrands() {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection c = DriverManager.getConnection(URL, "root", "")) {
            long district = insert(
                    c,
                    "INSERT INTO district (code, province, province_zh, city, city_zh, name, name_zh) "
                            + "VALUES (?, 'Guangdong', '广东省', 'Shenzhen', '深圳市', ?, '测试区')",
                    "D" + id,
                    "Test " + id);
            long brandA = insert(
                    c,
                    "INSERT INTO brand (code, name, name_zh, created_at) VALUES (?, ?, ?, UTC_TIMESTAMP(6))",
                    "A" + id,
                    "Alpha " + id,
                    "阿尔法" + id);
            long brandB = insert(
                    c,
                    "INSERT INTO brand (code, name, name_zh, created_at) VALUES (?, ?, ?, UTC_TIMESTAMP(6))",
                    "B" + id,
                    "Beta " + id,
                    "贝塔" + id);
            insert(c, "INSERT INTO category (brand_id, code, name, name_zh) VALUES (?, 'TEA', 'Tea', '茶')", brandA);
            insert(
                    c,
                    "INSERT INTO category (brand_id, code, name, name_zh) VALUES (?, 'CHIPS', 'Chips', '薯片')",
                    brandB);
            long skuA = sku(c, brandA, "A-" + id, "Alpha tea " + id);
            long skuB = sku(c, brandB, "B-" + id, "Beta chips " + id);
            long store = insert(
                    c,
                    "INSERT INTO store (name, owner_name, mobile, district_id, street, licence_number, created_at) "
                            + "VALUES (?, 'Test Owner', '13800000000', ?, '1 Test Road', ?, UTC_TIMESTAMP(6))",
                    "Shop " + id,
                    district,
                    ("91" + id + "0000000000").substring(0, 18).toUpperCase());
            insert(
                    c,
                    "INSERT INTO store_brand (store_id, brand_id, status, tier, applied_at, decided_at, decided_by) "
                            + "VALUES (?, ?, 'VERIFIED', 'STANDARD', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 'test')",
                    store,
                    brandA);
            long distributor = insert(
                    c,
                    "INSERT INTO distributor (code, name, name_zh, created_at) VALUES (?, ?, '测试分销', UTC_TIMESTAMP(6))",
                    "T" + id,
                    "Trucks " + id);
            insert(
                    c,
                    "INSERT INTO warehouse (distributor_id, code, name, district_id) VALUES (?, 'W1', ?, ?)",
                    distributor,
                    "Depot " + id,
                    district);
            insert(
                    c,
                    "INSERT INTO territory (brand_id, district_id, distributor_id, priority) VALUES (?, ?, ?, 1)",
                    brandA,
                    district,
                    distributor);

            Tenants tenants = new Tenants(
                    user(c, "platform-" + id, "PLATFORM_ADMIN", null, null, null),
                    user(c, "alpha-" + id, "BRAND_ADMIN", brandA, null, null),
                    user(c, "beta-" + id, "BRAND_ADMIN", brandB, null, null),
                    user(c, "shop-" + id, "STORE_OWNER", null, store, null),
                    user(c, "trucks-" + id, "DISTRIBUTOR", null, null, distributor),
                    "Alpha " + id,
                    "Beta " + id,
                    "Shop " + id,
                    "Trucks " + id,
                    skuA,
                    "A-" + id,
                    skuB,
                    brandA,
                    brandB,
                    store,
                    "D" + id);
            return tenants;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test data", e);
        }
    }

    /** A further distributor (with one warehouse and a dispatcher) serving brand A in the tenants' district. */
    public static ExtraDistributor anotherDistributorForA(Tenants tenants, int priority) {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection c = DriverManager.getConnection(URL, "root", "")) {
            long district = count("SELECT id FROM district WHERE code = ?", tenants.districtCode());
            long distributor = insert(
                    c,
                    "INSERT INTO distributor (code, name, name_zh, created_at) VALUES (?, ?, '后备分销', UTC_TIMESTAMP(6))",
                    "X" + id,
                    "Backup " + id);
            long warehouse = insert(
                    c,
                    "INSERT INTO warehouse (distributor_id, code, name, district_id) VALUES (?, 'W1', ?, ?)",
                    distributor,
                    "Backup depot " + id,
                    district);
            insert(
                    c,
                    "INSERT INTO territory (brand_id, district_id, distributor_id, priority) VALUES (?, ?, ?, ?)",
                    tenants.brandIdA(),
                    district,
                    distributor,
                    priority);
            String username = user(c, "backup-" + id, "DISTRIBUTOR", null, null, distributor);
            return new ExtraDistributor(distributor, warehouse, username, "Backup " + id);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test data", e);
        }
    }

    /** Another shop in the tenants' district, verified with brand A at the given tier; returns its owner's user name. */
    public static String anotherShopOfA(Tenants tenants, String tier) {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection c = DriverManager.getConnection(URL, "root", "")) {
            long district = count("SELECT id FROM district WHERE code = ?", tenants.districtCode());
            long store = insert(
                    c,
                    "INSERT INTO store (name, owner_name, mobile, district_id, street, licence_number, created_at) "
                            + "VALUES (?, 'Other Owner', '13900000000', ?, '2 Test Road', ?, UTC_TIMESTAMP(6))",
                    "Shop " + id,
                    district,
                    ("92" + id + "0000000000").substring(0, 18).toUpperCase());
            insert(
                    c,
                    "INSERT INTO store_brand (store_id, brand_id, status, tier, applied_at, decided_at, decided_by) "
                            + "VALUES (?, ?, 'VERIFIED', ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 'test')",
                    store,
                    tenants.brandIdA(),
                    tier);
            return user(c, "shop-" + id, "STORE_OWNER", null, store, null);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test data", e);
        }
    }

    /** A published SKU of a brand with ordering rules and price breaks (minimum cases -> case price). */
    public static long skuWithRules(
            long brandId, String code, int minCases, int increment, Map<Integer, String> breaks) {
        try (Connection c = DriverManager.getConnection(URL, "root", "")) {
            long sku = insert(
                    c,
                    "INSERT INTO sku (brand_id, code, name, name_zh, unit, case_pack, min_order_cases, "
                            + "order_increment_cases, status, created_at, updated_at) "
                            + "VALUES (?, ?, ?, ?, 'can', 24, ?, ?, 'PUBLISHED', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
                    brandId,
                    code,
                    "Cola " + code,
                    "可乐 " + code,
                    minCases,
                    increment);
            for (Map.Entry<Integer, String> tier : breaks.entrySet()) {
                insert(
                        c,
                        "INSERT INTO sku_price_tier (sku_id, min_cases, case_price) VALUES (?, ?, ?)",
                        sku,
                        tier.getKey(),
                        new BigDecimal(tier.getValue()));
            }
            return sku;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test data", e);
        }
    }

    /** Puts stock on hand (nothing reserved) for a SKU in a warehouse. */
    public static void stock(long warehouseId, long skuId, int onHand) {
        execute(
                "INSERT INTO stock (warehouse_id, sku_id, on_hand, reserved, updated_at) VALUES (?, ?, ?, 0, UTC_TIMESTAMP(6)) "
                        + "ON DUPLICATE KEY UPDATE on_hand = VALUES(on_hand), reserved = 0",
                warehouseId,
                skuId,
                onHand);
    }

    /**
     * A delivered credit order of the tenants' store with brand A, invoiced for {@code amount} (due in 30
     * days), on the ledger and in the credit in use, as delivery recording leaves it. Returns the invoice number.
     */
    public static String deliveredCreditInvoice(Tenants tenants, String amount) {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        long district = count("SELECT id FROM district WHERE code = ?", tenants.districtCode());
        long checkout = execute(
                "INSERT INTO checkout (store_id, brand_id, idempotency_key, payment, total, placed_at, placed_by) "
                        + "VALUES (?, ?, ?, 'CREDIT', ?, UTC_TIMESTAMP(6), 'test')",
                tenants.storeId(),
                tenants.brandIdA(),
                id,
                new BigDecimal(amount));
        long order = execute(
                "INSERT INTO purchase_order (reference, checkout_id, brand_id, store_id, status, payment, total, "
                        + "delivery_district_id, delivery_address, placed_at, updated_at) VALUES (?, ?, ?, ?, 'DELIVERED', 'CREDIT', ?, ?, "
                        + "'1 Test Road', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
                "T" + id,
                checkout,
                tenants.brandIdA(),
                tenants.storeId(),
                new BigDecimal(amount),
                district);
        long invoice = execute(
                "INSERT INTO invoice (number, kind, store_id, brand_id, order_id, amount, open_amount, issued_at, issue_date, "
                        + "due_date) VALUES (?, 'INVOICE', ?, ?, ?, ?, ?, UTC_TIMESTAMP(6), UTC_DATE(), UTC_DATE() + INTERVAL 30 DAY)",
                "INV-T" + id,
                tenants.storeId(),
                tenants.brandIdA(),
                order,
                new BigDecimal(amount),
                new BigDecimal(amount));
        execute(
                "INSERT INTO ledger_entry (store_id, brand_id, kind, amount, invoice_id, occurred_at, recorded_by, note) "
                        + "VALUES (?, ?, 'INVOICE', ?, ?, UTC_TIMESTAMP(6), 'test', ?)",
                tenants.storeId(),
                tenants.brandIdA(),
                new BigDecimal(amount),
                invoice,
                "INV-T" + id);
        execute(
                "UPDATE store_brand SET credit_used = credit_used + ? WHERE store_id = ? AND brand_id = ?",
                new BigDecimal(amount),
                tenants.storeId(),
                tenants.brandIdA());
        return "INV-T" + id;
    }

    public record ExtraDistributor(long id, long warehouseId, String username, String name) {}

    private static long sku(Connection c, long brand, String code, String name) throws SQLException {
        long sku = insert(
                c,
                "INSERT INTO sku (brand_id, code, name, name_zh, unit, case_pack, status, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, 'bottle', 12, 'PUBLISHED', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
                brand,
                code,
                name,
                name);
        insert(
                c,
                "INSERT INTO sku_price_tier (sku_id, min_cases, case_price) VALUES (?, 1, ?)",
                sku,
                new BigDecimal("36.50"));
        return sku;
    }

    private static String user(Connection c, String username, String role, Long brand, Long store, Long distributor)
            throws SQLException {
        insert(
                c,
                "INSERT INTO user_account (username, password_hash, role, display_name, brand_id, store_id, distributor_id, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(6))",
                username,
                hash(PASSWORD),
                role,
                username,
                brand,
                store,
                distributor);
        return username;
    }

    private static String hash(String password) {
        Pbkdf2PasswordHashImpl hash = new Pbkdf2PasswordHashImpl();
        hash.initialize(Map.of());
        return hash.generate(password.toCharArray());
    }

    private static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    /** Runs a statement, e.g. to put a fixture into the state a test needs; returns the generated id. */
    public static long execute(String sql, Object... values) {
        try (Connection c = DriverManager.getConnection(URL, "root", "")) {
            return insert(c, sql, values);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Locks the rows a SELECT ... FOR UPDATE reads, until closed: what the application does with them meanwhile
     * waits, so a test can look at it half-way.
     */
    public static AutoCloseable holdingLocks(String selectForUpdate, Object... values) {
        try {
            Connection c = DriverManager.getConnection(URL, "root", "");
            c.setAutoCommit(false);
            try (PreparedStatement statement = c.prepareStatement(selectForUpdate)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                statement.executeQuery().close();
            }
            return () -> {
                try (c) {
                    c.rollback();
                }
            };
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * How many transactions are waiting for a row lock right now in a statement that names the table (to see a
     * request stopped at a lock the test holds).
     */
    public static long lockWaitsOn(String table) {
        return count(
                "SELECT COUNT(*) FROM information_schema.innodb_trx WHERE trx_state = 'LOCK WAIT' "
                        + "AND trx_query LIKE CONCAT('%', ?, '%')",
                table);
    }

    /** Text of the first column of the first row, or null. */
    public static String text(String sql, Object... values) {
        try (Connection c = DriverManager.getConnection(URL, "root", "");
                PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Scalar query, for checking what a request did (or did not) store. */
    public static long count(String sql, Object... values) {
        try (Connection c = DriverManager.getConnection(URL, "root", "");
                PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Usernames and ids of one test's organisations. */
    public record Tenants(
            String platformAdmin,
            String brandAdminA,
            String brandAdminB,
            String storeOwner,
            String distributor,
            String brandNameA,
            String brandNameB,
            String storeName,
            String distributorName,
            long skuOfA,
            String skuCodeOfA,
            long skuOfB,
            long brandIdA,
            long brandIdB,
            long storeId,
            String districtCode) {}
}
