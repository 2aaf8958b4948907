package vn.bca.antq.base.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Without {@code DB_URL} the application runs on an embedded MariaDB whose data survives restarts. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfig {

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseSettings settings) {
        return EmbeddedMariaDb.start(settings.dataDir(), settings.fresh());
    }

    /** A pool set up like the one of an external database ({@code spring.datasource.hikari.*}). */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb server, EmbeddedDatabaseSettings settings) {
        String url = server.createDatabase(settings.database());
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(url)
                .username("root")
                .password("")
                .build();
    }
}
