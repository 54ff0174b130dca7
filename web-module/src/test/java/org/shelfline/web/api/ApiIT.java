package org.shelfline.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shelfline.web.support.Deployments;
import org.shelfline.web.support.TestDatabase;
import org.shelfline.web.support.TestDatabase.Tenants;

/** The REST API over real HTTP: tokens, catalogue, idempotent placement, status, problems, tenancy, OpenAPI. */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shelfline();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();
    private Tenants tenants;
    private String brandCode;
    private String token;

    @BeforeEach
    void setUp() throws Exception {
        tenants = TestDatabase.twoBrands();
        long warehouse = TestDatabase.count(
                "SELECT w.id FROM warehouse w JOIN distributor d ON d.id = w.distributor_id " + "WHERE d.name = ?",
                tenants.distributorName());
        TestDatabase.stock(warehouse, tenants.skuOfA(), 50);
        brandCode = TestDatabase.text("SELECT code FROM brand WHERE id = ?", tenants.brandIdA());
        token = tokenFor(tenants.storeOwner());
    }

    @Test
    void tokensNeedTheRightPasswordAndEveryOtherCallNeedsAToken() throws Exception {
        HttpResponse<String> wrong = post("tokens", null, null, credentials(tenants.storeOwner(), "wrong"));
        assertProblem(wrong, 401, "api.badCredentials");
        assertProblem(post("tokens", null, null, "{}"), 400, "api.credentialsRequired");

        HttpResponse<String> anonymous = get("orders", null);
        assertProblem(anonymous, 401, "api.unauthenticated");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertProblem(get("orders", "not-a-real-token"), 401, "api.unauthenticated");
    }

    @Test
    void anAccountWhoseStoredHashCannotBeReadIsRefusedLikeAWrongPasswordNotAServerError() throws Exception {
        TestDatabase.execute(
                "UPDATE user_account SET password_hash = 'not-a-pbkdf2-hash' WHERE username = ?",
                tenants.distributor());

        assertProblem(
                post("tokens", null, null, credentials(tenants.distributor(), TestDatabase.PASSWORD)),
                401,
                "api.badCredentials");
        assertThat(post("tokens", null, null, credentials(tenants.storeOwner(), TestDatabase.PASSWORD))
                        .statusCode())
                .as("the others sign in as before")
                .isEqualTo(201);
    }

    @Test
    void fiveWrongPasswordsLockTheNameForAWhileEvenForTheRightOne() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertProblem(
                    post("tokens", null, null, credentials(tenants.storeOwner(), "guess" + attempt)),
                    401,
                    "api.badCredentials");
        }

        HttpResponse<String> locked =
                post("tokens", null, null, credentials(tenants.storeOwner(), TestDatabase.PASSWORD));

        assertProblem(locked, 429, "api.signInLocked");
        assertThat(json(locked).getString("detail")).contains("15 minute");
        assertThat(locked.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 15 * 60L + 1));
        assertThat(post("tokens", null, null, credentials(tenants.brandAdminA(), TestDatabase.PASSWORD))
                        .statusCode())
                .as("other names sign in as before")
                .isEqualTo(201);
        // The accounts table takes these for the same name: so does the lock.
        String name = tenants.storeOwner();
        for (String lookAlike :
                java.util.List.of(name.replaceFirst("o", "ö"), name.replaceFirst("s", "ｓ"), name.toUpperCase())) {
            assertProblem(
                    post("tokens", null, null, credentials(lookAlike, TestDatabase.PASSWORD)), 429, "api.signInLocked");
        }
    }

    @Test
    void aShopReadsItsCatalogueAtItsPrices() throws Exception {
        assertThat(get("catalog", token).body()).contains("\"code\":\"" + brandCode + "\"");

        HttpResponse<String> items = get("catalog/" + brandCode + "?q=" + tenants.skuCodeOfA(), token);
        assertThat(items.statusCode()).isEqualTo(200);
        JsonObject item =
                Json.createReader(new StringReader(items.body())).readArray().getJsonObject(0);
        assertThat(item.getString("sku")).isEqualToIgnoringCase(tenants.skuCodeOfA());
        assertThat(item.getJsonNumber("casePrice").bigDecimalValue()).isEqualByComparingTo("36.50");
        assertThat(item.getString("availability")).isEqualTo("IN_STOCK");

        String otherBrand = TestDatabase.text("SELECT code FROM brand WHERE id = ?", tenants.brandIdB());
        assertProblem(get("catalog/" + otherBrand, token), 404, "error.notFound");
    }

    @Test
    void placingWithTheSameKeyTwiceOrdersOnceAndTheStatusCanBeRead() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> created = post("orders", token, key, order(tenants.skuCodeOfA(), "3"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).isPresent();
        JsonObject placed = json(created);
        JsonObject firstOrder = placed.getJsonArray("orders").getJsonObject(0);
        assertThat(firstOrder.getString("distributor")).isEqualTo(tenants.distributorName());
        assertThat(placed.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("109.50");

        HttpResponse<String> again = post("orders", token, key, order(tenants.skuCodeOfA(), "3"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(json(again).getString("checkout")).isEqualTo(placed.getString("checkout"));
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM purchase_order WHERE store_id = ?", tenants.storeId()))
                .isEqualTo(1);

        HttpResponse<String> status =
                get("orders/" + firstOrder.getJsonNumber("id").longValue(), token);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(json(status).getString("status")).isEqualTo("PLACED");
        assertThat(json(status).getJsonArray("history").getJsonObject(0).getString("status"))
                .isEqualTo("PLACED");
    }

    @Test
    void aRepeatIsAnsweredWithTheFirstPlacementEvenIfItsLinesWouldNowBeRefusedAndOnlyAVerifiedBrandCanBeNamed()
            throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> created = post("orders", token, key, order(tenants.skuCodeOfA(), "3"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        // No look-up by key comes first any more: the repeat is refused on its way to the checkout's key.
        HttpResponse<String> again = post("orders", token, key, order("NO-SUCH-SKU", "1"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(json(again).getString("checkout")).isEqualTo(json(created).getString("checkout"));

        String otherBrand = TestDatabase.text("SELECT code FROM brand WHERE id = ?", tenants.brandIdB());
        String otherBrandsSku = TestDatabase.text("SELECT code FROM sku WHERE id = ?", tenants.skuOfB());
        assertProblem(
                post(
                        "orders",
                        token,
                        UUID.randomUUID().toString(),
                        order(tenants.skuCodeOfA(), "1").replace(brandCode, otherBrand)),
                404,
                "error.notFound");
        assertProblem(
                post(
                        "orders",
                        token,
                        UUID.randomUUID().toString(),
                        order(otherBrandsSku, "1").replace(brandCode, otherBrand)),
                404,
                "error.notFound");
        assertProblem(
                post(
                        "orders",
                        token,
                        UUID.randomUUID().toString(),
                        order(tenants.skuCodeOfA(), "1").replace(brandCode, "NO-SUCH-BRAND")),
                404,
                "error.notFound");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM checkout WHERE store_id = ?", tenants.storeId()))
                .isEqualTo(1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM purchase_order WHERE store_id = ?", tenants.storeId()))
                .isEqualTo(1);
        assertThat(TestDatabase.count(
                        "SELECT COALESCE(SUM(reserved), 0) FROM stock WHERE sku_id = ?", tenants.skuOfA()))
                .isEqualTo(3);
    }

    @Test
    void badInputGetsAProblemAndStoresNothing() throws Exception {
        assertProblem(
                post("orders", token, UUID.randomUUID().toString(), "{\"brand\": \"x\", \"lines\": ["),
                400,
                "api.malformedJson");
        assertProblem(
                post("orders", token, UUID.randomUUID().toString(), order(tenants.skuCodeOfA(), "\"lots\"")),
                400,
                "api.malformedJson");
        assertProblem(
                post("orders", token, UUID.randomUUID().toString(), order(tenants.skuCodeOfA(), "99999999999999")),
                422,
                "order.tooManyCases");
        assertProblem(
                post("orders", token, UUID.randomUUID().toString(), order(tenants.skuCodeOfA(), "4294967298")),
                422,
                "order.tooManyCases");
        assertProblem(
                post("orders", token, UUID.randomUUID().toString(), order(tenants.skuCodeOfA(), "2.5")),
                422,
                "order.casesPositive");
        assertProblem(post("orders", token, UUID.randomUUID().toString(), "[1, 2]"), 400, "api.malformedJson");
        assertProblem(
                post("orders", token, UUID.randomUUID().toString(), order(tenants.skuCodeOfA(), "-1")),
                422,
                "order.casesPositive");
        assertProblem(
                post("orders", token, UUID.randomUUID().toString(), order(tenants.skuCodeOfA(), "0")),
                422,
                "order.casesPositive");
        assertProblem(
                post("orders", token, UUID.randomUUID().toString(), order(tenants.skuCodeOfA(), "100000")),
                422,
                "order.tooManyCases");
        assertProblem(
                post("orders", token, UUID.randomUUID().toString(), order("NO-SUCH-SKU", "1")),
                422,
                "order.unknownSku");
        String otherBrandsSku = TestDatabase.text("SELECT code FROM sku WHERE id = ?", tenants.skuOfB());
        assertProblem(
                post("orders", token, UUID.randomUUID().toString(), order(otherBrandsSku, "1")),
                422,
                "order.unknownSku");
        assertProblem(post("orders", token, null, order(tenants.skuCodeOfA(), "1")), 400, "api.idempotencyKeyRequired");
        assertProblem(post("orders", token, "k".repeat(65), order(tenants.skuCodeOfA(), "1")), 422, "order.keyInvalid");
        assertProblem(get("orders/999999999", token), 404, "error.notFound");
        assertProblem(get("orders/abc", token), 404, "api.http404");

        HttpResponse<String> chinese = http.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/orders"))
                        .header("Authorization", "Bearer " + token)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .header("Content-Type", "application/json")
                        .header("Accept-Language", "zh-CN")
                        .POST(HttpRequest.BodyPublishers.ofString(order("NO-SUCH-SKU", "1")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(json(chinese).getString("detail")).contains("此目录中没有商品");

        assertThat(TestDatabase.count("SELECT COUNT(*) FROM checkout WHERE store_id = ?", tenants.storeId()))
                .isZero();
    }

    @Test
    void everyAddressSentUnderTheApiIsAnsweredWithAProblem() throws Exception {
        // The server decodes %2F and normalises the path to /api/admin: still the API's answer, not the HTML page.
        assertProblem(get("orders/..%2F..%2Fadmin", token), 404, "api.http404");
        assertProblem(get("..%2F..%2Fshop%2F", token), 404, "api.http404");
        assertProblem(
                http.send(
                        HttpRequest.newBuilder(URI.create(base + "api/v2/orders"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString()),
                404,
                "api.http404");
    }

    @Test
    void aBodyLargerThanAnyRealRequestIsRefusedBeforeItIsRead() throws Exception {
        String lines = String.join(
                ", ", java.util.Collections.nCopies(3000, "{\"sku\": \"" + tenants.skuCodeOfA() + "\", \"cases\": 1}"));
        String huge =
                "{\"brand\": \"" + brandCode + "\", \"payment\": \"CASH_ON_DELIVERY\", \"lines\": [" + lines + "]}";
        assertThat(huge.length()).isGreaterThan(org.shelfline.web.api.RequestSizeLimit.MAX_BYTES);

        assertProblem(post("orders", token, UUID.randomUUID().toString(), huge), 413, "api.http413");
        // Without a Content-Length (chunked), refused once reading passes the limit.
        HttpResponse<String> chunked = http.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/orders"))
                        .header("Authorization", "Bearer " + token)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                                huge.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(chunked, 413, "api.http413");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM checkout WHERE store_id = ?", tenants.storeId()))
                .isZero();
        assertThat(post("orders", token, UUID.randomUUID().toString(), order(tenants.skuCodeOfA(), "1"))
                        .statusCode())
                .as("an ordinary order still goes through")
                .isEqualTo(201);
    }

    @Test
    void aShopListsItsTokensAndRevokesOneOrTheOneItIsUsing() throws Exception {
        String second = tokenFor(tenants.storeOwner());
        HttpResponse<String> listed = get("tokens", token);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        var live = Json.createReader(new StringReader(listed.body())).readArray();
        assertThat(live).hasSize(2);
        assertThat(listed.body())
                .as("a listed token never shows the token itself")
                .doesNotContain(token)
                .doesNotContain(second);
        assertThat(listed.headers().firstValue("Cache-Control")).hasValue("no-store");

        long older = live.getJsonObject(1).getJsonNumber("id").longValue();
        assertThat(delete("tokens/" + older, second).statusCode()).isEqualTo(204);
        assertProblem(get("orders/999999999", token), 401, "api.unauthenticated");
        assertProblem(delete("tokens/" + older, second), 404, "error.notFound");

        assertThat(delete("tokens/current", second).statusCode()).isEqualTo(204);
        assertProblem(get("tokens", second), 401, "api.unauthenticated");
        assertProblem(get("tokens", null), 401, "api.unauthenticated");
    }

    @Test
    void aShopCannotReadAnotherShopsOrderAndOtherRolesAreRefused() throws Exception {
        HttpResponse<String> created =
                post("orders", token, UUID.randomUUID().toString(), order(tenants.skuCodeOfA(), "1"));
        long orderId = json(created)
                .getJsonArray("orders")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        Tenants other = TestDatabase.twoBrands();
        assertProblem(get("orders/" + orderId, tokenFor(other.storeOwner())), 404, "error.notFound");
        assertThat(get("orders", tokenFor(other.storeOwner())).body()).isEqualTo("[]");
        assertProblem(get("orders", tokenFor(tenants.distributor())), 403, "error.accessDenied");
    }

    @Test
    void anOrderInATradeFairPaysTheFairPriceAndHitsItsCap() throws Exception {
        long fair = TestDatabase.execute(
                "INSERT INTO fair (brand_id, title, starts_at, ends_at, status, invitation_token, created_at) "
                        + "VALUES (?, 'API fair', UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE, UTC_TIMESTAMP(6) + INTERVAL 1 HOUR, 'PUBLISHED', ?, "
                        + "UTC_TIMESTAMP(6))",
                tenants.brandIdA(),
                UUID.randomUUID().toString().replace("-", ""));
        TestDatabase.execute(
                "INSERT INTO fair_offer (fair_id, sku_id, fair_price, allocation, store_cap) VALUES (?, ?, 20.00, 100, 3)",
                fair,
                tenants.skuOfA());
        String body = "{\"fair\": " + fair + ", \"payment\": \"CASH_ON_DELIVERY\", \"lines\": [{\"sku\": \""
                + tenants.skuCodeOfA() + "\", \"cases\": 2}]}";

        String key = UUID.randomUUID().toString();
        HttpResponse<String> kept = post("orders", token, key, body);
        assertThat(kept.statusCode())
                .as("answered once the share is kept: " + kept.body())
                .isEqualTo(202);
        assertThat(json(kept).getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("40.00");
        assertThat(json(kept).getJsonArray("lines").getJsonObject(0).getString("sku"))
                .isEqualTo(tenants.skuCodeOfA());
        String follow = kept.headers().firstValue("Location").orElseThrow();
        String path = follow.substring(follow.indexOf("fair-orders/"));
        assertThat(path)
                .isEqualTo("fair-orders/" + json(kept).getJsonNumber("id").longValue());

        HttpResponse<String> repeated = post("orders", token, key, body);
        assertThat(repeated.statusCode()).isEqualTo(200);
        assertThat(repeated.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(json(repeated).getJsonNumber("id").longValue())
                .isEqualTo(json(kept).getJsonNumber("id").longValue());

        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> !"WAITING".equals(json(get(path, token)).getString("status")));
        JsonObject placed = json(get(path, token));
        assertThat(placed.getString("status")).as(placed.toString()).isEqualTo("PLACED");
        assertThat(placed.getJsonObject("placement")
                        .getJsonArray("orders")
                        .getJsonObject(0)
                        .getString("distributor"))
                .isEqualTo(tenants.distributorName());
        assertThat(placed.getJsonObject("placement").getJsonNumber("total").bigDecimalValue())
                .isEqualByComparingTo("40.00");
        assertProblem(post("orders", token, UUID.randomUUID().toString(), body), 422, "fair.capReached");
        assertProblem(get(path, tokenFor(TestDatabase.twoBrands().storeOwner())), 404, "error.notFound");
        assertProblem(get("fair-orders/999999999", token), 404, "error.notFound");
        assertThat(get("fair-orders/abc", token).statusCode()).isEqualTo(404);
        assertProblem(
                post(
                        "orders",
                        token,
                        UUID.randomUUID().toString(),
                        body.replace("\"fair\": " + fair, "\"fair\": 999999999")),
                404,
                "error.notFound");
        assertProblem(
                post("orders", token, UUID.randomUUID().toString(), body.replace("\"cases\": 2", "\"cases\": -2")),
                422,
                "order.casesPositive");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM fair_claim WHERE fair_id = ?", fair))
                .as("only the first claim")
                .isEqualTo(1);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> document = http.send(
                HttpRequest.newBuilder(URI.create(base.getProtocol() + "://" + base.getAuthority() + "/openapi"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body())
                .contains("/api/v1/orders")
                .contains("Idempotency-Key")
                .contains("/api/v1/tokens");
    }

    private String tokenFor(String username) throws Exception {
        HttpResponse<String> response = post("tokens", null, null, credentials(username, TestDatabase.PASSWORD));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).getString("token");
    }

    private String order(String sku, String casesJson) {
        return "{\"brand\": \"" + brandCode + "\", \"payment\": \"CASH_ON_DELIVERY\", \"lines\": [{\"sku\": \"" + sku
                + "\", \"cases\": " + casesJson + "}]}";
    }

    private static String credentials(String username, String password) {
        return "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}";
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        java.util.Map<String, HttpResponse<String>> responses = new java.util.LinkedHashMap<>();
        // shop/ and admin/...: a protected page asked for without signing in, redirected to the sign-in page by
        // the container's authentication before any filter runs.
        for (String path : java.util.List.of(
                "login.xhtml",
                "register.xhtml",
                "fair-invitation.xhtml?id=1&invitation=wrong",
                "no-such-page.xhtml",
                "jakarta.faces.resource/css/shelfline.css.xhtml",
                "api/v1/orders",
                "api/v1/no-such-thing",
                "shop/",
                "admin/credit/receivables.xhtml")) {
            responses.put(
                    path,
                    http.send(
                            HttpRequest.newBuilder(URI.create(base + path))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString()));
        }
        responses.put(
                "POST api/v1/tokens",
                post("tokens", null, null, credentials(tenants.storeOwner(), TestDatabase.PASSWORD)));
        responses.forEach((path, response) -> {
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("default-src 'self'")
                            .contains("frame-ancestors 'none'")
                            .contains("object-src 'none'"));
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
        });
        assertThat(responses.get("shop/").statusCode())
                .as("the sign-in redirect")
                .isEqualTo(302);
        assertThat(responses.get("POST api/v1/tokens").statusCode()).isEqualTo(201);
        assertThat(responses.get("POST api/v1/tokens").headers().firstValue("Cache-Control"))
                .as("a token is never stored")
                .hasValue("no-store");
    }

    private HttpResponse<String> get(String path, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + "api/v1/" + path)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> delete(String path, String bearer) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/" + path))
                        .DELETE()
                        .header("Authorization", "Bearer " + bearer)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String bearer, String key, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/v1/" + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        JsonStructure structure =
                Json.createReader(new StringReader(response.body())).read();
        return (JsonObject) structure;
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = json(response);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("code")).isEqualTo(code);
        assertThat(problem.getString("detail")).isNotBlank().doesNotContain("Exception");
    }
}
