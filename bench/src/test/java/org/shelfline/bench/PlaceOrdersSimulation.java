package org.shelfline.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

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

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .contentTypeHeader("application/json")
            .acceptHeader("application/json")
            .shareConnections();

    private final ScenarioBuilder shops = scenario("shops placing orders")
            .feed(csv(SHOPS).circular())
            .exec(http("get token").post("/api/v1/tokens")
                    .body(StringBody("{\"username\": \"#{shop}\", \"password\": \"#{password}\"}"))
                    .check(status().is(201), jsonPath("$.token").saveAs("token")))
            .exec(http("read catalogue").get("/api/v1/catalog/#{brand}")
                    .header("Authorization", "Bearer #{token}")
                    .check(status().is(200),
                            jsonPath("$[?(@.availability != 'OUT')].sku").findAll().saveAs("skus"),
                            jsonPath("$[?(@.availability != 'OUT')].minCases").ofInt().findAll().saveAs("minimums")))
            .during(Duration.ofSeconds(SECONDS)).on(
                    exec(session -> session.set("order", orderBody(session)))
                            .exec(http("place order").post("/api/v1/orders")
                                    .header("Authorization", "Bearer #{token}")
                                    .header("Idempotency-Key", "#{randomUuid()}")
                                    .body(StringBody("#{order}"))
                                    .check(status().is(201))));

    {
        setUp(shops.injectOpen(atOnceUsers(USERS))).protocols(protocol)
                .assertions(global().failedRequests().count().is(0L),
                        details("place order").responseTime().percentile(99.0).lt(250));
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
            lines.append(i == 0 ? "" : ", ").append("{\"sku\": \"").append(skus.get(pick)).append("\", \"cases\": ")
                    .append(minimums.get(pick)).append('}');
        }
        return "{\"brand\": \"" + session.getString("brand") + "\", \"payment\": \"CASH_ON_DELIVERY\", \"lines\": [" + lines + "]}";
    }
}
