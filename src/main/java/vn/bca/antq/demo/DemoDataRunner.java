package vn.bca.antq.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Generates the demo data on start when it is enabled and the database has none yet. It runs once every bean is
 * ready (so after Liquibase) but before the web server opens, so nobody sees a half-filled dashboard.
 */
@Component
class DemoDataRunner implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final DemoDataGenerator generator;
    private final boolean enabled;
    private final int scale;

    DemoDataRunner(DemoDataGenerator generator, @Value("${antq.demo.enabled:}") String enabled,
                   @Value("${spring.datasource.url:}") String datasourceUrl, @Value("${antq.demo.scale:1}") int scale) {
        this.generator = generator;
        this.enabled = isEnabled(enabled, datasourceUrl);
        this.scale = scale;
    }

    /** "true" or "false" decide; left blank, demo data goes only into the embedded database (no datasource URL). */
    static boolean isEnabled(String flag, String datasourceUrl) {
        return flag.isBlank() ? datasourceUrl.isBlank() : Boolean.parseBoolean(flag.strip());
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!enabled) {
            log.info("Demo data disabled (antq.demo.enabled / ANTQ_DEMO_DATA)");
        } else if (generator.hasDemoData()) {
            log.info("Demo data already present: not generated again");
        } else {
            DemoReport report = generator.generate(scale);
            log.info("Demo data generated: {} rows in {} ms (scale {}, {} ms building, {} ms writing; {})", report.totalRows(),
                    report.totalMillis(), scale, report.buildMillis(), report.writeMillis(), report.rowsPerTable());
        }
    }
}
