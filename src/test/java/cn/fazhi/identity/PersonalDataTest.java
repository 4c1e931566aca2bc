package cn.fazhi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;

/** Resident ID and phone numbers: encrypted at rest, masked on pages, revealed only with a permission, audited. */
@IntegrationTest
class PersonalDataTest {

    private static final String ID = "11010519491231002X";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    TestAccounts testAccounts;

    private long createWithPersonalData() throws Exception {
        String name = "pd" + System.nanoTime() % 1000000;
        mvc.perform(post("/admin/users").with(cn.fazhi.FormTokenRequests.formToken()).with(user(accounts.loadDetails("admin").orElseThrow())).with(csrf())
                        .param("username", name).param("displayName", "个人信息测试").param("unitId", "18")
                        .param("roleIds", "4").param("password", "Init@Pass2026").param("enabled", "true")
                        .param("idNumber", ID).param("phone", "13907159999"))
                .andExpect(status().is3xxRedirection());
        return testAccounts.idOf(name);
    }

    @Test
    void personalDataIsEncryptedAtRest() throws Exception {
        long id = createWithPersonalData();
        String stored = jdbc.sql("SELECT id_number_enc || ' ' || phone_enc FROM app_user WHERE id = :id").param("id", id)
                .query(String.class).single();
        assertThat(stored).doesNotContain("110105").doesNotContain("1390715").startsWith("v1:");
    }

    @Test
    void listsShowMaskedValuesOnly() throws Exception {
        createWithPersonalData();
        mvc.perform(get("/admin/users").with(user(accounts.loadDetails("admin").orElseThrow())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1101**********002X")))
                .andExpect(content().string(containsString("139****9999")))
                .andExpect(content().string(not(containsString(ID))));
    }

    @Test
    void revealNeedsThePermissionAndIsAudited() throws Exception {
        long id = createWithPersonalData();
        String leader = testAccounts.create("ld", 3, "LEADER");
        mvc.perform(post("/admin/users/" + id + "/reveal").param("field", "idNumber")
                        .with(user(accounts.loadDetails(leader).orElseThrow())).with(csrf()))
                .andExpect(status().isForbidden());
        long before = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'identity.personalData.revealed' AND target_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single();
        mvc.perform(post("/admin/users/" + id + "/reveal").param("field", "idNumber")
                        .with(user(accounts.loadDetails("admin").orElseThrow())).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString(ID)));
        long after = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'identity.personalData.revealed' AND target_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single();
        assertThat(after).isEqualTo(before + 1);
    }

    @Test
    void anInvalidIdNumberIsRefusedAndNothingIsSaved() throws Exception {
        String name = "bad" + System.nanoTime() % 1000000;
        mvc.perform(post("/admin/users").with(cn.fazhi.FormTokenRequests.formToken()).with(user(accounts.loadDetails("admin").orElseThrow())).with(csrf())
                        .param("username", name).param("displayName", "校验位错误").param("unitId", "18")
                        .param("password", "Init@Pass2026").param("enabled", "true").param("idNumber", "110105194912310021"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("校验位不正确")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = :u").param("u", name).query(Long.class).single())
                .isZero();
    }
}
