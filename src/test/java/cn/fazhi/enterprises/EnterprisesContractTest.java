package cn.fazhi.enterprises;

import static cn.fazhi.FormTokenRequests.formToken;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The issue-15 contract: an enterprise is registered only with a valid USCC and phone (nothing saved otherwise), its
 * phone is kept sealed and masked, and its desk code opens its portal page only after the legal representative's
 * phone is given; the roles and case number formats of the three modules exist.
 */
@IntegrationTest
class EnterprisesContractTest {

    @Autowired Enterprises enterprises;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void registersWithAValidUsccAndSealsThePhone() {
        EnterpriseView e = EnterpriseFixtures.register(enterprises, "咸安契约测试制造有限公司", "13912340001",
                List.of(new EnterpriseView.Certification("HIGH_TECH", LocalDate.of(2022, 1, 1), LocalDate.of(2025, 1, 1))));
        assertThat(e.phoneMasked()).isEqualTo("139****0001");
        assertThat(e.deskToken()).hasSize(24);
        assertThat(e.certifications()).singleElement().satisfies(c -> {
            assertThat(c.validOn(LocalDate.of(2024, 12, 31))).isTrue();
            assertThat(c.validOn(LocalDate.of(2025, 1, 1))).isFalse();
        });
        assertThat(jdbc.sql("SELECT phone_enc FROM enterprise WHERE id = :id").param("id", e.id()).query(String.class)
                .single()).doesNotContain("13912340001");
        assertThat(enterprises.findByUscc(e.uscc().toLowerCase())).get().extracting(EnterpriseView::id).isEqualTo(e.id());

        String bad = e.uscc().substring(0, 17) + (e.uscc().charAt(17) == '0' ? '1' : '0');
        assertThatThrownBy(() -> enterprises.insert(new EnterpriseCommands.Register(bad, "坏代码公司", null,
                EnterpriseSize.MICRO, "421202001", null, null, null, null, "某", "13912340003", List.of()), "test"))
                .isInstanceOf(UserFacingException.class).hasFieldOrPropertyWithValue("messageKey", "enterprises.error.uscc");
        assertThat(enterprises.findByUscc(bad)).isEmpty();
        assertThatThrownBy(() -> enterprises.insert(new EnterpriseCommands.Register(EnterpriseFixtures.uscc(), "坏证书公司",
                null, EnterpriseSize.MICRO, "421202001", null, null, null, null, "某", "13912340004",
                List.of(new EnterpriseView.Certification("HIGH_TECH", null, null))), "test"))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "enterprises.error.certification");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enterprise WHERE name = '坏证书公司'").query(Long.class).single()).isZero();
    }

    @Test
    void theDeskCodeOpensThePageOnlyWithTheLegalRepresentativesPhone() throws Exception {
        EnterpriseView e = EnterpriseFixtures.register(enterprises, "咸安契约测试解忧码有限公司", "13912340011", List.of());
        // the portal's sessions live in the database (Spring Session): the cookie carries them between requests
        var first = mvc.perform(get("/public/enterprises/code/" + e.deskToken())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(e.name()))).andReturn();
        jakarta.servlet.http.Cookie session = first.getResponse().getCookie("SESSION");
        if (session == null) {
            session = mvc.perform(post("/public/enterprises/code/" + e.deskToken()).param("phone", "13912340012")
                    .with(formToken()).with(csrf())).andReturn().getResponse().getCookie("SESSION");
        }
        mvc.perform(get("/public/enterprises/desk").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(post("/public/enterprises/code/" + e.deskToken()).param("phone", "13912340012").cookie(session)
                        .with(formToken()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("解忧码或手机号码不正确")));
        mvc.perform(post("/public/enterprises/code/" + e.deskToken()).param("phone", "13912340011").cookie(session)
                        .with(formToken()).with(csrf()))
                .andExpect(redirectedUrl("/public/enterprises/desk"));
        mvc.perform(get("/public/enterprises/desk").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("惠企政策查询")));
        mvc.perform(get("/public/enterprises/code/NOSUCHCODE")).andExpect(status().isNotFound());
    }

    @Test
    void rolesAndCaseNumberFormatsExist() {
        assertThat(jdbc.sql("SELECT code FROM app_role WHERE id IN (12, 13, 14) ORDER BY id").query(String.class).list())
                .containsExactly("BUSINESS_DESK", "ERRAND_AGENT", "VILLAGE_CLERK");
        assertThat(jdbc.sql("SELECT case_type FROM case_number_format WHERE case_type IN ('policy_application', "
                + "'enterprise_request', 'sme_complaint', 'errand') ORDER BY case_type").query(String.class).list())
                .containsExactly("enterprise_request", "errand", "policy_application", "sme_complaint");
    }
}
