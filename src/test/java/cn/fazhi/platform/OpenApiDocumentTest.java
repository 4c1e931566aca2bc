package cn.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;

/**
 * The API is described in OpenAPI; the committed snapshot docs/openapi.json lists the same paths as the running
 * application (regenerate it from target/openapi.json when the API changes).
 */
@IntegrationTest
class OpenApiDocumentTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theApiIsDescribedAndTheSnapshotIsCurrent() throws Exception {
        String live = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi.json"), live);
        Set<String> livePaths = new TreeSet<>(JsonPath.<Map<String, Object>>read(live, "$.paths").keySet());
        assertThat(livePaths).contains("/api/v1/auth/token", "/api/v1/calendar/deadline", "/api/v1/calendar/days/{date}",
                "/api/v1/me", "/api/v1/users", "/api/v1/units", "/api/v1/regions", "/api/v1/audit/events",
                "/api/v1/audit/verification", "/api/v1/tokens");
        Path snapshot = Path.of("docs", "openapi.json");
        assertThat(snapshot).exists();
        Set<String> documented = new TreeSet<>(JsonPath.<Map<String, Object>>read(Files.readString(snapshot), "$.paths").keySet());
        assertThat(documented).as("docs/openapi.json is stale: copy target/openapi.json").isEqualTo(livePaths);
    }
}
