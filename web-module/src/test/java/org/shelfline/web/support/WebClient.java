package org.shelfline.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A cookie-keeping HTTP client that fills in and submits the application's real Faces forms (view state
 * included), without a browser. Redirects are not followed, so tests can see each one.
 */
public final class WebClient {

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final String language;

    public WebClient(URL base) {
        this(base, null);
    }

    /** A client whose every request prefers {@code acceptLanguage} (null: says nothing), as a browser set to that language. */
    public WebClient(URL base, String acceptLanguage) {
        this.language = acceptLanguage;
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET());
    }

    /** GET as a browser whose preferred languages are {@code acceptLanguage}. */
    public Page getInLanguage(String path, String acceptLanguage) {
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Accept-Language", acceptLanguage)
                .GET());
    }

    /** GET, then follow redirects (at most five) to the page a browser would end on. */
    public Page open(String path) {
        Page page = get(path);
        for (int hops = 0; hops < 5 && page.isRedirect(); hops++) {
            page = send(
                    HttpRequest.newBuilder(page.uri().resolve(page.location())).GET());
        }
        return page;
    }

    /** Submits form {@code formId} of {@code page} with its current values, overridden by {@code fields}. */
    public Page submit(Page page, String formId, Map<String, String> fields, String button) {
        Element form = page.document().getElementById(formId);
        if (form == null) {
            throw new IllegalStateException("No form " + formId + " on " + page.uri() + ":\n" + page.body());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if (!type.equals("submit") && !type.equals("button")) {
                values.put(input.attr("name"), input.val());
            }
        }
        values.putAll(fields);
        values.put(button, "");
        return post(URI.create(page.uri().resolve(form.attr("action")).toString()), values);
    }

    public Page post(URI uri, Map<String, String> values) {
        String body = values.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in through the login page; returns the response to the form post. */
    public Page signIn(String username, String password) {
        Page login = get("login.xhtml");
        return submit(
                login,
                "signInForm",
                Map.of("signInForm:username", username, "signInForm:password", password),
                "signInForm:submit");
    }

    public List<String> cookieHeaders(Page page) {
        return page.headers().allValues("Set-Cookie");
    }

    public URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            if (language != null) {
                request.setHeader("Accept-Language", language);
            }
            HttpResponse<String> response = http.send(
                    request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.uri(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One HTTP response. */
    public record Page(int status, URI uri, String body, HttpHeaders headers) {

        public boolean isRedirect() {
            return status / 100 == 3;
        }

        public String location() {
            return headers.firstValue("Location").orElse("");
        }

        public Document document() {
            return Jsoup.parse(body, uri.toString());
        }

        public String heading() {
            Element h1 = document().selectFirst("h1");
            return h1 == null ? "" : h1.text();
        }

        public String text(String cssSelector) {
            Element element = document().selectFirst(cssSelector);
            return element == null ? "" : element.text();
        }
    }
}
