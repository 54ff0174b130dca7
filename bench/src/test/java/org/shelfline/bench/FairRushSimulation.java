package org.shelfline.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * The trade-fair rush: every prepared shop places one order for one case of each of the fair's 20 SKUs,
 * all shops arriving within {@code seconds} (default 10). A 202 (the shop's share is kept; the order is
 * placed in the background) and a 422 (sold out, cap reached) are both answers; anything else (a 5xx, say)
 * fails the request.
 */
public class FairRushSimulation extends Simulation {

    private static final String BASE = System.getProperty("baseUrl", "http://127.0.0.1:8181");
    private static final int SHOPS = Integer.getInteger("rushShops", 2000);
    private static final int SECONDS = Integer.getInteger("rushSeconds", 10);
    private static final String FEED = System.getProperty("fairShops", "target/fair-shops.csv");
    /** "floor": each shop asks for its brand list instead of ordering (the cheapest authenticated call). */
    private static final boolean FLOOR = "floor".equals(System.getProperty("rushRequest", "order"));

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .contentTypeHeader("application/json")
            .acceptHeader("application/json")
            .shareConnections();

    private final ScenarioBuilder floor = scenario("fair rush floor")
            .feed(csv(FEED).queue())
            .exec(http("fair floor")
                    .get("/api/v1/catalog")
                    .header("Authorization", "Bearer #{token}")
                    .check(status().is(200)));

    private final ScenarioBuilder rush = scenario("fair rush")
            .feed(csv(FEED).queue())
            .exec(session -> session.set("order", body(session)))
            .exec(http("fair order")
                    .post("/api/v1/orders")
                    .header("Authorization", "Bearer #{token}")
                    .header("Idempotency-Key", "#{randomUuid()}")
                    .body(StringBody("#{order}"))
                    .check(status().in(202, 422)));

    {
        String request = FLOOR ? "fair floor" : "fair order";
        setUp((FLOOR ? floor : rush).injectOpen(rampUsers(SHOPS).during(Duration.ofSeconds(SECONDS))))
                .protocols(protocol)
                .assertions(
                        details(request).failedRequests().count().is(0L),
                        details(request).responseTime().percentile(99.0).lt(1000),
                        details(request).requestsPerSec().gte(0.0),
                        details(request).successfulRequests().count().gte(0L),
                        details(request).responseTime().percentile(50.0).gte(0));
    }

    private static String body(Session session) {
        StringBuilder lines = new StringBuilder();
        for (String sku : session.getString("skus").split("\\|")) {
            lines.append(lines.length() == 0 ? "" : ", ")
                    .append("{\"sku\": \"")
                    .append(sku)
                    .append("\", \"cases\": 1}");
        }
        return "{\"fair\": " + session.getString("fair") + ", \"payment\": \"CASH_ON_DELIVERY\", \"lines\": [" + lines
                + "]}";
    }
}
