package vn.bca.antq.base.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded MariaDB used when no {@code DB_URL} is given: where it keeps its data ({@code ANTQ_DATA_DIR}), whether
 * it starts empty every time (tests), and the name of the database it creates.
 */
@ConfigurationProperties("antq.embedded-db")
public record EmbeddedDatabaseSettings(
        @DefaultValue("./data/mariadb") Path dataDir,
        @DefaultValue("false") boolean fresh,
        @DefaultValue("antq") String database) {

    public EmbeddedDatabaseSettings {
        if (!database.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException(
                    "antq.embedded-db.database must be 1–64 letters, digits or _, not '" + database + "'");
        }
    }
}
