package cn.fazhi.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;

/**
 * The reconsideration steps against the law and against each other (issue 10): an acceptance recorded after the
 * review period counts from the period's end (Art. 30(2)); an extension approved in time may be recorded later, one
 * approved too late is refused (Art. 62(1)); only a suspended case resumes; every step carries the version its caller
 * saw; the timeline is in the API; the day of knowledge cannot precede the act. Steps here send their version
 * explicitly. Dates lie in 2024, so every period has run.
 */
@IntegrationTest
class ReconsiderationStepsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private String office;

    @BeforeEach
    void signIn() throws Exception {
        office = TestAccounts.token(mvc, accounts.create("rst", 4, "LAW_OFFICE"), TestAccounts.PASSWORD);
    }

    private ResultActions call(String method, String path, String body) throws Exception {
        var request = "GET".equals(method) ? get(path) : post(path);
        request.header("Authorization", "Bearer " + office).contentType(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    private long register(String received) throws Exception {
        String body = call("POST", "/api/v1/reconsideration/cases", ReconsiderationApiTest.application(5, "IN_PERSON",
                received, ReconsiderationApiTest.idNumber())).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private int version(long id) throws Exception {
        return ((Number) JsonPath.read(call("GET", "/api/v1/reconsideration/cases/" + id, null)
                .andReturn().getResponse().getContentAsString(), "$.version")).intValue();
    }

    private String decisionDeadline(long id) throws Exception {
        return JsonPath.<java.util.List<String>>read(call("GET", "/api/v1/reconsideration/cases/" + id, null)
                .andReturn().getResponse().getContentAsString(),
                "$.clocks[?(@.name=='reconsideration.clock.decision')].deadline").get(0);
    }

    /** Point 10: received 2024-03-01, review ends 2024-03-08 (Art. 30, five working days). */
    @Test
    void anAcceptanceRecordedAfterTheReviewPeriodCountsFromItsEnd() throws Exception {
        long late = register("2024-03-01");
        call("POST", "/api/v1/reconsideration/cases/" + late + "/acceptance",
                "{\"acceptedOn\":\"2024-04-15\",\"procedure\":\"ORDINARY\",\"version\":" + version(late) + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.acceptedOn").value("2024-03-08"))
                .andExpect(jsonPath("$.deemedAccepted").value(true))
                .andExpect(jsonPath("$.clocks[?(@.name=='reconsideration.clock.decision')].startDate").value("2024-03-08"))
                .andExpect(jsonPath("$.clocks[?(@.name=='reconsideration.clock.decision')].deadline").value("2024-05-07"));
        // within the period the acceptance counts from the day it was decided
        long inTime = register("2024-03-01");
        call("POST", "/api/v1/reconsideration/cases/" + inTime + "/acceptance",
                "{\"acceptedOn\":\"2024-03-06\",\"procedure\":\"ORDINARY\",\"version\":" + version(inTime) + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.acceptedOn").value("2024-03-06"))
                .andExpect(jsonPath("$.deemedAccepted").value(false));
    }

    /** Point 11: approved within the decision period, recorded long after it: accepted; approved after it: refused. */
    @Test
    void anExtensionCountsByItsApprovalDate() throws Exception {
        long id = register("2024-03-01");
        String base = "/api/v1/reconsideration/cases/" + id;
        call("POST", base + "/acceptance", "{\"acceptedOn\":\"2024-03-01\",\"procedure\":\"ORDINARY\",\"version\":"
                + version(id) + "}").andExpect(status().isOk());
        String due = decisionDeadline(id);
        assertThat(due).isEqualTo("2024-04-30");
        call("POST", base + "/extension", "{\"days\":30,\"approvedBy\":\"机构负责人\",\"reason\":\"案情复杂\","
                + "\"approvedOn\":\"2024-05-06\",\"version\":" + version(id) + "}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("第六十二条")))
                .andExpect(jsonPath("$.detail", containsString("2024-04-30")));
        call("GET", base, null).andExpect(jsonPath("$.decisionExtended").value(false));
        assertThat(decisionDeadline(id)).isEqualTo(due);
        call("POST", base + "/extension", "{\"days\":30,\"approvedBy\":\"机构负责人\",\"reason\":\"案情复杂\","
                + "\"version\":" + version(id) + "}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("批准日期")));
        call("POST", base + "/extension", "{\"days\":30,\"approvedBy\":\"机构负责人\",\"reason\":\"案情复杂\","
                + "\"approvedOn\":\"2024-04-25\",\"version\":" + version(id) + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decisionExtended").value(true))
                .andExpect(jsonPath("$.clocks[?(@.name=='reconsideration.clock.decision')].deadline").value("2024-05-30"));
    }

    /** Point 8: resumption of a case that was never suspended is a 409, and changes nothing. */
    @Test
    void onlyASuspendedCaseResumes() throws Exception {
        long id = register("2024-03-01");
        String base = "/api/v1/reconsideration/cases/" + id;
        call("POST", base + "/resumption", "{\"on\":\"2024-03-05\",\"reason\":\"恢复\",\"version\":" + version(id) + "}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("不允许此操作")));
        call("GET", base, null).andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.acceptedOn").isEmpty());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reconsideration_case WHERE id = :id AND decision_clock_id IS NULL")
                .param("id", id).query(Integer.class).single()).isEqualTo(1);
    }

    /** Point 12: a second write with the version the first one saw is refused and leaves the first in place. */
    @Test
    void aStaleStepIsAConflictAndChangesNothing() throws Exception {
        long id = register("2024-03-01");
        String base = "/api/v1/reconsideration/cases/" + id;
        call("POST", base + "/acceptance", "{\"acceptedOn\":\"2024-03-04\",\"procedure\":\"ORDINARY\",\"version\":"
                + version(id) + "}").andExpect(status().isOk());
        call("POST", base + "/copy-served", "{\"on\":\"2024-03-05\",\"version\":" + version(id) + "}")
                .andExpect(status().isOk());
        int seen = version(id);
        call("POST", base + "/answer", "{\"on\":\"2024-03-12\",\"version\":" + seen + "}").andExpect(status().isOk());
        call("POST", base + "/answer", "{\"on\":\"2024-03-14\",\"version\":" + seen + "}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("已被他人修改")));
        call("POST", base + "/answer", "{\"on\":\"2024-03-14\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("版本号")));
        call("POST", base + "/decision", "{\"decisionType\":\"UPHOLD\",\"decidedOn\":\"2024-04-01\",\"summary\":\"维持\","
                + "\"version\":" + seen + "}").andExpect(status().isConflict());
        call("GET", base, null).andExpect(jsonPath("$.answerReceivedOn").value("2024-03-12"))
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.version").value(seen + 1));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_event WHERE case_type = 'reconsideration' AND case_id = :c "
                + "AND action = 'answerReceived'").param("c", id).query(Integer.class).single()).isEqualTo(1);
        // a step with no body at all is a 400 too
        call("POST", base + "/deemed-acceptance", null).andExpect(status().isBadRequest());
    }

    /** Point 13: the timeline over the API, as mediation's; 404 outside the caller's scope. */
    @Test
    void theTimelineIsInTheApiWithinScope() throws Exception {
        long id = register("2024-03-01");
        call("POST", "/api/v1/reconsideration/cases/" + id + "/acceptance",
                "{\"acceptedOn\":\"2024-03-04\",\"procedure\":\"ORDINARY\",\"version\":" + version(id) + "}")
                .andExpect(status().isOk());
        call("GET", "/api/v1/reconsideration/cases/" + id + "/timeline", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].action").value("registered"))
                .andExpect(jsonPath("$[1].action").value("accepted"))
                .andExpect(jsonPath("$[1].detail").value("2024-03-04"))
                .andExpect(jsonPath("$[1].actor").isNotEmpty())
                .andExpect(jsonPath("$[1].occurredAt").isNotEmpty());
        String otherUnit = TestAccounts.token(mvc, accounts.create("rsu", 6, "UNIT_STAFF"), TestAccounts.PASSWORD);
        mvc.perform(get("/api/v1/reconsideration/cases/" + id + "/timeline").header("Authorization", "Bearer " + otherUnit))
                .andExpect(status().isNotFound());
    }

    /** Point 16: nobody learns of an act before it was taken; the API refuses it and saves nothing. */
    @Test
    void theDayOfKnowledgeCannotPrecedeTheAct() throws Exception {
        int before = jdbc.sql("SELECT COUNT(*) FROM reconsideration_case").query(Integer.class).single();
        String body = ReconsiderationApiTest.application(5, "IN_PERSON", "2024-03-01", ReconsiderationApiTest.idNumber())
                .replace("\"actDate\":\"2024-01-30\"", "\"actDate\":\"2024-02-10\"");
        call("POST", "/api/v1/reconsideration/cases", body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("知道行政行为之日（2024-02-01）不能早于行政行为作出之日（2024-02-10）。"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reconsideration_case").query(Integer.class).single()).isEqualTo(before);
        // the same day is possible
        call("POST", "/api/v1/reconsideration/cases", body.replace("\"actDate\":\"2024-02-10\"", "\"actDate\":\"2024-02-01\""))
                .andExpect(status().isCreated());
    }
}
