package cn.fazhi.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;

@IntegrationTest
class LoginSmokeTest {

    @Autowired
    MockMvc mvc;

    @Test
    void demoAdministratorSignsIn() throws Exception {
        mvc.perform(formLogin().user("admin").password("Fazhi@2026")).andExpect(authenticated().withUsername("admin"));
    }
}
