package cn.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.cases.CaseLinks;
import cn.fazhi.cases.CaseRef;

/**
 * The chain from the reconsideration API: a case registered with the act kind 行政处罚 and decided 撤销 opens one
 * supervision clue against the respondent unit, linked both ways; the reconsideration case shows the kind; an unknown
 * kind is a 400 problem.
 */
@IntegrationTest
class ClueFromReconsiderationApiTest {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired CaseLinks links;

    static String application(String actKind) {
        String first = "4212021985031" + String.format("%04d", (int) (Math.random() * 10000));
        String id = first + cn.fazhi.platform.identifiers.ResidentIdNumber.checkCharacter(first);
        return """
                {"channel":"IN_PERSON","submittedOn":"2024-03-01","signedForOn":"2024-03-01","learnedOn":"2024-02-01",
                 "applicantKind":"PERSON","applicantName":"申请人甲","applicantIdNumber":"%s","applicantPhone":"13907150099",
                 "applicantTownship":"421202001","respondentUnitId":5,"actDescription":"对某超市罚款两千元",
                 "actDate":"2024-01-30","actDocumentNo":"咸市监罚〔2024〕T号","actCategory":"MONETARY","actAmount":2000,
                 "requests":"撤销罚款决定","actKind":%s}""".formatted(id, actKind);
    }

    ResultActions call(String token, String path, String body) throws Exception {
        return mvc.perform(post(path).header("Authorization", "Bearer " + token).contentType("application/json")
                .content(body));
    }

    int version(long id) {
        return jdbc.sql("SELECT version FROM reconsideration_case WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    @Test
    void aRevokedPenaltyOpensAClueLinkedBothWays() throws Exception {
        String office = TestAccounts.token(mvc, accounts.create("rcs", 4, "LAW_OFFICE"), TestAccounts.PASSWORD);
        call(office, "/api/v1/reconsideration/cases", application("\"WRONG\"")).andExpect(status().isBadRequest());
        String body = call(office, "/api/v1/reconsideration/cases", application("\"PENALTY\""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.actKind").value("PENALTY"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        String base = "/api/v1/reconsideration/cases/" + id;
        call(office, base + "/acceptance", "{\"acceptedOn\":\"2024-03-05\",\"procedure\":\"SIMPLIFIED\",\"version\":"
                + version(id) + "}").andExpect(status().isOk());
        call(office, base + "/copy-served", "{\"on\":\"2024-03-06\",\"version\":" + version(id) + "}").andExpect(status().isOk());
        call(office, base + "/decision", "{\"decisionType\":\"REVOKE\",\"decidedOn\":\"2024-03-20\",\"summary\":\"撤销\","
                + "\"version\":" + version(id) + "}").andExpect(status().isOk());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT COUNT(*) FROM supervision_clue "
                + "WHERE source_type = 'reconsideration' AND source_id = :id").param("id", id).query(Long.class).single() == 1);
        var clue = jdbc.sql("SELECT id, unit_id, received_on FROM supervision_clue WHERE source_type = 'reconsideration' "
                + "AND source_id = :id").param("id", id).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2),
                    rs.getDate(3).toLocalDate().getYear()}).single();
        assertThat(clue[1]).isEqualTo(5);
        assertThat(clue[2]).isEqualTo(2024);
        assertThat(links.of(new CaseRef("reconsideration", id))).singleElement()
                .satisfies(l -> assertThat(l.path()).isEqualTo("/supervision/clues/" + clue[0]));
        assertThat(links.of(new CaseRef(Clues.CASE_TYPE, clue[0]))).singleElement()
                .satisfies(l -> assertThat(l.path()).isEqualTo("/reconsideration/" + id));
    }
}
