package cn.fazhi.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.fazhi.IntegrationTest;
import cn.fazhi.identity.domain.UserAccounts;

/** Administrators create and edit units and villages; conflicts, cycles and bad codes are refused; all audited. */
@IntegrationTest
class UnitAdministrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.loadDetails("admin").orElseThrow())).with(csrf());
    }

    private long createUnit(String code, String name) throws Exception {
        mvc.perform(asAdmin(post("/admin/units").with(cn.fazhi.FormTokenRequests.formToken())).param("code", code).param("name", name).param("shortName", name)
                        .param("type", "DEPARTMENT").param("parentId", "3").param("regionCode", "421202")
                        .param("uscc", "").param("active", "true"))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("SELECT id FROM unit WHERE code = :c").param("c", code).query(Long.class).single();
    }

    @Test
    void aUnitIsCreatedAndAudited() throws Exception {
        String code = "T-" + System.nanoTime() % 100000;
        long id = createUnit(code, "测试单位" + code);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'organisation.unit.created' AND target_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aStaleEditIsAConflictNotALostUpdate() throws Exception {
        String code = "V-" + System.nanoTime() % 100000;
        long id = createUnit(code, "版本单位" + code);
        MockHttpServletRequestBuilder edit = asAdmin(post("/admin/units/" + id)).param("code", code)
                .param("shortName", "简称").param("type", "DEPARTMENT").param("parentId", "3")
                .param("regionCode", "421202").param("active", "true").param("version", "0");
        mvc.perform(edit.param("name", "第一次修改" + code)).andExpect(status().is3xxRedirection());
        mvc.perform(asAdmin(post("/admin/units/" + id)).param("code", code).param("name", "第二次修改" + code)
                        .param("shortName", "简称").param("type", "DEPARTMENT").param("parentId", "3")
                        .param("regionCode", "421202").param("active", "true").param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已被他人修改")));
        assertThat(jdbc.sql("SELECT name FROM unit WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("第一次修改" + code);
    }

    @Test
    void aUnitCannotBeMovedUnderItsOwnSubUnit() throws Exception {
        mvc.perform(asAdmin(post("/admin/units/17")).param("code", "XA-WQ").param("name", "咸安区温泉街道办事处")
                        .param("shortName", "温泉街道").param("type", "TOWNSHIP_GOVERNMENT").param("parentId", "18")
                        .param("regionCode", "421202001").param("active", "true"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("下级")));
        assertThat(jdbc.sql("SELECT parent_id FROM unit WHERE id = 17").query(Long.class).single()).isEqualTo(3L);
    }

    @Test
    void aWrongUsccIsRefused() throws Exception {
        String code = "U-" + System.nanoTime() % 100000;
        mvc.perform(asAdmin(post("/admin/units").with(cn.fazhi.FormTokenRequests.formToken())).param("code", code).param("name", "信用代码错误" + code)
                        .param("shortName", "x").param("type", "DEPARTMENT").param("regionCode", "421202")
                        .param("uscc", "91110000600037341M").param("active", "true"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("GB 32100")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM unit WHERE code = :c").param("c", code).query(Long.class).single()).isZero();
    }

    @Test
    void missingRequiredFieldsGiveChineseMessages() throws Exception {
        mvc.perform(asAdmin(post("/admin/units").with(cn.fazhi.FormTokenRequests.formToken())).param("code", "").param("name", "").param("shortName", "")
                        .param("regionCode", "421202"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("单位代码为必填项")))
                .andExpect(content().string(containsString("单位全称为必填项")));
    }

    @Test
    void villagesNeedATwelveDigitCodeUnderTheirTownship() throws Exception {
        mvc.perform(asAdmin(post("/admin/regions")).param("township", "421202001").param("code", "421202002999")
                        .param("name", "错误村"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("421202001")));
        String code = "421202001" + String.format("%03d", System.nanoTime() % 1000);
        jdbc.sql("DELETE FROM region WHERE code = :c").param("c", code).update();
        mvc.perform(asAdmin(post("/admin/regions")).param("township", "421202001").param("code", code).param("name", "测试社区"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT parent_code FROM region WHERE code = :c").param("c", code).query(String.class).single())
                .isEqualTo("421202001");
    }
}
