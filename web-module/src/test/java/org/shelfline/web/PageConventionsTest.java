package org.shelfline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Conventions every page keeps. A form's text, number, money and long-text inputs come from the field tags
 * (WEB-INF/tags), so each has its label, its message underneath and the phone keyboard that suits it. A page's
 * text comes from its own keys ({@code page.<path>.*}) or shared ones ({@code label.*}, a domain's keys): a key
 * borrowed from another page changes there for that page's sake.
 */
class PageConventionsTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern FIELD_BLOCK =
            Pattern.compile("<div class=\"field\">((?:(?!</div>).)*)</div>", Pattern.DOTALL);
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['(page\\.[\\w.]+)'\\]");
    private static final Pattern TAGGED_INPUT =
            Pattern.compile("<p:inputText(area)?\\s(?![^>]*type=\"(date|datetime-local)\")");

    @Test
    void pagesTakeTheirTextInputsFromTheFieldTags() throws IOException {
        List<String> handWritten = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path page :
                    files.filter(path -> path.toString().endsWith(".xhtml")).toList()) {
                pages++;
                if (page.startsWith(PAGES.resolve("WEB-INF/tags"))) {
                    continue;
                }
                Matcher block = FIELD_BLOCK.matcher(Files.readString(page));
                while (block.find()) {
                    if (TAGGED_INPUT.matcher(block.group(1)).find()) {
                        handWritten.add(PAGES.relativize(page) + ": "
                                + block.group(1).strip().lines().findFirst().orElse(""));
                    }
                }
            }
        }
        assertThat(pages).as("pages found").isGreaterThan(20);
        assertThat(handWritten)
                .as("use s:textField, s:numberField, s:moneyField or s:textArea")
                .isEmpty();
    }

    @Test
    void aPageUsesOnlyItsOwnPageKeys() throws IOException {
        List<String> borrowed = new ArrayList<>();
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path page :
                    files.filter(path -> path.toString().endsWith(".xhtml")).toList()) {
                String path = PAGES.relativize(page).toString().replace('\\', '/');
                String own = "page."
                        + path.substring(0, path.length() - ".xhtml".length()).replace('/', '.') + ".";
                // admin/fairs/fair.xhtml may also use the folder's page.admin.fairs.* keys; login.xhtml has no folder.
                String folder = path.contains("/") ? own.substring(0, own.lastIndexOf('.', own.length() - 2) + 1) : own;
                Matcher key = PAGE_KEY.matcher(Files.readString(page));
                while (key.find()) {
                    String used = key.group(1);
                    // A link to another page shows that page's title; templates and tags serve many pages.
                    boolean allowed = used.endsWith(".title")
                            || !path.startsWith("WEB-INF/") && (used.startsWith(own) || used.startsWith(folder));
                    if (!allowed) {
                        borrowed.add(path + ": " + used);
                    }
                }
            }
        }
        assertThat(borrowed)
                .as("use the page's own key or a shared label.* key")
                .isEmpty();
    }
}
