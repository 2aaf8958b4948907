package vn.bca.antq.base.db;

import javax.sql.DataSource;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Without {@code DB_URL} the application runs on an embedded MariaDB whose data survives restarts. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfig {

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(@Value("${antq.embedded-db.data-dir}") Path dataDir,
                                    @Value("${antq.embedded-db.fresh:false}") boolean fresh) {
        return EmbeddedMariaDb.start(dataDir, fresh);
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb server, @Value("${antq.embedded-db.database:antq}") String database) {
        String url = server.createDatabase(database);
        return DataSourceBuilder.create().url(url).username("root").password("").build();
    }
}
