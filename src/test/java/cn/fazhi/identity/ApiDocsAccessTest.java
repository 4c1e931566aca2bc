package cn.fazhi.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.HardenedSettings;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;

/** With {@code fazhi.api-docs.public=false} (the prod default) the API description and Swagger UI need an administrator. */
@HardenedSettings
class ApiDocsAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    TestAccounts testAccounts;

    @Test
    void apiDocsAndSwaggerUiNeedASignedInAdministrator() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/swagger-ui.html")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        var mediator = accounts.loadDetails(testAccounts.create("docs", 18, "MEDIATOR")).orElseThrow();
        mvc.perform(get("/v3/api-docs").with(user(mediator))).andExpect(status().isForbidden());
        var admin = accounts.loadDetails("admin").orElseThrow();
        mvc.perform(get("/v3/api-docs").with(user(admin))).andExpect(status().isOk());
    }
}
