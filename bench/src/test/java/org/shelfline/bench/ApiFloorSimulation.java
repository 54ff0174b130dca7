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
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * The floor under order placement: the same shops as {@link PlaceOrdersSimulation}, each asking back to
 * back for the cheapest authenticated call the API has (the brands it may order from: the bearer token
 * looked up, one query, a short JSON list). Whatever the app does per order, it cannot place orders
 * faster than it answers this.
 */
public class ApiFloorSimulation extends Simulation {

    private static final String BASE = System.getProperty("baseUrl", "http://127.0.0.1:8181");
    private static final int USERS = Integer.getInteger("users", 20);
    private static final int SECONDS = Integer.getInteger("seconds", 60);
    private static final String SHOPS = System.getProperty("shops", "target/shops.csv");

    static final String REQUEST = "read brands";

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .shareConnections();

    private final ScenarioBuilder shops = scenario("shops reading their brands")
            .feed(csv(SHOPS).circular())
            .exec(http("get token")
                    .post("/api/v1/tokens")
                    .body(StringBody("{\"username\": \"#{shop}\", \"password\": \"#{password}\"}"))
                    .check(status().is(201), jsonPath("$.token").saveAs("token")))
            .during(Duration.ofSeconds(SECONDS))
            .on(exec(http(REQUEST)
                    .get("/api/v1/catalog")
                    .header("Authorization", "Bearer #{token}")
                    .check(status().is(200), jsonPath("$[0].code").exists())));

    {
        setUp(shops.injectOpen(atOnceUsers(USERS)))
                .protocols(protocol)
                // Always true: there to print the measured figures for OrderBench's report.
                .assertions(
                        details(REQUEST).failedRequests().count().gte(0L),
                        details(REQUEST).successfulRequests().count().gte(0L),
                        details(REQUEST).requestsPerSec().gte(0.0),
                        details(REQUEST).responseTime().percentile(50.0).gte(0),
                        details(REQUEST).responseTime().percentile(99.0).gte(0));
    }
}
