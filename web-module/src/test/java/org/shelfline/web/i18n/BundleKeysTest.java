package org.shelfline.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every text exists in English and Chinese, and every key a page names exists. */
class BundleKeysTest {

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([a-zA-Z0-9_.]+)'\\]");

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        Properties english = load("/i18n/messages.properties");
        Properties chinese = load("/i18n/messages_zh_CN.properties");

        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        chinese.stringPropertyNames().forEach(key -> assertThat(chinese.getProperty(key)).as(key).isNotBlank());
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

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleKeysTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
