package vn.bca.antq.intake.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heap budget of one upload, proven rather than estimated: a separate JVM with a heap of {@value #BUDGET_MB} MB
 * reads, one after the other, the largest files the default limits accept and every attack that once ran the
 * server out of memory. Each must end as expected (read, or refused with its reason) without an OutOfMemoryError.
 * The server reads at most {@link UploadLimits#parallelReads} files at once, so its uploads need at most that many
 * times this budget.
 */
class UploadHeapBudgetTest {

    static final int BUDGET_MB = 64;

    @TempDir
    Path files;

    @Test
    void everyFileTheLimitsAllowAndEveryAttackIsReadWithinSixtyFourMegabytesOfHeap() throws Exception {
        UploadLimits limits = UploadLimits.defaults();
        Map<String, byte[]> cases = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        put(cases, expected, "largest.csv", HostileUploads.largestCsv(limits), "OK");
        put(cases, expected, "largest.xlsx", HostileUploads.largestWorkbook(limits), "OK");
        put(cases, expected, "largest.xls", HostileUploads.oldWorkbook(limits.maxCells() / 12 - 1), "OK");
        put(cases, expected, "too-many-cells.xls", HostileUploads.oldWorkbook(33_000), "intake.file.too-many-cells");
        put(
                cases,
                expected,
                "repeated-rows.ods",
                HostileUploads.repeatedOds(60, 1_048_576),
                "intake.file.too-many-cells");
        put(
                cases,
                expected,
                "repeated-cells.ods",
                HostileUploads.repeatedOds(16_384, 1_048_576),
                "intake.file.too-many-columns");
        put(
                cases,
                expected,
                "far-cell.xlsx",
                Files.readAllBytes(Path.of("src/test/resources/intake/files/far-cell.xlsx")),
                "intake.file.too-many-columns");
        put(cases, expected, "wide.csv", HostileUploads.wideCsv(60_000, 2_000), "intake.file.too-many-columns");
        put(cases, expected, "fourteen-parts.xlsx", HostileUploads.extraParts(14, 94), "intake.file.part-too-large");
        put(cases, expected, "lying-sheet.xlsx", HostileUploads.lyingSheet(60), "intake.file.part-too-large");
        put(
                cases,
                expected,
                "many-strings.xlsx",
                HostileUploads.sharedStrings(300_001, 3),
                "intake.file.too-many-cells");
        put(
                cases,
                expected,
                "long-strings.xlsx",
                HostileUploads.sharedStrings(1_001, 6_000),
                "intake.file.too-much-text");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + BUDGET_MB + "m",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                Probe.class.getName()));
        for (Map.Entry<String, byte[]> file : cases.entrySet()) {
            Path path = files.resolve(file.getKey());
            Files.write(path, file.getValue());
            command.add(path.toString());
            command.add(expected.get(file.getKey()));
        }

        Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.waitFor(5, TimeUnit.MINUTES)).isTrue();

        System.out.print(output);
        assertThat(output).doesNotContain("OutOfMemoryError").doesNotContain("MISMATCH");
        assertThat(probe.exitValue()).as(output).isZero();
        assertThat(output.lines().filter(line -> line.startsWith("read ")).count())
                .isEqualTo(cases.size());
    }

    private static void put(
            Map<String, byte[]> cases, Map<String, String> expected, String name, byte[] content, String outcome) {
        cases.put(name, content);
        expected.put(name, outcome);
    }

    /** Runs in the small JVM: reads each file as the server does and prints its outcome and the heap's peak. */
    public static final class Probe {
        public static void main(String[] args) throws IOException {
            SpreadsheetReader reader = new SpreadsheetReader(UploadLimits.defaults());
            boolean allAsExpected = true;
            for (int i = 0; i < args.length; i += 2) {
                Path file = Path.of(args[i]);
                String outcome;
                long start = System.nanoTime();
                try {
                    RawTable table = reader.read(file.getFileName().toString(), Files.readAllBytes(file));
                    outcome = "OK (" + table.rows().size() + " rows)";
                } catch (FileRejectedException e) {
                    outcome = e.messageKey();
                }
                boolean asExpected = outcome.startsWith(args[i + 1]);
                allAsExpected &= asExpected;
                System.out.printf(
                        "read %s (%,d KB): %s in %d ms, heap peak %d MB%s%n",
                        file.getFileName(),
                        Files.size(file) / 1024,
                        outcome,
                        (System.nanoTime() - start) / 1_000_000,
                        heapPeakMegabytes(),
                        asExpected ? "" : " MISMATCH, expected " + args[i + 1]);
            }
            System.exit(allAsExpected ? 0 : 1);
        }

        private static long heapPeakMegabytes() {
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                    pool.resetPeakUsage();
                }
            }
            return peak / (1024 * 1024);
        }
    }
}
