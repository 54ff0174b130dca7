package org.shelfline.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark's non-Gatling steps, against the benchmark's own embedded MariaDB:
 * <ul>
 * <li>{@code prepare}: plenty of stock for every SKU where a serving distributor keeps it, and the shops
 * (verified, with a distributor for their district) the simulation signs in as;</li>
 * <li>{@code baseline}: the same writes as an order placement in plain JDBC, as many threads as the
 * simulation has shops: lock and reserve 8 stock rows, insert the checkout, the order and its 8 lines,
 * commit;</li>
 * <li>{@code report}: reads Gatling's statistics and the baseline's, checks nothing was oversold, and
 * appends both figures and their ratio to bench/results/orders.txt.</li>
 * </ul>
 */
public final class OrderBench {

    private static final String URL = "jdbc:mariadb://127.0.0.1:" + System.getProperty("dbPort", "3399") + "/shelfline";
    private static final int USERS = Integer.getInteger("users", 20);
    private static final int SECONDS = Integer.getInteger("seconds", 60);
    private static final Path TARGET = Path.of(System.getProperty("target", "target"));

    private OrderBench() {}

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "prepare" -> prepare();
            case "baseline" -> baseline();
            case "report" -> report();
            default -> throw new IllegalArgumentException("Say prepare, baseline or report");
        }
    }

    private static void prepare() throws SQLException, IOException {
        try (Connection c = connect();
                Statement statement = c.createStatement()) {
            statement.executeUpdate("INSERT INTO stock (warehouse_id, sku_id, on_hand, reserved, updated_at) "
                    + "SELECT DISTINCT w.id, k.id, 1000000, 0, UTC_TIMESTAMP(6) FROM territory t "
                    + "JOIN warehouse w ON w.distributor_id = t.distributor_id JOIN sku k ON k.brand_id = t.brand_id "
                    + "WHERE k.status = 'PUBLISHED' ON DUPLICATE KEY UPDATE on_hand = on_hand + 1000000");
            List<String> rows = new ArrayList<>(List.of("shop,password,brand"));
            try (ResultSet shops = statement.executeQuery(
                    "SELECT u.username, MIN(b.code) FROM user_account u "
                            + "JOIN store_brand sb ON sb.store_id = u.store_id AND sb.status = 'VERIFIED' "
                            + "JOIN brand b ON b.id = sb.brand_id JOIN store s ON s.id = u.store_id "
                            + "JOIN territory t ON t.brand_id = b.id AND t.district_id = s.district_id "
                            // Not the fair rush's shops: they have tokens but no password to sign in with.
                            + "WHERE u.role = 'STORE_OWNER' AND u.username NOT LIKE 'rush-%' GROUP BY u.username ORDER BY u.username")) {
                while (shops.next()) {
                    rows.add(shops.getString(1) + ",demo1234," + shops.getString(2));
                }
            }
            Files.createDirectories(TARGET);
            Files.write(TARGET.resolve("shops.csv"), rows);
            System.out.println("Prepared stock and " + (rows.size() - 1) + " shops");
        }
    }

    /** One shop's order as the baseline writes it: the shop, its brand and the warehouse that fills it. */
    private record Shop(long storeId, long brandId, long districtId, long warehouseId, List<Long> skus) {}

    private static void baseline() throws Exception {
        List<Shop> shops = baselineShops();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + SECONDS * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < USERS; i++) {
            Shop shop = shops.get(i % shops.size());
            Thread thread = new Thread(() -> {
                try (Connection c = connect()) {
                    c.setAutoCommit(false);
                    while (System.nanoTime() < end) {
                        long begin = System.nanoTime();
                        try {
                            placeInJdbc(c, shop);
                            latencies.add(System.nanoTime() - begin);
                        } catch (SQLException e) {
                            c.rollback();
                            errors.incrementAndGet();
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        String line = String.format(
                "%d %.1f %d %d %d",
                sorted.size(), sorted.size() / seconds, percentile(sorted, 50), percentile(sorted, 99), errors.get());
        Files.writeString(TARGET.resolve("baseline.txt"), line);
        System.out.println("Baseline (orders, orders/s, p50 ms, p99 ms, errors): " + line);
    }

    private static void placeInJdbc(Connection c, Shop shop) throws SQLException {
        List<Long> skus = new ArrayList<>(shop.skus());
        Collections.shuffle(skus, ThreadLocalRandom.current());
        List<Long> lines = new ArrayList<>(skus.subList(0, 8));
        lines.sort(Comparator.naturalOrder());
        String in = String.join(",", Collections.nCopies(8, "?"));
        try (PreparedStatement lock =
                c.prepareStatement("SELECT id, on_hand - reserved FROM stock WHERE warehouse_id = ? "
                        + "AND sku_id IN (" + in + ") ORDER BY warehouse_id, sku_id FOR UPDATE")) {
            lock.setLong(1, shop.warehouseId());
            for (int i = 0; i < 8; i++) {
                lock.setLong(i + 2, lines.get(i));
            }
            List<Long> stockIds = new ArrayList<>();
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    if (rows.getInt(2) < 1) {
                        throw new SQLException("out of stock");
                    }
                    stockIds.add(rows.getLong(1));
                }
            }
            try (PreparedStatement reserve =
                    c.prepareStatement("UPDATE stock SET reserved = reserved + 1, updated_at = ? WHERE id = ?")) {
                for (Long stockId : stockIds) {
                    reserve.setObject(1, LocalDateTime.now(ZoneOffset.UTC));
                    reserve.setLong(2, stockId);
                    reserve.addBatch();
                }
                reserve.executeBatch();
            }
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        long checkout = insert(
                c,
                "INSERT INTO checkout (store_id, brand_id, idempotency_key, payment, total, placed_at, placed_by) "
                        + "VALUES (?, ?, ?, 'CASH_ON_DELIVERY', 80.00, ?, 'baseline')",
                shop.storeId(),
                shop.brandId(),
                UUID.randomUUID().toString(),
                now);
        long order = insert(
                c,
                "INSERT INTO purchase_order (reference, checkout_id, brand_id, store_id, warehouse_id, status, "
                        + "payment, total, delivery_district_id, delivery_address, placed_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, 'PLACED', 'CASH_ON_DELIVERY', 80.00, ?, 'baseline', ?, ?)",
                "BL" + UUID.randomUUID().toString().substring(0, 20),
                checkout,
                shop.brandId(),
                shop.storeId(),
                shop.warehouseId(),
                shop.districtId(),
                now,
                now);
        try (PreparedStatement line = c.prepareStatement(
                "INSERT INTO order_line (order_id, line_no, sku_id, sku_code, sku_name, "
                        + "sku_name_zh, case_pack, cases, case_price, line_total) VALUES (?, ?, ?, 'BASELINE', 'baseline', 'baseline', 1, 1, 10.00, 10.00)")) {
            for (int i = 0; i < 8; i++) {
                line.setLong(1, order);
                line.setInt(2, i + 1);
                line.setLong(3, lines.get(i));
                line.addBatch();
            }
            line.executeBatch();
        }
        c.commit();
    }

    private static List<Shop> baselineShops() throws SQLException {
        List<Shop> shops = new ArrayList<>();
        try (Connection c = connect();
                Statement statement = c.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT s.id, sb.brand_id, s.district_id, MIN(w.id) FROM store s "
                                + "JOIN store_brand sb ON sb.store_id = s.id AND sb.status = 'VERIFIED' "
                                + "JOIN territory t ON t.brand_id = sb.brand_id AND t.district_id = s.district_id AND t.priority = 1 "
                                + "JOIN warehouse w ON w.distributor_id = t.distributor_id GROUP BY s.id, sb.brand_id, s.district_id")) {
            while (rows.next()) {
                long warehouse = rows.getLong(4);
                List<Long> skus = new ArrayList<>();
                try (PreparedStatement stocked =
                        c.prepareStatement("SELECT k.id FROM stock st JOIN sku k ON k.id = st.sku_id "
                                + "WHERE st.warehouse_id = ? AND k.brand_id = ? AND st.on_hand - st.reserved > 1000")) {
                    stocked.setLong(1, warehouse);
                    stocked.setLong(2, rows.getLong(2));
                    try (ResultSet sku = stocked.executeQuery()) {
                        while (sku.next()) {
                            skus.add(sku.getLong(1));
                        }
                    }
                }
                if (skus.size() >= 8) {
                    shops.add(new Shop(rows.getLong(1), rows.getLong(2), rows.getLong(3), warehouse, skus));
                }
            }
        }
        if (shops.isEmpty()) {
            throw new IllegalStateException("No shop to order for: run prepare first");
        }
        return shops;
    }

    private static void report() throws Exception {
        // Gatling prints each assertion with the measured value; the simulation asserts on every figure we need.
        java.util.Map<String, Double> measured = new java.util.HashMap<>();
        // -Dfloor=true: the figures of ApiFloorSimulation (the cheapest authenticated call) instead of order placement.
        boolean floor = Boolean.getBoolean("floor");
        String request = floor ? ApiFloorSimulation.REQUEST : "place order";
        java.util.regex.Pattern assertion =
                java.util.regex.Pattern.compile(request + ": (.+?) is .*\\(actual : ([0-9.E-]+)\\)");
        for (String line : Files.readAllLines(TARGET.resolve(floor ? "gatling-floor.log" : "gatling.log"))) {
            java.util.regex.Matcher match = assertion.matcher(line);
            if (match.find()) {
                measured.put(match.group(1), Double.parseDouble(match.group(2)));
            }
        }
        long ok = measured.getOrDefault("count of successful events", -1.0).longValue();
        long failed = measured.getOrDefault("count of failed events", -1.0).longValue();
        double appRate = measured.getOrDefault("mean requests per second", 0.0);
        long appP99 =
                measured.getOrDefault("99th percentile of response time", -1.0).longValue();
        long appP50 =
                measured.getOrDefault("50th percentile of response time", -1.0).longValue();
        String[] baseline = Files.readString(TARGET.resolve("baseline.txt")).split(" ");
        double baseRate = Double.parseDouble(baseline[1]);

        long oversold;
        BigDecimal reservedRows;
        BigDecimal reservedByOrders;
        try (Connection c = connect();
                Statement statement = c.createStatement()) {
            oversold = single(statement, "SELECT COUNT(*) FROM stock WHERE reserved > on_hand OR on_hand < 0")
                    .longValue();
            reservedRows = single(statement, "SELECT COALESCE(SUM(reserved), 0) FROM stock");
            reservedByOrders = single(
                    statement,
                    "SELECT COALESCE(SUM(l.cases), 0) FROM order_line l JOIN purchase_order o "
                            + "ON o.id = l.order_id WHERE o.status IN ('PLACED', 'ACCEPTED', 'PICKING')");
        }
        String result = String.format(
                "%s  %d shops x %d s: app %d " + (floor ? "reads of the brand list" : "orders")
                        + " (%d failed), %.1f " + (floor ? "reads" : "orders") + "/s, p50 %d ms, p99 %d ms | "
                        + "plain JDBC %s orders, %.1f orders/s, p50 %s ms, p99 %s ms, %s errors | app/JDBC %.0f%% | "
                        + "oversold rows %d, reserved %s = cases on open orders %s%n",
                LocalDateTime.now(ZoneOffset.UTC).withNano(0),
                USERS,
                SECONDS,
                ok,
                failed,
                appRate,
                appP50,
                appP99,
                baseline[0],
                baseRate,
                baseline[2],
                baseline[3],
                baseline[4],
                100 * appRate / baseRate,
                oversold,
                reservedRows.toPlainString(),
                reservedByOrders.toPlainString());
        System.out.print(result);
        Path results = Path.of(System.getProperty("results", "results/orders.txt"));
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(
                results,
                result,
                java.nio.charset.StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    private static BigDecimal single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getBigDecimal(1);
        }
    }

    private static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static long percentile(List<Long> sortedNanos, int percent) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, index)) / 1_000_000;
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, "root", "");
    }
}
