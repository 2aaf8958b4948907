package vn.bca.antq.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.bca.antq.admin.AdministrativeUnits;
import vn.bca.antq.award.Awards;
import vn.bca.antq.coverage.Assessments;
import vn.bca.antq.festival.FestivalSites;
import vn.bca.antq.indicator.ReportedValues;
import vn.bca.antq.movementmodel.ModelRegister;

/**
 * Generates the national demo dataset (2019–2026) under one SYNTHETIC source: built in memory, then written in
 * one transaction. Keeps the report of its last run.
 */
@Service
public class DemoDataGenerator {

    static final long SEED = 20050613L;
    static final String TITLE = "Dữ liệu mô phỏng (không phải số liệu thật)";

    private final AdministrativeUnits units;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final DemoDataWriter writer;
    private volatile @Nullable DemoReport lastRun;

    DemoDataGenerator(
            AdministrativeUnits units,
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            ModelRegister models,
            FestivalSites festivals,
            Assessments assessments,
            Awards awards,
            ReportedValues values) {
        this.units = units;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.writer = new DemoDataWriter(models, festivals, assessments, awards, values);
    }

    public Optional<DemoReport> lastRun() {
        return Optional.ofNullable(lastRun);
    }

    public boolean hasDemoData() {
        return Objects.requireNonNull(
                        jdbc.queryForObject("SELECT COUNT(*) FROM data_source WHERE kind = 'SYNTHETIC'", Integer.class))
                > 0;
    }

    /** The demo data in the database was made by this version of the generator (its calibration), at this scale. */
    public boolean isCurrent(int scale) {
        return Objects.requireNonNull(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM data_source WHERE kind = 'SYNTHETIC' AND reference = ?",
                        Integer.class,
                        reference(scale)))
                > 0;
    }

    public DemoReport generate(int scale) {
        long start = System.nanoTime();
        DemoDataset dataset = build(scale);
        long built = System.nanoTime();
        Map<String, Integer> written = transactions.execute(status -> writer.write(dataset, insertSource(scale)));
        DemoReport report =
                new DemoReport(scale, written, (built - start) / 1_000_000, (System.nanoTime() - built) / 1_000_000);
        lastRun = report;
        return report;
    }

    /** The dataset this generator writes, without writing it. */
    DemoDataset build(int scale) {
        List<ModelRegister.ModelType> kinds = writer.models().types().stream()
                .sorted(Comparator.comparingLong(ModelRegister.ModelType::id))
                .toList();
        return new DatasetBuilder(DemoUnits.of(units), kinds, SEED, scale).build();
    }

    static String reference(int scale) {
        return "demo-generator-v3/seed-" + SEED + "/scale-" + scale;
    }

    private long insertSource(int scale) {
        jdbc.update(
                "INSERT INTO data_source (kind, reference, title, note) VALUES ('SYNTHETIC', ?, ?, ?)",
                reference(scale),
                TITLE,
                "Synthetic demo data made by the demo generator: realistic in scale and trend, but not real figures. "
                        + "Calibrated on the seed articles; see docs/FIGURES.md, 'Calibrating the demo data'.");
        return Objects.requireNonNull(jdbc.queryForObject(
                "SELECT id FROM data_source WHERE kind = 'SYNTHETIC' AND reference = ?", Long.class, reference(scale)));
    }
}
