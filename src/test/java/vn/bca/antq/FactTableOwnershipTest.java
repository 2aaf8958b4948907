package vn.bca.antq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each fact table has one owner: only its feature package names it in SQL. Everyone else (intake, the demo data)
 * goes through the owner's repository, and figures through its {@code *Facts} queries (see ArchitectureTest).
 */
class FactTableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/vn/bca/antq");
    private static final Map<String, String> OWNERS = Map.of(
            "festival_event", "festival",
            "safety_assessment", "coverage",
            "movement_model", "movementmodel",
            "model_site", "movementmodel",
            "model_type", "movementmodel",
            "exemplar", "movementmodel",
            "award", "award",
            "indicator_value", "indicator");

    @Test
    void onlyTheOwningFeatureNamesAFactTableInSql() throws IOException {
        for (Map.Entry<String, String> owner : OWNERS.entrySet()) {
            assertThat(packagesNamingInSql(owner.getKey())).as(owner.getKey()).containsExactly(owner.getValue());
        }
    }

    @Test
    void theCheckSeesSqlInTextBlocksAndInTheStorageHelper() {
        assertThat(namesInSql("award", "SELECT 1\n  FROM award WHERE x")).isTrue();
        assertThat(namesInSql("award", "new FactTable(jdbc, \"award\", List.of())"))
                .isTrue();
        assertThat(namesInSql("award", "new FigureQuery(\"award\", sql)")).isTrue();
        assertThat(namesInSql("award", "JOIN award_form f")).isFalse();
        assertThat(namesInSql("award", "written.put(\"award\", n)")).isFalse();
    }

    private static Set<String> packagesNamingInSql(String table) throws IOException {
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (namesInSql(table, Files.readString(file))) {
                    packages.add(SOURCES.relativize(file).getName(0).toString());
                }
            }
        }
        return packages;
    }

    private static boolean namesInSql(String table, String source) {
        String name = Pattern.quote(table);
        return Pattern.compile("(?i)\\b(FROM|JOIN|INTO|UPDATE|TABLE)\\s+" + name + "\\b")
                        .matcher(source)
                        .find()
                || Pattern.compile("new (FactTable|FigureQuery)\\((\\w+, )?\"" + name + "\"")
                        .matcher(source)
                        .find();
    }

    static List<String> owners() {
        return List.copyOf(new TreeSet<>(OWNERS.values()));
    }
}
