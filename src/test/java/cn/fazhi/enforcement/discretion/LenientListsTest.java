package cn.fazhi.enforcement.discretion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.enforcement.LenientKind;
import cn.fazhi.enforcement.LenientLists;
import cn.fazhi.enforcement.LenientMatch;
import cn.fazhi.identity.domain.UserAccounts;

/**
 * The four lenient lists and 首违不罚 (行政处罚法 Art. 33): only published lists match; an item matches when every
 * condition it requires holds; the handler's fragment explains the match; the portal shows published lists only;
 * duplicates and bad input are Chinese problems; only managers change the lists.
 */
@IntegrationTest
class LenientListsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    LenientLists lists;

    @Autowired
    ITemplateEngine templates;

    String office;
    String officeUser;
    String unit;

    @BeforeEach
    void tokens() throws Exception {
        officeUser = accounts.create("lnfzb", 2, "LAW_OFFICE");
        office = TestAccounts.token(mvc, officeUser, TestAccounts.PASSWORD);
        unit = TestAccounts.token(mvc, accounts.create("lnscj", 5, "UNIT_STAFF"), TestAccounts.PASSWORD);
    }

    ResultActions call(String token, String method, String path, String body) throws Exception {
        var request = "GET".equals(method) ? get(path) : post(path);
        request.header("Authorization", "Bearer " + token).contentType("application/json");
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    int version(LenientKind kind) {
        return jdbc.sql("SELECT version FROM enforcement_lenient_list WHERE kind = :k").param("k", kind.name())
                .query(Integer.class).single();
    }

    @Test
    void firstOffenceMatchesOnlyAPublishedListAndOnlyWhenEveryConditionHolds() throws Exception {
        String code = DiscretionFixtures.code();
        call(office, "POST", "/api/v1/enforcement/lenient-lists/NOT_PUNISHED/items", """
                {"violationCode":"%s","violationName":"未按规定公示营业执照","conditions":"初次违法、危害后果轻微并及时改正",
                 "basis":"《行政处罚法》第三十三条第一款","requiresFirstOffence":true,"requiresHarmMinor":true,
                 "requiresCorrected":true}""".formatted(code)).andExpect(status().isCreated());
        call(office, "POST", "/api/v1/enforcement/lenient-lists/LIGHTER/items", """
                {"violationCode":"%s","violationName":"未按规定公示营业执照","conditions":"主动消除或者减轻违法行为危害后果",
                 "basis":"《行政处罚法》第三十二条"}""".formatted(code)).andExpect(status().isCreated());
        call(office, "POST", "/api/v1/enforcement/lenient-lists/NOT_PUNISHED/withdraw", null).andExpect(status().isOk());
        call(office, "POST", "/api/v1/enforcement/lenient-lists/LIGHTER/withdraw", null).andExpect(status().isOk());
        assertThat(lists.matches(code, true, true, true)).as("no list published").isEmpty();

        call(office, "POST", "/api/v1/enforcement/lenient-lists/NOT_PUNISHED/publish",
                "{\"edition\":\"2024年版\",\"version\":" + version(LenientKind.NOT_PUNISHED) + "}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.published").value(true));
        List<LenientMatch> all = lists.matches(code, true, true, true);
        assertThat(all).singleElement().satisfies(m -> {
            assertThat(m.item().kind()).isEqualTo(LenientKind.NOT_PUNISHED);
            assertThat(m.satisfied()).containsExactly("enforcement.discretion.lenient.flag.firstOffence",
                    "enforcement.discretion.lenient.flag.harmMinor", "enforcement.discretion.lenient.flag.corrected");
        });
        assertThat(lists.matches(code, false, true, true)).as("not a first offence").isEmpty();
        assertThat(lists.matches(code, true, true, false)).as("not corrected").isEmpty();
        assertThat(lists.matches(DiscretionFixtures.code(), true, true, true)).as("another violation").isEmpty();

        call(office, "POST", "/api/v1/enforcement/lenient-lists/LIGHTER/publish",
                "{\"edition\":\"2024年版\",\"version\":" + version(LenientKind.LIGHTER) + "}").andExpect(status().isOk());
        assertThat(lists.matches(code, false, false, false)).as("an item requiring nothing matches on the violation")
                .extracting(m -> m.item().kind()).containsExactly(LenientKind.LIGHTER);
        call(unit, "GET", "/api/v1/enforcement/lenient-lists/matches?violationCode=" + code
                + "&firstOffence=true&harmMinor=true&corrected=true", null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2));

        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("matches", lists.matches(code, true, true, true));
        String html = templates.process("enforcement/discretion/lenient-flags", context);
        assertThat(html).contains("本案符合包容审慎清单事项", "不予行政处罚清单", "初次违法", "及时改正", "《行政处罚法》第三十三条第一款");

        mvc.perform(get("/public/enforcement/lenient-lists/not-punished")).andExpect(status().isOk())
                .andExpect(content().string(containsString("未按规定公示营业执照")));
        mvc.perform(get("/public/enforcement/benchmarks")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/public/enforcement/lenient-lists/not-punished")));
        call(office, "POST", "/api/v1/enforcement/lenient-lists/LIGHTER/withdraw", null).andExpect(status().isOk());
        mvc.perform(get("/public/enforcement/lenient-lists/lighter")).andExpect(status().isNotFound());
    }

    @Test
    void duplicatesAndBadInputAreRefusedAndOnlyManagersChangeTheLists() throws Exception {
        String code = DiscretionFixtures.code();
        String item = """
                {"violationCode":"%s","violationName":"未按规定悬挂标志","conditions":"首次被发现且当场改正",
                 "basis":"《行政强制法》第十六条第二款"}""".formatted(code);
        call(unit, "POST", "/api/v1/enforcement/lenient-lists/NO_COERCION/items", item).andExpect(status().isForbidden());
        call(office, "POST", "/api/v1/enforcement/lenient-lists/NO_COERCION/items", item).andExpect(status().isCreated());
        call(office, "POST", "/api/v1/enforcement/lenient-lists/NO_COERCION/items", item)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("已有违法行为编码")));
        call(office, "POST", "/api/v1/enforcement/lenient-lists/NO_COERCION/items",
                "{\"violationCode\":\"" + DiscretionFixtures.code() + "\",\"violationName\":\"x\"}")
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请填写适用条件")));
        call(office, "POST", "/api/v1/enforcement/lenient-lists/SOMETHING/items", item).andExpect(status().isBadRequest());
        call(office, "POST", "/api/v1/enforcement/lenient-lists/NO_COERCION/publish", "{\"version\":0}")
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请填写版次")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enforcement_lenient_item WHERE violation_code = :c").param("c", code)
                .query(Long.class).single()).isEqualTo(1);

        var details = userAccounts.loadDetails(officeUser).orElseThrow();
        mvc.perform(post("/enforcement/lenient-lists/no-coercion/items").with(user(details)).with(csrf())
                        .param("violationCode", code).param("violationName", "未按规定悬挂标志").param("conditions", "")
                        .param("basis", "《行政强制法》第十六条"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请填写适用条件")));
        mvc.perform(post("/enforcement/lenient-lists/no-coercion/items").with(user(details)).with(csrf())
                        .param("violationCode", code).param("violationName", "未按规定悬挂标志").param("conditions", "当场改正")
                        .param("basis", "《行政强制法》第十六条"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已有违法行为编码")));
        mvc.perform(get("/enforcement/lenient-lists/no-coercion").param("q", code).with(user(details)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("未按规定悬挂标志")));
        mvc.perform(get("/enforcement/lenient-lists/unknown").with(user(details))).andExpect(status().isNotFound());
    }
}
