package vn.bca.antq.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.base.text.TranslationProvider;
import vn.bca.antq.indicator.Indicator;
import vn.bca.antq.intake.Dataset;
import vn.bca.antq.source.SourceKind;

/** The translation files drift apart easily; these checks keep every language complete. */
class TranslationFilesTest {

    private static final Path FOLDER = Path.of("src/main/resources/vaadin-i18n");
    private static final Path SOURCES = Path.of("src/main/java");
    /**
     * Literal keys in {@code getTranslation("key"...)}, {@code Translations.get(language, "key"...)},
     * {@code Bilingual.text(this, "key"...)}, {@code new XxxRefused("key"...)} and {@code @Menu(title = "key")}.
     */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation\\((?:[^\"(),]+,\\s*)?|Translations\\.get\\([^\"(),]+,\\s*|Bilingual\\.\\w+\\(\\w+,\\s*|Refused\\(|title = )\"([a-z][\\w.-]*\\w)\"");

    @Test
    void everyTranslationFileHasTheSameKeys() throws IOException {
        Map<String, Properties> files = translationFiles();
        assertThat(files.keySet()).containsExactly("translations_en.properties", "translations_vi.properties");
        Set<String> expected = keys(files.get("translations_vi.properties"));
        files.forEach(
                (file, properties) -> assertThat(keys(properties)).as(file).isEqualTo(expected));
    }

    @Test
    void noTranslationIsEmpty() throws IOException {
        translationFiles()
                .forEach((file, properties) -> properties
                        .stringPropertyNames()
                        .forEach(key -> assertThat(properties.getProperty(key))
                                .as(file + ": " + key)
                                .isNotBlank()));
    }

    @Test
    void anyLocaleButEnglishIsServedInVietnameseWhateverTheServersOwnLocale() {
        Locale serverLocale = Locale.getDefault();
        TranslationProvider provider = new TranslationProvider();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(provider.getTranslation("language.label", Locale.of("fr")))
                    .isEqualTo("Ngôn ngữ");
            assertThat(provider.getTranslation("language.label", Locale.of("vi", "VN")))
                    .isEqualTo("Ngôn ngữ");
            assertThat(provider.getTranslation("language.label", Locale.UK)).isEqualTo("Language");
            assertThat(provider.getTranslation("no.such.key", Locale.of("vi"))).isEqualTo("!vi: no.such.key");
        } finally {
            Locale.setDefault(serverLocale);
        }
    }

    @Test
    void everySourceKindHasAName() throws IOException {
        Properties vietnamese = translationFiles().get("translations_vi.properties");
        for (SourceKind kind : SourceKind.values()) {
            assertThat(vietnamese.getProperty("source." + kind.name()))
                    .as(kind.name())
                    .isNotBlank();
        }
    }

    @Test
    void everyIndicatorAndDatasetHasANameInBothLanguages() throws IOException {
        for (Properties file : translationFiles().values()) {
            for (Indicator indicator : Indicator.values()) {
                assertThat(file.getProperty("indicator." + indicator.name()))
                        .as(indicator.name())
                        .isNotBlank();
            }
            for (Dataset dataset : Dataset.values()) {
                assertThat(file.getProperty("dataset." + dataset.name()))
                        .as(dataset.name())
                        .isNotBlank();
            }
        }
        assertThat(Indicator.MODELS_BY_PROVINCIAL_PEOPLES_COMMITTEE.name(Language.EN))
                .isEqualTo("Models launched by the provincial People's Committee");
        assertThat(Indicator.MODELS_BY_PROVINCIAL_PEOPLES_COMMITTEE.name(Language.VI))
                .isEqualTo("Mô hình do UBND tỉnh phát động");
        assertThat(Dataset.FESTIVAL.name(Language.EN)).isEqualTo("Festival sites");
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> known = keys(translationFiles().get("translations_vi.properties"));
        Set<String> used = keysUsedInCode();
        assertThat(used).contains("overview.menu", "figure.no-data", "not-found.title", "template.guide.due");
        assertThat(known).containsAll(used);
    }

    private static Map<String, Properties> translationFiles() throws IOException {
        Map<String, Properties> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(FOLDER)) {
            for (Path path : paths.filter(p -> p.getFileName().toString().matches("translations.*\\.properties"))
                    .toList()) {
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                files.put(path.getFileName().toString(), properties);
            }
        }
        return files;
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Set<String> keysUsedInCode() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> paths = Files.walk(SOURCES)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(path));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        return used;
    }
}
