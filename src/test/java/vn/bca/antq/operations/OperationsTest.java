package vn.bca.antq.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.bca.antq.IntegrationTest;

/**
 * A load balancer asks the health probes without an account; Prometheus reads the metrics with its bearer token and
 * nobody else does; no other actuator endpoint answers. Through the application's real security filters.
 */
@IntegrationTest
class OperationsTest {

    private static final String TOKEN = "test-metrics-token-of-24-chars";

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void theProbesAnswerWithoutAnAccountAndWithoutASession() throws Exception {
        for (String probe :
                new String[] {"/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health"}) {
            MockHttpServletResponse response = anonymous(probe);
            assertThat(response.getStatus()).as(probe).isEqualTo(200);
            assertThat(response.getContentAsString()).as(probe).contains("\"status\":\"UP\"");
            assertThat(response.getHeader("Set-Cookie")).as(probe).isNull();
        }
    }

    @Test
    void theMetricsNeedTheBearerToken() throws Exception {
        assertThat(anonymous("/actuator/prometheus").getStatus()).as("refused").isIn(401, 403);
        assertThat(mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer wrong-token-wrong-token-x"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("refused")
                .isIn(401, 403);

        MockHttpServletResponse metrics = mvc.perform(
                        get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN))
                .andReturn()
                .getResponse();

        assertThat(metrics.getStatus()).isEqualTo(200);
        assertThat(metrics.getContentAsString())
                .contains("antq_vaadin_sessions ")
                .contains("antq_vaadin_uis ")
                .contains("antq_presentation_screens ")
                .contains("jvm_memory_used_bytes")
                .contains("hikaricp_connections_active");
    }

    @Test
    void noOtherActuatorEndpointAnswers() throws Exception {
        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump"}) {
            assertThat(mvc.perform(get(path).header("Authorization", "Bearer " + TOKEN))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(path)
                    .isIn(401, 403, 404);
        }
    }

    private MockHttpServletResponse anonymous(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }
}
