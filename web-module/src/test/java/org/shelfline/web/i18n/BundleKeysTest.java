package org.shelfline.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in English and Chinese, and every key a page names exists. */
class BundleKeysTest {

    private static final Pattern LABEL_KIND = Pattern.compile("s:label\\('([A-Za-z]+)'");

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([a-zA-Z0-9_.]+)'\\]");

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        Properties english = load("/i18n/messages.properties");
        Properties chinese = load("/i18n/messages_zh_CN.properties");

        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        chinese.stringPropertyNames()
                .forEach(key -> assertThat(chinese.getProperty(key)).as(key).isNotBlank());
    }

    /** MessageFormat takes a lone apostrophe for the start of quoted text: "this fair's limit of {1}" loses its {1}. */
    @Test
    void anApostropheInAMessageWithArgumentsIsDoubled() throws IOException {
        for (String bundle : new String[] {"/i18n/messages.properties", "/i18n/messages_zh_CN.properties"}) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                if (text.matches("(?s).*\\{\\d.*")) {
                    assertThat(text.replace("''", "")).as(bundle + " " + key).doesNotContain("'");
                }
            }
        }
    }

    @Test
    void everyKeyUsedByAPageExists() throws IOException {
        Set<String> known = load("/i18n/messages.properties").stringPropertyNames();
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = PAGE_KEY.matcher(Files.readString(page));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(known).containsAll(used);
    }

    /** A page shows coded values through s:label('Kind', value): every value of every such kind has its text. */
    @Test
    void everyValueOfALabelledKindHasItsText() throws IOException {
        Set<String> known = load("/i18n/messages.properties").stringPropertyNames();
        Map<String, Class<? extends Enum<?>>> kinds = Map.ofEntries(
                Map.entry("CreditTerms", org.shelfline.store.CreditTerms.class),
                Map.entry("VerificationStatus", org.shelfline.store.VerificationStatus.class),
                Map.entry("StoreTier", org.shelfline.store.StoreTier.class),
                Map.entry("SkuStatus", org.shelfline.catalog.SkuStatus.class),
                Map.entry("OrderStatus", org.shelfline.ordering.OrderStatus.class),
                Map.entry("Payment", org.shelfline.ordering.Payment.class),
                Map.entry("RoutingOutcome", org.shelfline.ordering.RoutingOutcome.class),
                Map.entry("Availability", org.shelfline.ordering.Availability.class),
                Map.entry("FairClaimStatus", org.shelfline.fair.FairClaim.Status.class),
                Map.entry("InvoiceKind", org.shelfline.credit.InvoiceKind.class),
                Map.entry("AgeingBucket", org.shelfline.credit.AgeingBucket.class),
                Map.entry("LedgerKind", org.shelfline.credit.LedgerKind.class),
                Map.entry("PaymentMethod", org.shelfline.credit.PaymentMethod.class),
                Map.entry("FairStatus", org.shelfline.fair.FairStatus.class),
                Map.entry("BatchStatus", jakarta.batch.runtime.BatchStatus.class));
        Set<String> labelled = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = LABEL_KIND.matcher(Files.readString(page));
                while (matcher.find()) {
                    labelled.add(matcher.group(1));
                }
            }
        }
        assertThat(labelled).isNotEmpty();
        assertThat(known).contains("common.none");
        for (String kind : labelled) {
            Class<? extends Enum<?>> type = kinds.get(kind);
            if (type == null) {
                // Kept as text in the model (a tier, a hold kind): at least one value must be known.
                assertThat(known).as(kind).anyMatch(key -> key.startsWith("enum." + kind + "."));
                continue;
            }
            for (Enum<?> value : type.getEnumConstants()) {
                assertThat(known).contains("enum." + kind + "." + value.name());
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleKeysTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
