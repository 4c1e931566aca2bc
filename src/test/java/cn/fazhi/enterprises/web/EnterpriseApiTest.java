package cn.fazhi.enterprises.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.enterprises.EnterpriseCommands;
import cn.fazhi.enterprises.EnterpriseFixtures;
import cn.fazhi.enterprises.EnterpriseSize;
import cn.fazhi.enterprises.EnterpriseView;
import cn.fazhi.enterprises.Enterprises;

/**
 * The register's API: registering answers RFC 9457 problems in Chinese and saves nothing on bad input; only
 * {@code enterprises:manage} registers, reissues and imports, and only it sees the desk token; a township reads its own
 * enterprises only (404 otherwise); the import names the bad row in the problem's errors.
 */
@IntegrationTest
class EnterpriseApiTest {

    static final String API = "/api/v1/enterprises";

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired Enterprises enterprises;
    @Autowired JdbcClient jdbc;

    ResultActions call(MockHttpServletRequestBuilder request, String username, String body) throws Exception {
        request.header("Authorization", "Bearer " + TestAccounts.token(mvc, username, TestAccounts.PASSWORD))
                .contentType("application/json");
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    @Test
    void registerReadReissueAndImportWithProblemsAndScope() throws Exception {
        String desk = accounts.create("ead", 44, "BUSINESS_DESK");
        String township = accounts.create("eat", 18, "TOWNSHIP_STAFF");
        String uscc = EnterpriseFixtures.uscc();
        long before = jdbc.sql("SELECT COUNT(*) FROM enterprise").query(Long.class).single();
        String body = "{\"uscc\":\"%s\",\"name\":\"接口测试有限公司\",\"size\":\"SMALL\",\"regionCode\":\"421202001\","
                + "\"legalRep\":\"孙八\",\"phone\":\"%s\",\"certifications\":[{\"code\":\"%s\",\"obtainedOn\":\"2024-01-01\"}]}";
        call(post(API), desk, body.formatted("91421202XXXXXXXXXX", "13912340701", "HIGH_TECH"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.detail", containsString("统一社会信用代码无效")));
        call(post(API), desk, body.formatted(uscc, "13912340701", "NOPE"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("资质认定")));
        call(post(API), desk, "{\"uscc\":").andExpect(status().isBadRequest());
        call(post(API), township, body.formatted(uscc, "13912340701", "HIGH_TECH")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enterprise").query(Long.class).single()).isEqualTo(before);

        String json = call(post(API), desk, body.formatted(uscc, "13912340701", "HIGH_TECH"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.phoneMasked").value("139****0701"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        String token = JsonPath.read(json, "$.deskToken");
        call(post(API), desk, body.formatted(uscc, "13912340701", "HIGH_TECH")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("已登记")));

        call(get(API + "/" + id), township, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.deskToken").value(nullValue()));
        call(get(API).param("q", uscc), township, null).andExpect(jsonPath("$.total").value(1));
        EnterpriseView elsewhere = enterprises.insert(new EnterpriseCommands.Register(EnterpriseFixtures.uscc(),
                "接口测试浮山有限公司", null, EnterpriseSize.MICRO, "421202002", null, null, null, null, "周九",
                "13912340702", List.of()), "test");
        call(get(API + "/" + elsewhere.id()), township, null).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").exists());
        call(get(API).param("pageSize", "9999"), desk, null).andExpect(status().isBadRequest());
        call(get(API + "/" + id + "/inspections"), township, null).andExpect(jsonPath("$.doneThisYear").value(0));

        call(post(API + "/" + id + "/reissue"), township, null).andExpect(status().isForbidden());
        String reissued = JsonPath.read(call(post(API + "/" + id + "/reissue"), desk, null).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$.deskToken");
        assertThat(reissued).isNotEqualTo(token);

        var bad = EnterpriseRegisterPagesTest.xlsx(List.of(
                List.of(EnterpriseFixtures.uscc(), "接口导入甲有限公司", "", "微型", "温泉街道", "", "", "", "", "甲", "13912340711", ""),
                List.of(EnterpriseFixtures.uscc(), "接口导入乙有限公司", "", "微型", "不存在镇", "", "", "", "", "乙", "13912340712", "")));
        mvc.perform(multipart(API + "/import").file(bad)
                        .header("Authorization", "Bearer " + TestAccounts.token(mvc, desk, TestAccounts.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(3));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enterprise WHERE name LIKE '接口导入%'").query(Long.class).single())
                .isZero();
    }
}
