package io.sellercenter.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages are complete and templates hold no literal text: every word comes from a bundle. */
class I18nTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var reader =
                new InputStreamReader(Files.newInputStream(RESOURCES.resolve(name)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void englishAndChineseBundlesHaveTheSameKeysAndNoEmptyValues() throws IOException {
        var english = bundle("messages.properties");
        var chinese = bundle("messages_zh.properties");

        assertThat(chinese.stringPropertyNames())
                .as("keys missing in Chinese")
                .containsAll(english.stringPropertyNames());
        assertThat(english.stringPropertyNames())
                .as("keys missing in English")
                .containsAll(chinese.stringPropertyNames());
        english.forEach((k, v) -> assertThat(v.toString()).as(k.toString()).isNotBlank());
        chinese.forEach((k, v) -> assertThat(v.toString()).as(k.toString()).isNotBlank());
    }

    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
        // MessageFormat reads a lone ' as the start of quoted text: "the buyer's choice ({0})" would print
        // "the buyers choice ({0})"
        for (var name : new String[] {"messages.properties", "messages_zh.properties"}) {
            var bundle = bundle(name);
            var lone = Pattern.compile("(?<!')'(?!')");
            var offences = bundle.stringPropertyNames().stream()
                    .filter(k -> bundle.getProperty(k).matches("(?s).*\\{[0-9]+.*"))
                    .filter(k -> lone.matcher(bundle.getProperty(k)).find())
                    .toList();
            assertThat(offences).as(name).isEmpty();
            bundle.stringPropertyNames().stream()
                    .filter(k -> bundle.getProperty(k).matches("(?s).*\\{[0-9]+.*"))
                    .forEach(k -> assertThat(
                                    new MessageFormat(bundle.getProperty(k)).format(new Object[] {"A", "B", "C"}))
                            .as(k)
                            .doesNotContain("{0}"));
        }
    }

    @Test
    void chineseBundleIsTranslated() throws IOException {
        var chinese = bundle("messages_zh.properties");
        var han = Pattern.compile("\\p{IsHan}");
        var untranslated = chinese.stringPropertyNames().stream()
                .filter(k -> !k.startsWith("lang."))
                // a list's pattern is only its items and the Chinese enumeration comma
                .filter(k -> !k.startsWith("list."))
                .filter(k -> !han.matcher(chinese.getProperty(k)).find())
                .toList();

        assertThat(untranslated)
                .as("Chinese values without a Chinese character")
                .isEmpty();
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        var offences = new ArrayList<String>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
            for (var template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                var html = Files.readString(template);
                var text = html.replaceAll("(?s)<!--.*?-->", "")
                        .replaceAll("(?s)<script.*?</script>", "")
                        .replaceAll("(?s)<style.*?</style>", "")
                        .replaceAll("<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", " ")
                        .replaceAll("&[a-z]+;", " ");
                var letters = Pattern.compile("[\\p{L}]{2,}").matcher(text);
                while (letters.find()) {
                    offences.add(template.getFileName() + ": text '" + letters.group() + "'");
                }
                var attributes = Pattern.compile("(?<![:\\w-])(placeholder|title|alt|aria-label|label)=\"([^\"]*)\"")
                        .matcher(html);
                while (attributes.find()) {
                    if (attributes.group(2).matches(".*\\p{L}.*")) {
                        offences.add(template.getFileName() + ": attribute " + attributes.group());
                    }
                }
            }
        }

        assertThat(offences).isEmpty();
    }

    @Test
    void problemCodesThrownInTheCodeHaveMessagesInBothLanguages() throws IOException {
        var english = bundle("messages.properties");
        var codes = new ArrayList<String>();
        var thrown = Pattern.compile("Exception\\(\\s*\"([A-Z][A-Z_]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (var source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = thrown.matcher(Files.readString(source));
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }

        assertThat(codes).isNotEmpty();
        assertThat(codes.stream()
                        .filter(c -> !english.containsKey("problem." + c) && !english.containsKey("field." + c)))
                .as("codes without a message")
                .isEmpty();
    }
}
