package org.shelfline.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The trade-fair rush benchmark's non-Gatling steps, against the benchmark's embedded MariaDB:
 * <ul>
 * <li>{@code prepare}: a FRESHCO fair open now with 20 SKUs on offer (allocation below demand, a cap of 2
 * per shop), and 2,000 verified shops in Nanshan, each with an API token (inserted directly: signing 2,000
 * shops in through PBKDF2 would measure password hashing, not the rush), written to fair-shops.csv;</li>
 * <li>{@code report}: Gatling's figures and the checks that allocation, caps and stock all hold exactly,
 * appended to bench/results/fairs.txt.</li>
 * </ul>
 */
public final class FairRush {

    static final int SHOPS = Integer.getInteger("shops", 2000);
    static final int SKUS = 20;
    /** Below demand on purpose (2,000 shops ordering 1 case of each), so some shops meet "sold out". */
    static final int ALLOCATION = Integer.getInteger("allocation", 1500);

    static final int CAP = 2;

    private static final String URL = "jdbc:mariadb://127.0.0.1:" + System.getProperty("dbPort", "3399") + "/shelfline";
    private static final Path TARGET = Path.of(System.getProperty("target", "target"));

    private FairRush() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("report")) {
            report();
        } else {
            prepare();
        }
    }

    private static void prepare() throws Exception {
        try (Connection c = DriverManager.getConnection(URL, "root", "")) {
            c.setAutoCommit(false);
            long brand = single(c, "SELECT id FROM brand WHERE code = 'FRESHCO'");
            long district = single(c, "SELECT id FROM district WHERE code = 'GD-SZ-NS'");
            long warehouse = single(
                    c,
                    "SELECT MIN(w.id) FROM warehouse w JOIN territory t ON t.distributor_id = w.distributor_id "
                            + "WHERE t.brand_id = " + brand + " AND t.district_id = " + district
                            + " AND t.priority = 1");
            long fair = insert(
                    c,
                    "INSERT INTO fair (brand_id, title, starts_at, ends_at, status, invitation_token, created_at) "
                            + "VALUES (?, 'Rush fair', UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE, UTC_TIMESTAMP(6) + INTERVAL 2 HOUR, 'PUBLISHED', ?, "
                            + "UTC_TIMESTAMP(6))",
                    brand,
                    HexFormat.of().formatHex(new byte[16]).substring(0, 24)
                            + Long.toHexString(System.nanoTime()).substring(0, 8));
            List<String> codes = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("SELECT id, code FROM sku WHERE brand_id = " + brand
                            + " AND status = 'PUBLISHED' AND min_order_cases = 1 ORDER BY code LIMIT " + SKUS)) {
                while (rows.next()) {
                    insert(
                            c,
                            "INSERT INTO fair_offer (fair_id, sku_id, fair_price, allocation, store_cap) VALUES (?, ?, 9.90, ?, ?)",
                            fair,
                            rows.getLong(1),
                            ALLOCATION,
                            CAP);
                    insert(
                            c,
                            "INSERT INTO stock (warehouse_id, sku_id, on_hand, reserved, updated_at) VALUES (?, ?, 100000, 0, UTC_TIMESTAMP(6)) "
                                    + "ON DUPLICATE KEY UPDATE on_hand = on_hand + 100000",
                            warehouse,
                            rows.getLong(1));
                    codes.add(rows.getString(2));
                }
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<String> csv = new ArrayList<>(List.of("token,fair,skus"));
            String hex = Long.toHexString(System.nanoTime());
            String run = hex.substring(hex.length() - 8).toUpperCase();
            try (PreparedStatement store = c.prepareStatement(
                    "INSERT INTO store (name, owner_name, mobile, district_id, street, "
                            + "licence_number, created_at) VALUES (?, 'Rush', '13800000000', ?, 'Rush Road', ?, UTC_TIMESTAMP(6))",
                    Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < SHOPS; i++) {
                    store.setString(1, "Rush shop " + run + "-" + i);
                    store.setLong(2, district);
                    store.setString(3, "R" + run + String.format("%09d", i));
                    store.executeUpdate();
                    long storeId;
                    try (ResultSet keys = store.getGeneratedKeys()) {
                        keys.next();
                        storeId = keys.getLong(1);
                    }
                    insert(
                            c,
                            "INSERT INTO store_brand (store_id, brand_id, status, tier, applied_at, decided_at, decided_by) "
                                    + "VALUES (?, ?, 'VERIFIED', 'STANDARD', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 'bench')",
                            storeId,
                            brand);
                    long user = insert(
                            c,
                            "INSERT INTO user_account (username, password_hash, role, display_name, store_id, created_at) "
                                    + "VALUES (?, 'not-for-signing-in', 'STORE_OWNER', 'Rush', ?, UTC_TIMESTAMP(6))",
                            "rush-" + run + "-" + i,
                            storeId);
                    String token =
                            "rush-" + run + "-" + i + "-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
                    insert(
                            c,
                            "INSERT INTO api_token (user_id, token_hash, created_at, expires_at) VALUES (?, ?, UTC_TIMESTAMP(6), "
                                    + "UTC_TIMESTAMP(6) + INTERVAL 1 DAY)",
                            user,
                            HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8))));
                    csv.add(token + "," + fair + "," + String.join("|", codes));
                }
            }
            c.commit();
            Files.createDirectories(TARGET);
            Files.write(TARGET.resolve("fair-shops.csv"), csv);
            Files.writeString(TARGET.resolve("fair-id.txt"), String.valueOf(fair));
            System.out.println("Prepared fair " + fair + " with " + codes.size() + " SKUs and " + SHOPS + " shops");
        }
    }

    private static void report() throws Exception {
        long fair =
                Long.parseLong(Files.readString(TARGET.resolve("fair-id.txt")).strip());
        Map<String, Double> measured = new java.util.HashMap<>();
        Pattern assertion = Pattern.compile("fair order: (.+?) is .*\\(actual : ([0-9.E-]+)\\)");
        for (String line : Files.readAllLines(TARGET.resolve("fair-gatling.log"))) {
            Matcher match = assertion.matcher(line);
            if (match.find()) {
                measured.put(match.group(1), Double.parseDouble(match.group(2)));
            }
        }
        try (Connection c = DriverManager.getConnection(URL, "root", "")) {
            Duration placing = awaitPlacements(c, fair);
            List<Long> lags = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("SELECT TIMESTAMPDIFF(MICROSECOND, claimed_at, "
                            + "settled_at) FROM fair_claim WHERE fair_id = " + fair + " ORDER BY 1")) {
                while (rows.next()) {
                    lags.add(rows.getLong(1) / 1000);
                }
            }
            long claimed = lags.size();
            long refusedLater =
                    single(c, "SELECT COUNT(*) FROM fair_claim WHERE fair_id = " + fair + " AND status = 'REFUSED'");
            long oversold =
                    single(c, "SELECT COUNT(*) FROM fair_offer WHERE fair_id = " + fair + " AND sold > allocation");
            long capViolations = single(
                    c,
                    "SELECT COUNT(*) FROM fair_store_take t JOIN fair_offer o ON o.id = t.offer_id "
                            + "WHERE o.fair_id = " + fair + " AND t.cases > o.store_cap");
            long sold = single(c, "SELECT SUM(sold) FROM fair_offer WHERE fair_id = " + fair);
            long ordered = single(
                    c,
                    "SELECT COALESCE(SUM(l.cases), 0) FROM order_line l JOIN purchase_order o ON o.id = l.order_id "
                            + "JOIN checkout k ON k.id = o.checkout_id WHERE k.fair_id = " + fair);
            long takes = single(
                    c,
                    "SELECT COALESCE(SUM(t.cases), 0) FROM fair_store_take t JOIN fair_offer o ON o.id = t.offer_id "
                            + "WHERE o.fair_id = " + fair);
            long stockOversold = single(c, "SELECT COUNT(*) FROM stock WHERE reserved > on_hand");
            long checkouts = single(c, "SELECT COUNT(*) FROM checkout WHERE fair_id = " + fair);
            long answered =
                    measured.getOrDefault("count of successful events", -1.0).longValue();
            String result = String.format(
                    "%s  %d shops, %d SKUs (allocation %d, cap %d): answers: %d shares kept (202), %d refused "
                            + "with a 422 (sold out / cap), %d failed (5xx or other), %.1f req/s, p50 %d ms, p99 %d ms | then %d orders "
                            + "placed, %d refused by the order flow; claim to order placed p50 %d ms, p99 %d ms, all placed %d s after "
                            + "the first claim | sold %d = ordered %d = shops' takes %d; oversold offers %d, cap violations %d, "
                            + "oversold stock rows %d%s%n",
                    LocalDateTime.now().withNano(0),
                    SHOPS,
                    SKUS,
                    ALLOCATION,
                    CAP,
                    claimed,
                    answered - claimed,
                    measured.getOrDefault("count of failed events", -1.0).longValue(),
                    measured.getOrDefault("mean requests per second", 0.0),
                    measured.getOrDefault("50th percentile of response time", -1.0)
                            .longValue(),
                    measured.getOrDefault("99th percentile of response time", -1.0)
                            .longValue(),
                    checkouts,
                    refusedLater,
                    percentile(lags, 50),
                    percentile(lags, 99),
                    placing.toSeconds(),
                    sold,
                    ordered,
                    takes,
                    oversold,
                    capViolations,
                    stockOversold,
                    System.getProperty("label", "").isBlank() ? "" : "   [" + System.getProperty("label") + "]");
            System.out.print(result);
            Path results = Path.of(System.getProperty("results", "results/fairs.txt"));
            Files.createDirectories(results.toAbsolutePath().getParent());
            Files.writeString(
                    results,
                    result,
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
    }

    /** Waits (10 min at most) until no claim of the fair waits for its order; returns first claim to last settlement. */
    private static Duration awaitPlacements(Connection c, long fair) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (single(c, "SELECT COUNT(*) FROM fair_claim WHERE fair_id = " + fair + " AND status = 'WAITING'") > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("claims still waiting for their orders after 10 minutes");
            }
            Thread.sleep(1000);
        }
        return Duration.ofMillis(single(
                c,
                "SELECT COALESCE(TIMESTAMPDIFF(MICROSECOND, MIN(claimed_at), MAX(settled_at)), 0) / 1000 "
                        + "FROM fair_claim WHERE fair_id = " + fair));
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.isEmpty()
                ? -1
                : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static long single(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            BigDecimal value = rs.getBigDecimal(1);
            return value == null ? 0 : value.longValue();
        }
    }

    private static long insert(Connection c, String sql, Object... values) throws Exception {
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
}
