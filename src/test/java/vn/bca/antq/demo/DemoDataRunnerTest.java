package vn.bca.antq.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoDataRunnerTest {

    @Test
    void demoDataIsOnByDefaultWithTheEmbeddedDatabaseOnly() {
        assertThat(DemoDataRunner.isEnabled("", "")).isTrue();
        assertThat(DemoDataRunner.isEnabled(" ", "jdbc:mariadb://db:3306/antq")).isFalse();
    }

    @Test
    void anExplicitFlagOverridesTheDefault() {
        assertThat(DemoDataRunner.isEnabled("true", "jdbc:mariadb://db:3306/antq")).isTrue();
        assertThat(DemoDataRunner.isEnabled("false", "")).isFalse();
    }
}
