package vn.bca.antq.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.bca.antq.IntegrationTest;

/**
 * The figure cache keeps what a read returned after a change was announced, so a read inside a transaction must see
 * what other transactions committed since that transaction began (READ COMMITTED), not the snapshot of its first read.
 * Under MariaDB's default (REPEATABLE READ), a background job's figures showed an import as not yet approved.
 */
@IntegrationTest
class TransactionIsolationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void createProbe() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS isolation_probe (id INT PRIMARY KEY, state VARCHAR(20))");
        jdbc.update("DELETE FROM isolation_probe");
        jdbc.update("INSERT INTO isolation_probe VALUES (1, 'PENDING')");
    }

    @AfterEach
    void dropProbe() {
        jdbc.execute("DROP TABLE isolation_probe");
    }

    @Test
    void aTransactionReadsWhatAnotherCommittedAfterItsFirstRead() {
        String seen = transactions.execute(status -> {
            String before = state();
            CompletableFuture.runAsync(() -> jdbc.update("UPDATE isolation_probe SET state = 'APPROVED' WHERE id = 1"))
                    .join();
            return before + " → " + state();
        });

        assertThat(seen).isEqualTo("PENDING → APPROVED");
    }

    private String state() {
        return jdbc.queryForObject("SELECT state FROM isolation_probe WHERE id = 1", String.class);
    }
}
