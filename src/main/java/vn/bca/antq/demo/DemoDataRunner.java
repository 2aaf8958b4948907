package vn.bca.antq.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import vn.bca.antq.base.DemoSettings;

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

    DemoDataRunner(DemoDataGenerator generator, DemoSettings settings) {
        this.generator = generator;
        this.enabled = settings.enabled();
        this.scale = settings.scale();
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!enabled) {
            log.info("Demo data disabled (antq.demo.enabled / ANTQ_DEMO_DATA)");
        } else if (generator.hasDemoData()) {
            log.info("Demo data already present: not generated again");
            if (!generator.isCurrent(scale)) {
                log.warn(
                        "The demo data was made by an older version of the generator (its figures are calibrated differently): "
                                + "stop the app, delete the embedded database (ANTQ_DATA_DIR) and start again for the current demo data");
            }
        } else {
            DemoReport report = generator.generate(scale);
            log.info(
                    "Demo data generated: {} rows in {} ms (scale {}, {} ms building, {} ms writing; {})",
                    report.totalRows(),
                    report.totalMillis(),
                    scale,
                    report.buildMillis(),
                    report.writeMillis(),
                    report.rowsPerTable());
        }
    }
}
