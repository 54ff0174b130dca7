package org.shelfline.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database-restart fault (issue #24): shops place orders through the REST API while MariaDB is killed
 * ({@code kill -9}) and started again on the same data. Measures how long after MariaDB answers again the
 * application places orders and reports ready without being restarted, then checks in the database that
 * every order the API acknowledged (201) is stored whole, no key was placed twice and reserved stock still
 * equals the cases on open orders. Appends one line to bench/results/faults.txt.
 */
public final class DatabaseRestart {

    private static final String BASE = System.getProperty("baseUrl", "http://127.0.0.1:8181");
    private static final int DB_PORT = Integer.getInteger("dbPort", 3399);
    private static final String URL = "jdbc:mariadb://127.0.0.1:" + DB_PORT + "/shelfline";
    private static final int USERS = Integer.getInteger("users", 8);
    private static final int LOAD_BEFORE_SECONDS = 15;
    private static final int DOWN_SECONDS = 3;
    private static final int LOAD_AFTER_SECONDS = 30;
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CATALOGUE_ITEM = Pattern.compile("\\{[^{}]*}");
    private static final Pattern SKU = Pattern.compile("\"sku\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern MIN_CASES = Pattern.compile("\"minCases\"\\s*:\\s*(\\d+)");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Idempotency key → lines sent, for every order the API acknowledged with 201. */
    private final Map<String, Integer> acknowledged = new ConcurrentHashMap<>();

    private final Map<Integer, AtomicLong> answers = new ConcurrentHashMap<>();
    private final AtomicLong firstPlacedAfterRestart = new AtomicLong();
    private volatile long restartedAt = Long.MAX_VALUE;
    private volatile boolean running = true;

    private record Shop(String token, String brand, List<String> skus, List<Integer> minimums) {}

    public static void main(String[] args) throws Exception {
        new DatabaseRestart().run();
    }

    private void run() throws Exception {
        List<Shop> shops = signIn();
        List<Thread> load = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            Shop shop = shops.get(i % shops.size());
            Thread thread = new Thread(() -> placeOrders(shop), "shop-" + i);
            thread.start();
            load.add(thread);
        }
        try {
            fault(load);
        } finally {
            running = false;
        }
    }

    private void fault(List<Thread> load) throws Exception {
        TimeUnit.SECONDS.sleep(LOAD_BEFORE_SECONDS);
        long acknowledgedBefore = acknowledged.size();

        List<String> mysqld = mariaDbCommandLine();
        System.out.println("Killing MariaDB (kill -9) under order load");
        new ProcessBuilder("kill", "-9", mysqld.get(0)).inheritIO().start().waitFor();
        TimeUnit.SECONDS.sleep(DOWN_SECONDS);
        Path log = Path.of(System.getProperty("target", "target"), "mariadb-restarted.log");
        new ProcessBuilder(mysqld.subList(1, mysqld.size()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        waitForDatabase();
        restartedAt = System.nanoTime();
        System.out.println("MariaDB answers again; measuring until the application does");
        long readyAfter = waitUntilReady();

        TimeUnit.SECONDS.sleep(LOAD_AFTER_SECONDS);
        running = false;
        for (Thread thread : load) {
            thread.join();
        }
        report(acknowledgedBefore, readyAfter);
    }

    private List<Shop> signIn() throws IOException, InterruptedException {
        List<String> rows = Files.readAllLines(Path.of(System.getProperty("target", "target"), "shops.csv"));
        List<Shop> shops = new ArrayList<>();
        for (String row : rows.subList(1, Math.min(rows.size(), USERS + 1))) {
            String[] cells = row.split(",");
            HttpResponse<String> token = send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\": \"" + cells[0] + "\", \"password\": \"" + cells[1] + "\"}")));
            Matcher found = TOKEN.matcher(token.body());
            if (token.statusCode() != 201 || !found.find()) {
                throw new IllegalStateException(
                        "No token for " + cells[0] + ": " + token.statusCode() + " " + token.body());
            }
            HttpResponse<String> catalogue =
                    send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/catalog/" + cells[2]))
                            .header("Authorization", "Bearer " + found.group(1))
                            .GET());
            List<String> skus = new ArrayList<>();
            List<Integer> minimums = new ArrayList<>();
            Matcher item = CATALOGUE_ITEM.matcher(catalogue.body());
            while (item.find()) {
                Matcher sku = SKU.matcher(item.group());
                Matcher minimum = MIN_CASES.matcher(item.group());
                if (!item.group().contains("\"OUT\"") && sku.find() && minimum.find()) {
                    skus.add(sku.group(1));
                    minimums.add(Integer.parseInt(minimum.group(1)));
                }
            }
            if (skus.size() < 4) {
                throw new IllegalStateException("Too few SKUs in stock for " + cells[0] + ": " + catalogue.body());
            }
            shops.add(new Shop(found.group(1), cells[2], skus, minimums));
        }
        return shops;
    }

    private void placeOrders(Shop shop) {
        while (running) {
            List<Integer> picks = new ArrayList<>();
            for (int i = 0; i < shop.skus().size(); i++) {
                picks.add(i);
            }
            Collections.shuffle(picks, ThreadLocalRandom.current());
            int lines = Math.min(4, picks.size());
            StringBuilder body = new StringBuilder(
                    "{\"brand\": \"" + shop.brand() + "\", \"payment\": \"CASH_ON_DELIVERY\", \"lines\": [");
            for (int i = 0; i < lines; i++) {
                int pick = picks.get(i);
                body.append(i == 0 ? "" : ", ")
                        .append("{\"sku\": \"")
                        .append(shop.skus().get(pick))
                        .append("\", \"cases\": ")
                        .append(shop.minimums().get(pick))
                        .append('}');
            }
            String key = UUID.randomUUID().toString();
            int status;
            try {
                status = send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/orders"))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + shop.token())
                                .header("Idempotency-Key", key)
                                .timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        body.append("]}").toString())))
                        .statusCode();
            } catch (IOException e) {
                status = -1;
            } catch (InterruptedException e) {
                return;
            }
            answers.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
            if (status == 201) {
                acknowledged.put(key, lines);
                if (System.nanoTime() > restartedAt) {
                    firstPlacedAfterRestart.compareAndSet(0, System.nanoTime());
                }
            } else {
                pause(100);
            }
        }
    }

    /** The running mysqld's pid followed by its command line, to start it again exactly as it was. */
    private static List<String> mariaDbCommandLine() throws IOException, InterruptedException {
        Process pgrep = new ProcessBuilder("pgrep", "-f", "(mysqld|mariadbd).*--port=" + DB_PORT).start();
        String pid = new String(pgrep.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
                .strip()
                .split("\\s+")[0];
        pgrep.waitFor();
        if (pid.isEmpty()) {
            throw new IllegalStateException("No MariaDB listening on port " + DB_PORT);
        }
        List<String> command = new ArrayList<>(List.of(pid));
        for (String part : Files.readString(Path.of("/proc", pid, "cmdline")).split("\0")) {
            if (!part.isEmpty()) {
                command.add(part);
            }
        }
        return command;
    }

    private static void waitForDatabase() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            try (Connection c = connect()) {
                return;
            } catch (SQLException notYet) {
                pause(100);
            }
        }
        throw new IllegalStateException("MariaDB did not start again within 2 minutes");
    }

    /** Seconds from MariaDB answering again to /health/ready answering 200, or -1 if not within 2 minutes. */
    private long waitUntilReady() throws InterruptedException {
        long deadline = restartedAt + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            try {
                if (send(HttpRequest.newBuilder(URI.create(BASE + "/health/ready"))
                                        .timeout(Duration.ofSeconds(5))
                                        .GET())
                                .statusCode()
                        == 200) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restartedAt);
                }
            } catch (IOException notYet) {
                // keep asking
            }
            pause(100);
        }
        return -1;
    }

    private void report(long acknowledgedBefore, long readyAfterMillis) throws SQLException, IOException {
        long missing = 0;
        long partial = 0;
        try (Connection c = connect();
                PreparedStatement lines =
                        c.prepareStatement("SELECT COUNT(DISTINCT ch.id), COUNT(l.id) FROM checkout ch "
                                + "LEFT JOIN purchase_order o ON o.checkout_id = ch.id LEFT JOIN order_line l ON l.order_id = o.id "
                                + "WHERE ch.idempotency_key = ?")) {
            for (Map.Entry<String, Integer> order : acknowledged.entrySet()) {
                lines.setString(1, order.getKey());
                try (ResultSet row = lines.executeQuery()) {
                    row.next();
                    if (row.getLong(1) == 0) {
                        missing++;
                    } else if (row.getLong(2) != order.getValue()) {
                        partial++;
                    }
                }
            }
            try (Statement statement = c.createStatement()) {
                long duplicates = single(
                        statement,
                        "SELECT COUNT(*) FROM (SELECT idempotency_key FROM checkout "
                                + "GROUP BY store_id, idempotency_key HAVING COUNT(*) > 1) d");
                long oversold = single(statement, "SELECT COUNT(*) FROM stock WHERE reserved > on_hand OR on_hand < 0");
                long reserved = single(statement, "SELECT COALESCE(SUM(reserved), 0) FROM stock");
                long onOpenOrders = single(
                        statement,
                        "SELECT COALESCE(SUM(l.cases), 0) FROM order_line l "
                                + "JOIN purchase_order o ON o.id = l.order_id WHERE o.status IN ('PLACED', 'ACCEPTED', 'PICKING')");
                long placedAfter = firstPlacedAfterRestart.get();
                Path appLog = Path.of(System.getProperty("appLog", "target/app.log"));
                long expunged = Files.exists(appLog)
                        ? Files.readAllLines(appLog, StandardCharsets.ISO_8859_1).stream()
                                .filter(line -> line.contains("Expunging timer"))
                                .count()
                        : -1;
                String result = String.format(
                        "%s  MariaDB killed (kill -9) and started again under the order load of %d shops: "
                                + "ready %s, first order placed %s after MariaDB answered again | acknowledged %d orders "
                                + "(%d before the kill), lost %d, partial %d, keys placed twice %d, oversold rows %d, "
                                + "reserved %d = cases on open orders %d | timers expunged %d | answers %s%n",
                        LocalDateTime.now(ZoneOffset.UTC).withNano(0),
                        USERS,
                        readyAfterMillis < 0 ? "NOT within 2 min" : String.format("%.1f s", readyAfterMillis / 1000.0),
                        placedAfter == 0 ? "NEVER" : String.format("%.1f s", (placedAfter - restartedAt) / 1e9),
                        acknowledged.size(),
                        acknowledgedBefore,
                        missing,
                        partial,
                        duplicates,
                        oversold,
                        reserved,
                        onOpenOrders,
                        expunged,
                        new java.util.TreeMap<>(answers));
                System.out.print(result);
                Path results = Path.of(System.getProperty("results", "results/faults.txt"));
                Files.createDirectories(results.toAbsolutePath().getParent());
                Files.writeString(
                        results, result, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, "root", "");
    }
}
