package cn.fazhi.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.platform.identifiers.ResidentIdNumber;
import cn.fazhi.platform.identifiers.Uscc;

/**
 * The indicators API over the generated 2023 demo year: the seed's figures computed from the generated records, the
 * records behind them, the errors (unknown id, bad period or region, a region outside the caller's scope) and the
 * permission. The 2023 data of 咸安区 belongs to the generator; no other test writes in 2023.
 */
@IntegrationTest
class IndicatorApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    cn.fazhi.platform.crypto.PersonalDataCipher cipher;

    String leader;
    String wenquan;
    String mediator;

    @BeforeEach
    void tokens() throws Exception {
        leader = TestAccounts.token(mvc, accounts.create("indld", 3, "LEADER"), TestAccounts.PASSWORD);
        wenquan = TestAccounts.token(mvc, accounts.create("indwq", 18, "TOWNSHIP_STAFF"), TestAccounts.PASSWORD);
        mediator = TestAccounts.token(mvc, accounts.create("indmd", 18, "MEDIATOR"), TestAccounts.PASSWORD);
    }

    ResultActions call(String token, String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", "Bearer " + token));
    }

    @Test
    void theGenerated2023YearGivesTheSeedsFigures() throws Exception {
        String body = call(leader, "/api/v1/indicators?year=2023&region=421202").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Map<String, Object> values = new java.util.HashMap<>();
        List<Map<String, Object>> list = JsonPath.read(body, "$");
        list.forEach(f -> values.put((String) f.get("id"), f.get("value")));
        assertThat(values.get("mediation.disputes.accepted").toString()).isEqualTo("8608");
        assertThat(values.get("mediation.disputes.resolved").toString()).isEqualTo("8568");
        assertThat(values.get("mediation.resolution_rate").toString()).isEqualTo("99.5");
        assertThat(new java.math.BigDecimal(values.get("mediation.resolved_amount").toString()).movePointLeft(8)
                .setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("6.89");
        assertThat(values.get("mediation.court_entrusted").toString()).isEqualTo("1034");
        assertThat(values.get("mediation.judicial_confirmations").toString()).isEqualTo("791");
        assertThat(values.get("reconsideration.cases.accepted").toString()).isEqualTo("73");
        assertThat(values.get("litigation.cases").toString()).isEqualTo("48");
        assertThat(values.get("legal_cases.total").toString()).isEqualTo("121");
        assertThat(values.get("litigation.head_appearance_rate").toString()).isEqualTo("100.0");
        assertThat(JsonPath.<List<String>>read(body, "$[*].name")).contains("受理调解案件");
        assertThat(JsonPath.<List<String>>read(body, "$[*].unit")).contains("COUNT", "PERCENT", "YUAN");

        call(leader, "/api/v1/indicators/legal_cases.total?year=2023&region=421202").andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value(121))
                .andExpect(jsonPath("$.definition", containsString("受理")));
        // The boundary rows the generator puts around the year: resolved in 2023 but accepted in 2022, and so on
        call(leader, "/api/v1/indicators/mediation.disputes.accepted?from=2022-12-01&to=2022-12-31&region=421202")
                .andExpect(jsonPath("$.value").value(org.hamcrest.Matchers.greaterThan(0)));
        call(leader, "/api/v1/indicators/mediation.disputes.resolved?from=2024-01-01&to=2024-01-31&region=421202")
                .andExpect(jsonPath("$.value").value(org.hamcrest.Matchers.greaterThan(0)));
    }

    @Test
    void theRecordsBehindAFigureAddUpToIt() throws Exception {
        call(leader, "/api/v1/indicators/mediation.court_entrusted/records?year=2023&region=421202&page=0")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1034))
                .andExpect(jsonPath("$.items.length()").value(50))
                .andExpect(jsonPath("$.items[0].reference", matchesPattern("咸安\\p{IsHan}+调〔2023〕\\d+号")))
                .andExpect(jsonPath("$.items[0].href", org.hamcrest.Matchers.matchesPattern("/mediation/\\d+")));
        call(leader, "/api/v1/indicators/mediation.court_entrusted/records?year=2023&region=421202&page=20")
                .andExpect(jsonPath("$.items.length()").value(34));
        call(leader, "/api/v1/indicators/legal_cases.total/records?year=2023&region=421202&category=LITIGATION")
                .andExpect(jsonPath("$.total").value(48));
        // The sum of the township figures is the district's
        String maqiao = call(leader, "/api/v1/indicators/mediation.disputes.accepted?year=2023&region=421202106")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(maqiao, "$.value")).isBetween(1, 8607);
    }

    @Test
    void generatedPersonalDataHasValidCheckCharactersThroughTheCipher() {
        List<String[]> parties = jdbc.sql("SELECT p.kind, p.identifier_enc FROM dispute_party p JOIN dispute d "
                        + "ON d.id = p.dispute_id WHERE d.created_by = 'demo-2023' AND p.identifier_enc IS NOT NULL ORDER BY p.id "
                        + "LIMIT 400")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        assertThat(parties).hasSize(400);
        for (String[] p : parties) {
            String identifier = cipher.decrypt(p[1]);
            assertThat("PERSON".equals(p[0]) ? ResidentIdNumber.isValid(identifier) : Uscc.isValid(identifier))
                    .as(identifier).isTrue();
        }
        assertThat(parties).anySatisfy(p -> assertThat(p[0]).isEqualTo("ORGANISATION"));
    }

    @Test
    void aTownshipsStaffSeeTheirTownshipOnly() throws Exception {
        call(wenquan, "/api/v1/indicators?year=2023").andExpect(status().isOk());
        String own = call(wenquan, "/api/v1/indicators/mediation.disputes.accepted?year=2023&region=421202001")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String leaders = call(leader, "/api/v1/indicators/mediation.disputes.accepted?year=2023&region=421202001")
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(own, "$.value")).isEqualTo(JsonPath.<Integer>read(leaders, "$.value"));
        call(wenquan, "/api/v1/indicators/mediation.disputes.accepted?year=2023&region=421202")
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("该区域不在您的数据范围内。"));
        call(wenquan, "/api/v1/indicators/mediation.disputes.accepted?year=2023&region=421202106")
                .andExpect(status().isNotFound());
        call(mediator, "/api/v1/indicators?year=2023").andExpect(status().isForbidden());
    }

    @Test
    void mistakesAreProblemsInChinese() throws Exception {
        call(leader, "/api/v1/indicators/no.such.indicator?year=2023").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("没有这个统计指标。"));
        call(leader, "/api/v1/indicators?region=421202").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("统计期间无效")));
        call(leader, "/api/v1/indicators?from=2023-12-31&to=2023-01-01").andExpect(status().isBadRequest());
        call(leader, "/api/v1/indicators?year=2023&from=2023-01-01&to=2023-02-01").andExpect(status().isBadRequest());
        call(leader, "/api/v1/indicators?from=2023-13-01&to=2023-12-31").andExpect(status().isBadRequest());
        call(leader, "/api/v1/indicators?year=2023&region=999999").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("区域代码无效")));
        call(leader, "/api/v1/indicators?year=2023&region=abc").andExpect(status().isBadRequest());
        call(leader, "/api/v1/indicators/mediation.disputes.accepted/records?year=2023&page=-1")
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/indicators?year=2023")).andExpect(status().isUnauthorized());
        call(leader, "/api/v1/indicators?year=2023").andExpect(jsonPath("$[*].id", hasItem("reconsideration.consultations")));
    }
}
