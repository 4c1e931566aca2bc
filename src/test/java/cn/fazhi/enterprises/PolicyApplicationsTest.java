package cn.fazhi.enterprises;

import static cn.fazhi.FormTokenRequests.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * Policies and their applications against the whole application: the desk keeps a policy (bad input saves nothing),
 * publishes it; an application is accepted only from an eligible enterprise (re-checked at submission, the explanation
 * stored), once at a time; only the deciding unit decides (others: 403, or 404 outside its scope), returns once,
 * grants within the cap and records the payment; the enterprise on the portal sees the match with its reasons, applies
 * and sees only its own applications; the figures follow.
 */
@IntegrationTest
class PolicyApplicationsTest {

    static final String API = "/api/v1/enterprises";

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired Enterprises enterprises;
    @Autowired Indicators indicators;
    @Autowired UserAccounts userAccounts;

    long unit;
    long otherUnit;
    String decider;
    String other;
    String desk;
    String suffix;

    @BeforeEach
    void setUp() {
        unit = newUnit("政策测试局");
        otherUnit = newUnit("政策旁观局");
        decider = accounts.create("pad", unit, "UNIT_STAFF");
        other = accounts.create("pao", otherUnit, "UNIT_STAFF");
        desk = accounts.create("pak", 44, "BUSINESS_DESK");
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    long newUnit(String name) {
        String s = UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO unit (code, name, short_name, type, region_code) VALUES (:c, :n, :s, 'DEPARTMENT', '421202')")
                .param("c", "PA" + s).param("n", name + s).param("s", "策" + s).update();
        return jdbc.sql("SELECT id FROM unit WHERE code = :c").param("c", "PA" + s).query(Long.class).single();
    }

    ResultActions call(MockHttpServletRequestBuilder request, String username, String body) throws Exception {
        request.header("Authorization", "Bearer " + TestAccounts.token(mvc, username, TestAccounts.PASSWORD))
                .contentType("application/json");
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    static long id(ResultActions r) throws Exception {
        return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    static int version(ResultActions r, String path) throws Exception {
        return JsonPath.read(r.andReturn().getResponse().getContentAsString(), path);
    }

    String policy(String title, String conditions) {
        return "{\"issuerUnitId\":44,\"deciderUnitId\":" + unit + ",\"title\":\"" + title + "\",\"docNumber\":\"咸安测〔2026〕1号\","
                + "\"summary\":\"测试政策摘要\",\"benefit\":\"一次性奖励\",\"amountCap\":100000,\"validFrom\":\"2026-01-01\","
                + "\"validTo\":\"2030-12-31\",\"conditions\":" + conditions + "}";
    }

    EnterpriseView enterprise(String name, String region, String phone) {
        return enterprises.insert(new EnterpriseCommands.Register(EnterpriseFixtures.uscc(), name, "C1391",
                EnterpriseSize.SMALL, region, LocalDate.of(2020, 5, 1), new BigDecimal("1800"), 45, "咸安区测试路1号", "测试法人",
                phone, List.of()), "test");
    }

    String apply(long policy, long enterprise) {
        return "{\"policyId\":" + policy + ",\"enterpriseId\":" + enterprise + ",\"benefitRequested\":\"一次性奖励\","
                + "\"amountRequested\":80000,\"statement\":\"本企业符合条件，申请兑现。\",\"materials\":\"营业执照复印件\"}";
    }

    BigDecimal figure(String id) {
        return indicators.find(id).orElseThrow().value(IndicatorQuery.year(LocalDate.now().getYear(), "421202",
                new DataScope(ScopeLevel.UNIT, unit, "421202")));
    }

    @Test
    void fromThePolicyThroughEligibilityToTheGrantAndPayment() throws Exception {
        String conditions = "[{\"attribute\":\"REGION\",\"operator\":\"IN\",\"value\":\"421202001\"},"
                + "{\"attribute\":\"REVENUE\",\"operator\":\"GE\",\"value\":\"1000\"}]";
        long policiesBefore = jdbc.sql("SELECT COUNT(*) FROM enterprise_policy").query(Long.class).single();
        call(post(API + "/policies"), desk, policy("坏条件" + suffix, "[{\"attribute\":\"REVENUE\",\"operator\":\"IN\",\"value\":\"1\"}]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("第 1 个申报条件的运算符不适用于该属性。"));
        call(post(API + "/policies"), desk, policy("", conditions)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请填写政策名称（不超过300字）。"));
        call(post(API + "/policies"), decider, policy("无权新增" + suffix, conditions)).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enterprise_policy").query(Long.class).single()).isEqualTo(policiesBefore);

        ResultActions created = call(post(API + "/policies"), desk, policy("温泉测试奖励" + suffix, conditions))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"));
        long policy = id(created);
        call(post(API + "/policies/" + policy + "/publish?version=0"), desk, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));

        EnterpriseView wenquan = enterprise("温泉政策测试有限公司" + suffix, "421202001", "13977710001");
        EnterpriseView fushan = enterprise("浮山政策测试有限公司" + suffix, "421202002", "13977710002");
        long before = jdbc.sql("SELECT COUNT(*) FROM policy_application").query(Long.class).single();
        call(post(API + "/policy-applications"), desk, apply(policy, fushan.id())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("企业暂不符合该政策的申报条件：不符合：注册地在浮山街道，不在温泉街道"));
        call(post(API + "/policy-applications"), desk, apply(policy, wenquan.id()).replace("80000", "100001"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("100000")));
        call(post(API + "/policy-applications"), decider, apply(policy, wenquan.id())).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM policy_application").query(Long.class).single()).isEqualTo(before);

        ResultActions filed = call(post(API + "/policy-applications"), desk, apply(policy, wenquan.id()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.caseNumber").value(containsString("咸安兑现〔" + LocalDate.now().getYear() + "〕")))
                .andExpect(jsonPath("$.explanation").value("符合：注册地在温泉街道；符合：营业收入 1800 万元，不低于 1000 万元"));
        long app = id(filed);
        String one = API + "/policy-applications/" + app;
        call(post(API + "/policy-applications"), desk, apply(policy, wenquan.id())).andExpect(status().isConflict());

        // scope: the deciding unit and the district see it; another unit does not; only the deciding unit decides
        call(get(one), other, null).andExpect(status().isNotFound());
        call(get(API + "/policy-applications?q=" + suffix), other, null).andExpect(jsonPath("$.total").value(0));
        call(get(one), desk, null).andExpect(status().isOk()).andExpect(jsonPath("$.actions").value(not(hasItem("accept"))));
        call(post(one + "/steps/accept"), desk, "{\"version\":0}").andExpect(status().isForbidden());
        call(get(one), decider, null).andExpect(status().isOk()).andExpect(jsonPath("$.actions").value(hasItem("accept")));
        call(post(one + "/steps/accept"), decider, "{}").andExpect(status().isBadRequest());
        call(post(one + "/steps/accept"), decider, "{\"version\":5}").andExpect(status().isConflict());
        call(post(one + "/steps/nonsense"), decider, "{\"version\":0}").andExpect(status().isNotFound());
        call(post(one + "/steps/return"), decider, "{\"version\":0}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请填写理由。"));
        call(post(one + "/steps/return"), decider, "{\"version\":0,\"reason\":\"请补充财务报表\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"));
        call(post(one + "/steps/resubmit"), desk, "{\"version\":1,\"text\":\"已补充财务报表\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED")).andExpect(jsonPath("$.statement").value("已补充财务报表"));
        call(post(one + "/steps/return"), decider, "{\"version\":2,\"reason\":\"再次退回\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("每件申请最多退回补正 1 次，请直接作出决定。"));
        call(post(one + "/steps/accept"), decider, "{\"version\":2}").andExpect(status().isOk());
        call(post(one + "/steps/grant"), decider, "{\"version\":3,\"amount\":100001}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("申请或核定金额不能超过政策上限 100000 元。"));
        call(post(one + "/steps/grant"), decider, "{\"version\":3,\"amount\":80000}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("GRANTED")).andExpect(jsonPath("$.decidedOnTime").value(true));
        call(post(one + "/steps/pay"), decider, "{\"version\":4}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PAID")).andExpect(jsonPath("$.paidOnTime").value(true));
        call(get(one), desk, null).andExpect(jsonPath("$.timeline[*].action")
                .value(org.hamcrest.Matchers.contains("submitted", "returned", "resubmitted", "accepted", "granted", "paid")));

        assertThat(figure("enterprises.policy_applications")).isEqualByComparingTo("1");
        assertThat(figure("enterprises.policy_applications.granted_amount")).isEqualByComparingTo("80000");
        assertThat(figure("enterprises.policy_applications.on_time_rate")).isEqualByComparingTo("100.0");

        // a withdrawn policy takes no application and cannot be edited
        int v = version(call(get(API + "/policies/" + policy), desk, null), "$.version");
        call(post(API + "/policies/" + policy + "/withdraw?version=" + v), desk, null).andExpect(status().isOk());
        call(put(API + "/policies/" + policy), desk, policy("改" + suffix, conditions).replace("}]}", "}],\"version\":" + (v + 1) + "}"))
                .andExpect(status().isConflict());
        call(post(API + "/policy-applications"), desk, apply(policy, fushan.id())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("该政策未发布或不在有效期内，不能申报。"));
    }

    @Test
    void theEnterpriseSeesWhyOnThePortalAppliesAndSeesOnlyItsOwn() throws Exception {
        String conditions = "[{\"attribute\":\"REGION\",\"operator\":\"IN\",\"value\":\"421202001\"},"
                + "{\"attribute\":\"REVENUE\",\"operator\":\"GE\",\"value\":\"2000\"}]";
        long big = id(call(post(API + "/policies"), desk, policy("门户大企业奖励" + suffix, conditions)).andExpect(status().isCreated()));
        long small = id(call(post(API + "/policies"), desk, policy("门户小企业奖励" + suffix, conditions.replace("GE", "LE")))
                .andExpect(status().isCreated()));
        call(post(API + "/policies/" + big + "/publish?version=0"), desk, null).andExpect(status().isOk());
        call(post(API + "/policies/" + small + "/publish?version=0"), desk, null).andExpect(status().isOk());
        EnterpriseView mine = enterprise("门户政策测试有限公司" + suffix, "421202001", "13977720001");
        EnterpriseView theirs = enterprise("门户他人测试有限公司" + suffix, "421202001", "13977720002");
        long theirApp = id(call(post(API + "/policy-applications"), desk, apply(small, theirs.id())).andExpect(status().isCreated()));

        mvc.perform(get("/public/enterprises/policies?q=" + suffix)).andExpect(status().isOk())
                .andExpect(content().string(containsString("门户大企业奖励" + suffix)))
                .andExpect(content().string(not(containsString("不符合"))));
        mvc.perform(get("/public/enterprises/policy-applications")).andExpect(status().isForbidden());
        Cookie session = mvc.perform(get("/public/enterprises/code/" + mine.deskToken())).andReturn().getResponse()
                .getCookie("SESSION");
        mvc.perform(post("/public/enterprises/code/" + mine.deskToken()).param("phone", "13977720001").cookie(session)
                .with(formToken()).with(csrf())).andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/public/enterprises/policies?q=" + suffix).cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("符合：注册地在温泉街道", "不符合：营业收入低于 2000 万元");
        assertThat(page.indexOf("门户小企业奖励" + suffix)).isLessThan(page.indexOf("门户大企业奖励" + suffix));

        mvc.perform(post("/public/enterprises/policy-applications").cookie(session).with(formToken()).with(csrf())
                        .param("policyId", String.valueOf(big)).param("benefitRequested", "奖励").param("statement", "申请"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("企业暂不符合该政策的申报条件")));
        String location = mvc.perform(post("/public/enterprises/policy-applications").cookie(session).with(formToken())
                        .with(csrf()).param("policyId", String.valueOf(small)).param("benefitRequested", "一次性奖励")
                        .param("statement", "本企业符合条件。").param("materials", "营业执照复印件"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("符合：注册地在温泉街道")));
        mvc.perform(get("/public/enterprises/policy-applications").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("门户小企业奖励" + suffix)));
        mvc.perform(get("/public/enterprises/policy-applications/" + theirApp).cookie(session))
                .andExpect(status().isNotFound());
        long mineApp = Long.parseLong(location.replaceAll(".*/", ""));
        assertThat(jdbc.sql("SELECT channel FROM policy_application WHERE id = :id").param("id", mineApp)
                .query(String.class).single()).isEqualTo("PORTAL");
        assertThat(jdbc.sql("SELECT enterprise_id FROM policy_application WHERE id = :id").param("id", mineApp)
                .query(Long.class).single()).isEqualTo(mine.id());
    }

    @Test
    void staffPagesCreateWithChineseErrorsListAndExport() throws Exception {
        var deskUser = userAccounts.loadDetails(desk).orElseThrow();
        var deciderUser = userAccounts.loadDetails(decider).orElseThrow();
        long before = jdbc.sql("SELECT COUNT(*) FROM enterprise_policy").query(Long.class).single();
        mvc.perform(post("/enterprises/policies").with(user(deskUser)).with(csrf())
                        .param("title", "页面政策" + suffix).param("summary", "摘要").param("benefit", "奖励")
                        .param("issuerUnitId", "44").param("deciderUnitId", String.valueOf(unit))
                        .param("validFrom", "2026-01-01").param("conditionsText", "REGION IN 421202001\nREVENUE GE abc"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("第 2 个申报条件的值无效")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enterprise_policy").query(Long.class).single()).isEqualTo(before);
        String location = mvc.perform(post("/enterprises/policies").with(user(deskUser)).with(csrf())
                        .param("title", "页面政策" + suffix).param("summary", "摘要").param("benefit", "奖励")
                        .param("issuerUnitId", "44").param("deciderUnitId", String.valueOf(unit))
                        .param("validFrom", "2026-01-01").param("conditionsText", "REGION IN 421202001\nSIZE IN SMALL"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(user(deskUser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("注册地 属于 421202001")));
        mvc.perform(post(location + "/publish").param("version", "0").with(user(deskUser)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/withdraw").param("version", "0").with(user(deskUser)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("该记录已被他人修改")));
        mvc.perform(post(location + "/apply").param("uscc", "NOSUCHUSCC").param("benefitRequested", "奖励")
                        .param("statement", "代为申请").with(user(deskUser)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请选择代为申报的企业")));
        EnterpriseView e = enterprise("页面代办测试有限公司" + suffix, "421202001", "13977750001");
        String app = mvc.perform(post(location + "/apply").param("uscc", e.uscc()).param("benefitRequested", "奖励")
                        .param("statement", "代为申请").with(user(deskUser)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(app).with(user(deciderUser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("专员代为申请")))
                .andExpect(content().string(containsString("符合：企业规模为小型")));
        mvc.perform(get("/enterprises/policies").param("q", suffix).with(user(deciderUser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("页面政策" + suffix)))
                .andExpect(content().string(not(containsString("id=\"new-policy\""))));
        mvc.perform(get("/enterprises/policies/new").with(user(deciderUser))).andExpect(status().isForbidden());
        mvc.perform(get("/enterprises/policies.xlsx").param("q", suffix).with(user(deskUser))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Type", containsString("spreadsheetml")));
        mvc.perform(get("/enterprises/policy-applications").with(user(deciderUser))).andExpect(status().isOk());
        mvc.perform(get("/enterprises/policy-applications.xlsx").with(user(deciderUser))).andExpect(status().isOk());
    }
}
