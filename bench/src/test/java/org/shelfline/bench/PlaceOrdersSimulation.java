package org.shelfline.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Many shops placing 8-line orders through the REST API at once. Each virtual user is one verified demo
 * shop (from the prepared shops.csv): it gets a token, reads its brand's catalogue once, then places
 * orders back to back for the run's duration, each with a fresh Idempotency-Key.
 */
public class PlaceOrdersSimulation extends Simulation {

    private static final String BASE = System.getProperty("baseUrl", "http://127.0.0.1:8181");
    private static final int USERS = Integer.getInteger("users", 20);
    private static final int SECONDS = Integer.getInteger("seconds", 60);
    private static final String SHOPS = System.getProperty("shops", "target/shops.csv");

    static final int LINES = 8;

    /** The demo brands have 100 SKUs: read them all, as the JDBC baseline picks from all of them. */
    private static final int CATALOGUE_PAGES = 4;

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .contentTypeHeader("application/json")
            .acceptHeader("application/json")
            .shareConnections();

    private final ScenarioBuilder shops = scenario("shops placing orders")
            .feed(csv(SHOPS).circular())
            .exec(http("get token")
                    .post("/api/v1/tokens")
                    .body(StringBody("{\"username\": \"#{shop}\", \"password\": \"#{password}\"}"))
                    .check(status().is(201), jsonPath("$.token").saveAs("token")))
            .exec(session -> session.set("skus", List.of()).set("minimums", List.of()))
            .repeat(CATALOGUE_PAGES, "page")
            .on(exec(session -> session.set("first", session.getInt("page") * 30))
                    .exec(http("read catalogue")
                            .get("/api/v1/catalog/#{brand}?first=#{first}")
                            .header("Authorization", "Bearer #{token}")
                            .check(
                                    status().is(200),
                                    jsonPath("$[?(@.availability != 'OUT')].sku")
                                            .findAll()
                                            .optional()
                                            .saveAs("pageSkus"),
                                    jsonPath("$[?(@.availability != 'OUT')].minCases")
                                            .ofInt()
                                            .findAll()
                                            .optional()
                                            .saveAs("pageMinimums")))
                    .exec(session -> session.set(
                                    "skus",
                                    concat(
                                            session.getList("skus"),
                                            session.contains("pageSkus") ? session.getList("pageSkus") : List.of()))
                            .set(
                                    "minimums",
                                    concat(
                                            session.getList("minimums"),
                                            session.contains("pageMinimums")
                                                    ? session.getList("pageMinimums")
                                                    : List.of()))
                            .remove("pageSkus")
                            .remove("pageMinimums")))
            .during(Duration.ofSeconds(SECONDS))
            .on(exec(session -> session.set("order", orderBody(session)))
                    .exec(http("place order")
                            .post("/api/v1/orders")
                            .header("Authorization", "Bearer #{token}")
                            .header("Idempotency-Key", "#{randomUuid()}")
                            .body(StringBody("#{order}"))
                            .check(status().is(201))));

    {
        setUp(shops.injectOpen(atOnceUsers(USERS)))
                .protocols(protocol)
                .assertions(
                        details("place order").failedRequests().count().is(0L),
                        details("place order").responseTime().percentile(99.0).lt(250),
                        // Always true: there to print the measured figures for OrderBench's report.
                        details("place order").successfulRequests().count().gte(0L),
                        details("place order").requestsPerSec().gte(0.0),
                        details("place order").responseTime().percentile(50.0).gte(0));
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** Eight different in-stock SKUs of the shop's brand, each at its minimum order. */
    private static String orderBody(Session session) {
        List<String> skus = session.getList("skus");
        List<Integer> minimums = session.getList("minimums");
        List<Integer> picks = new ArrayList<>();
        for (int i = 0; i < skus.size(); i++) {
            picks.add(i);
        }
        Collections.shuffle(picks, ThreadLocalRandom.current());
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < Math.min(LINES, picks.size()); i++) {
            int pick = picks.get(i);
            lines.append(i == 0 ? "" : ", ")
                    .append("{\"sku\": \"")
                    .append(skus.get(pick))
                    .append("\", \"cases\": ")
                    .append(minimums.get(pick))
                    .append('}');
        }
        return "{\"brand\": \"" + session.getString("brand") + "\", \"payment\": \"CASH_ON_DELIVERY\", \"lines\": ["
                + lines + "]}";
    }
}
