package cn.fazhi.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.fazhi.FormTokenRequests;
import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;

/**
 * Applications over the API against the whole application: the window receives, notifies corrections once, accepts;
 * the department suspends and resumes the clock, extends once with reasons, refuses only with reasons and the remedy
 * notice, grants and serves; a 即办 item is decided on the spot; a licence application left without a notice is
 * deemed accepted on the day of receipt and an undecided renewal deemed granted; an overdue needs a published reason;
 * a citizen applies online, tracks and rates, a bad rating with a real name raising a rectification and a visit. Bad
 * input saves nothing; another unit's staff get 404.
 */
@IntegrationTest
class ApplicationApiTest {

    static final String API = "/api/v1/services/applications";
    static final String PUBLIC = "/api/v1/public/services";
    static final String PERSON = "11010519491231002X";

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired LicenceClocks clocks;
    @Autowired UserAccounts userAccounts;
    final ObjectMapper json = new ObjectMapper();

    long department;
    long window;
    String windowStaff;
    String otherWindow;
    String departmentStaff;
    LocalDate today;

    @BeforeEach
    void setUp() {
        department = newUnit(jdbc);
        window = newUnit(jdbc);
        windowStaff = accounts.create("apw", window, "WINDOW_STAFF");
        otherWindow = accounts.create("apo", newUnit(jdbc), "WINDOW_STAFF");
        departmentStaff = accounts.create("apd", department, "UNIT_STAFF");
        today = LocalDate.now();
    }

    static long newUnit(JdbcClient jdbc) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO unit (code, name, short_name, type, region_code) SELECT :c, :n, :s, 'DEPARTMENT', region_code "
                        + "FROM unit WHERE id = 5")
                .param("c", "AP" + suffix).param("n", "办件测试单位" + suffix).param("s", "办件" + suffix).update();
        return jdbc.sql("SELECT id FROM unit WHERE code = :c").param("c", "AP" + suffix).query(Long.class).single();
    }

    /** An item of the department, in force from 2024: type, promised days (0 = 即办), online. */
    static long item(JdbcClient jdbc, long unit, String type, Integer legal, int promised, boolean online, String level) {
        String code = "T-AP-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO service_item (code, unit_id, region_code, created_at, created_by) "
                + "VALUES (:c, :u, '421202', :now, 'test')").param("c", code).param("u", unit)
                .param("now", OffsetDateTime.now()).update();
        long id = jdbc.sql("SELECT id FROM service_item WHERE code = :c").param("c", code).query(Long.class).single();
        jdbc.sql("INSERT INTO service_item_version (item_id, version_no, effective_from, name, item_type, basis, level, "
                        + "legal_days, promised_days, joint, online) VALUES (:i, 1, DATE '2024-01-01', :n, :t, "
                        + "'《中华人民共和国食品安全法》第三十五条', :level, :legal, :p, FALSE, :online)")
                .param("i", id).param("n", "食品经营许可（新办）" + code.substring(5)).param("t", type).param("level", level)
                .param("legal", legal).param("p", promised).param("online", online).update();
        return id;
    }

    ResultActions call(MockHttpServletRequestBuilder request, String username, String body) throws Exception {
        if (username != null) {
            request.header("Authorization", "Bearer " + TestAccounts.token(mvc, username, TestAccounts.PASSWORD));
        }
        request.contentType("application/json");
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    long receive(String who, long item, String receivedOn, String extra) throws Exception {
        String body = "{\"itemId\":" + item + ",\"applicantKind\":\"PERSON\",\"applicantName\":\"张三\",\"applicantId\":\""
                + PERSON + "\",\"phone\":\"13800138000\",\"materials\":[\"申请书\",\"身份证复印件\"]"
                + (receivedOn == null ? "" : ",\"receivedOn\":\"" + receivedOn + "\"") + (extra == null ? "" : "," + extra)
                + "}";
        String response = call(post(API), who, body).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        return json.readTree(response).get("id").asLong();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM service_application").query(Long.class).single();
    }

    @Test
    void theWindowAcceptsAndTheDepartmentDecidesOnTheLicenceClocks() throws Exception {
        long licence = item(jdbc, department, "LICENCE", 20, 10, false, "DISTRICT");
        long id = receive(windowStaff, licence, null, null);
        String one = API + "/" + id;
        call(get(one), windowStaff, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.application.status").value("RECEIVED"))
                .andExpect(jsonPath("$.application.applicantId").value(containsString("*")))
                .andExpect(jsonPath("$.application.applicantId").value(not(PERSON)))
                .andExpect(jsonPath("$.application.correctionDue").value(clocks.correctionDue(today).toString()))
                .andExpect(jsonPath("$.actions").value(hasItem("correct")))
                .andExpect(jsonPath("$.actions").value(not(hasItem("instant"))));
        call(get(one), otherWindow, null).andExpect(status().isNotFound());
        call(get(one + "/notice.pdf"), windowStaff, null).andExpect(status().isConflict());
        call(post(one + "/steps/correct"), windowStaff, "{\"version\":0}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("一次性")));
        call(post(one + "/steps/correct"), windowStaff, "{\"version\":0,\"text\":\"营业场所平面图\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CORRECTING"));
        call(post(one + "/steps/accept"), windowStaff, "{\"version\":1}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.legalDue").value(clocks.decisionDue(today, false, false, 0).toString()))
                .andExpect(jsonPath("$.promisedDue").value(clocks.promisedDue(today, 10, 0).toString()));
        byte[] pdf = call(get(one + "/notice.pdf"), windowStaff, null).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        call(get(one + "/notice.docx"), otherWindow, null).andExpect(status().isNotFound());
        call(post(one + "/steps/suspend"), departmentStaff, "{\"version\":2,\"kind\":\"EXPERT_REVIEW\"}")
                .andExpect(status().isBadRequest());
        call(post(one + "/steps/suspend"), departmentStaff,
                "{\"version\":2,\"kind\":\"EXPERT_REVIEW\",\"text\":\"组织专家现场评审，需10个工作日\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUSPENDED"));
        call(post(one + "/steps/resume"), departmentStaff, "{\"version\":3}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED")).andExpect(jsonPath("$.excludedDays").value(0));
        call(post(one + "/steps/extend"), departmentStaff, "{\"version\":4}").andExpect(status().isBadRequest());
        call(post(one + "/steps/extend"), departmentStaff, "{\"version\":4,\"text\":\"经负责人批准：需现场核查\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.extended").value(true))
                .andExpect(jsonPath("$.legalDue").value(clocks.decisionDue(today, false, true, 0).toString()));
        call(post(one + "/steps/extend"), departmentStaff, "{\"version\":5,\"text\":\"再次延长\"}")
                .andExpect(status().isConflict());
        call(post(one + "/steps/refuse"), departmentStaff, "{\"version\":5,\"text\":\"场所不符合要求\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("行政复议")));
        call(post(one + "/steps/grant"), departmentStaff, "{\"version\":4}").andExpect(status().isConflict());
        call(post(one + "/steps/grant"), departmentStaff, "{\"version\":5}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECIDED"))
                .andExpect(jsonPath("$.certificateDue").value(clocks.certificateDue(today).toString()));
        call(post(API + "/" + id + "/rating"), windowStaff, "{\"score\":5}").andExpect(status().isConflict());
        call(post(one + "/steps/serve"), departmentStaff, "{\"version\":6}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED")).andExpect(jsonPath("$.overdue").value(false));
        call(post(one + "/rating"), windowStaff, "{\"score\":9}").andExpect(status().isBadRequest());
        call(post(one + "/rating"), windowStaff, "{\"score\":5,\"channel\":\"WINDOW\"}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.bad").value(false)).andExpect(jsonPath("$.problemId").doesNotExist());
        call(post(one + "/rating"), windowStaff, "{\"score\":4}").andExpect(status().isConflict());
        call(get(one), departmentStaff, null).andExpect(jsonPath("$.timeline.length()").value(9))
                .andExpect(jsonPath("$.suspensions[0].kind").value("EXPERT_REVIEW"))
                .andExpect(jsonPath("$.rating.score").value(5));
    }

    @Test
    void anInstantItemIsDecidedOnTheSpotAndBadInputSavesNothing() throws Exception {
        long instant = item(jdbc, department, "CONFIRMATION", null, 0, false, "TOWNSHIP");
        long other = item(jdbc, department, "PUBLIC_SERVICE", null, 5, false, "DISTRICT");
        long before = count();
        call(post(API), windowStaff, "{\"itemId\":" + instant + ",\"applicantName\":\"张三\",\"applicantId\":\"110105194912310021\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("身份证")));
        call(post(API), windowStaff, "{\"itemId\":" + instant + ",\"channel\":\"AGENT\",\"applicantName\":\"张三\","
                + "\"applicantId\":\"" + PERSON + "\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("代办")));
        call(post(API), windowStaff, "{\"itemId\":" + instant + ",\"applicantName\":\"张三\",\"applicantId\":\"" + PERSON
                + "\",\"receivedOn\":\"" + today.plusDays(1) + "\"}").andExpect(status().isBadRequest());
        call(post(API), departmentStaff, "{\"itemId\":" + instant + "}").andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(before);

        long id = receive(windowStaff, instant, null, "\"channel\":\"AGENT\",\"agentName\":\"李四\",\"agentId\":\"421202199001011232\"");
        call(get(API + "/" + id), windowStaff, null).andExpect(jsonPath("$.application.agentId").value(containsString("*")))
                .andExpect(jsonPath("$.actions").value(hasItem("instant")));
        call(post(API + "/" + id + "/steps/instant"), windowStaff, "{\"version\":0}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED")).andExpect(jsonPath("$.onTheSpot").value(true))
                .andExpect(jsonPath("$.decidedOn").value(today.toString()));
        long slow = receive(windowStaff, other, null, null);
        call(post(API + "/" + slow + "/steps/instant"), windowStaff, "{\"version\":0}").andExpect(status().isConflict());
        call(post(API + "/" + slow + "/steps/reject"), windowStaff, "{\"version\":0,\"ground\":\"OUTSIDE_REMIT\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("告知")));
        call(post(API + "/" + slow + "/steps/reject"), windowStaff,
                "{\"version\":0,\"ground\":\"OUTSIDE_REMIT\",\"text\":\"请向区市场监督管理局申请\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("NOT_ACCEPTED"));
    }

    @Test
    void theLawDeemsAcceptanceAndRenewalAndAnOverdueIsExplainedInPublic() throws Exception {
        long licence = item(jdbc, department, "LICENCE", 20, 10, false, "DISTRICT");
        long deemed = receive(windowStaff, licence, "2026-01-05", null);
        call(get(API + "/" + deemed), windowStaff, null).andExpect(jsonPath("$.application.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.application.deemedAccepted").value(true))
                .andExpect(jsonPath("$.application.acceptedOn").value("2026-01-05"))
                .andExpect(jsonPath("$.application.legalOverdue").value(true));

        long renewal = receive(windowStaff, licence, today.minusDays(20).toString(),
                "\"renewal\":true,\"licenceExpiresOn\":\"" + today.minusDays(1) + "\"");
        call(get(API + "/" + renewal), departmentStaff, null).andExpect(jsonPath("$.application.status").value("CLOSED"))
                .andExpect(jsonPath("$.application.deemedRenewed").value(true))
                .andExpect(jsonPath("$.application.decidedOn").value(today.minusDays(1).toString()));

        long service = item(jdbc, department, "PUBLIC_SERVICE", null, 3, false, "DISTRICT");
        long late = receive(windowStaff, service, today.minusDays(30).toString(), null);
        call(post(API + "/" + late + "/steps/accept"), windowStaff, "{\"version\":0,\"on\":\"" + today.minusDays(30) + "\"}")
                .andExpect(status().isOk());
        call(post(API + "/" + late + "/steps/grant"), departmentStaff, "{\"version\":1}").andExpect(status().isOk())
                .andExpect(jsonPath("$.overdue").value(true));
        call(post(API + "/" + late + "/steps/explain"), departmentStaff, "{\"version\":2}").andExpect(status().isBadRequest());
        String number = json.readTree(call(post(API + "/" + late + "/steps/explain"), departmentStaff,
                        "{\"version\":2,\"text\":\"申请人补充材料时间较长\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.overduePublishedOn").value(today.toString())).andReturn().getResponse()
                .getContentAsString()).get("caseNumber").asText();
        call(get(PUBLIC + "/overdue"), null, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].caseNumber").value(hasItem(number)));
    }

    @Test
    void aCitizenAppliesOnlineTracksAndABadRatingIsVisitedAndRectified() throws Exception {
        long online = item(jdbc, department, "PUBLIC_SERVICE", null, 2, true, "TOWNSHIP");
        long offline = item(jdbc, department, "PUBLIC_SERVICE", null, 2, false, "TOWNSHIP");
        long before = count();
        call(post(PUBLIC + "/applications"), null, "{\"itemId\":" + offline + ",\"applicantName\":\"王五\",\"applicantId\":\""
                + PERSON + "\"}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("窗口")));
        call(post(PUBLIC + "/applications"), null, "{\"itemId\":" + online + ",\"applicantKind\":\"ENTERPRISE\","
                + "\"applicantName\":\"咸安某公司\",\"applicantId\":\"91110000600037341M\"}").andExpect(status().isBadRequest());
        assertThat(count()).isEqualTo(before);
        JsonNode filed = json.readTree(call(post(PUBLIC + "/applications"), null, "{\"itemId\":" + online
                        + ",\"applicantKind\":\"ENTERPRISE\",\"applicantName\":\"咸安某公司\",\"applicantId\":\"91110000600037341L\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String track = "{\"code\":\"" + filed.get("code").asText() + "\",\"secret\":\"" + filed.get("secret").asText() + "\"";
        call(post(PUBLIC + "/applications/track"), null, track + "}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED")).andExpect(jsonPath("$.rateable").value(false));
        call(post(PUBLIC + "/applications/track"), null, "{\"code\":\"" + filed.get("code").asText() + "\",\"secret\":\"WRONG\"}")
                .andExpect(status().isNotFound());
        long id = jdbc.sql("SELECT id FROM service_application WHERE case_number = :n")
                .param("n", filed.get("caseNumber").asText()).query(Long.class).single();
        call(get(API + "/" + id), departmentStaff, null).andExpect(jsonPath("$.application.channel").value("ONLINE"));
        call(post(API + "/" + id + "/steps/accept"), departmentStaff, "{\"version\":0}").andExpect(status().isForbidden());
        String deptWindow = accounts.create("apy", department, "WINDOW_STAFF");
        call(post(API + "/" + id + "/steps/accept"), deptWindow, "{\"version\":0}").andExpect(status().isOk());
        call(post(API + "/" + id + "/steps/grant"), departmentStaff, "{\"version\":1}").andExpect(status().isOk());
        call(post(API + "/" + id + "/steps/serve"), departmentStaff, "{\"version\":2}").andExpect(status().isOk());
        call(post(PUBLIC + "/applications/track"), null, track + "}").andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.rateable").value(true));
        call(post(PUBLIC + "/applications/rating"), null, track + ",\"score\":1,\"realName\":true,\"comment\":\"等了很久\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.rateable").value(false));
        call(post(PUBLIC + "/applications/rating"), null, track + ",\"score\":2}").andExpect(status().isConflict());
        JsonNode detail = json.readTree(call(get(API + "/" + id), departmentStaff, null).andReturn().getResponse()
                .getContentAsString());
        long problem = detail.at("/rating/problemId").asLong();
        assertThat(problem).isPositive();
        assertThat(detail.at("/rating/visitDue").asText()).isNotEmpty();
        assertThat(detail.get("links").toString()).contains("/rectification/problems/" + problem);
        assertThat(jdbc.sql("SELECT unit_id FROM rectification_problem WHERE id = :p").param("p", problem)
                .query(Long.class).single()).isEqualTo(department);
        call(post(API + "/" + id + "/rating/visit"), departmentStaff, "{}").andExpect(status().isBadRequest());
        call(post(API + "/" + id + "/rating/visit"), departmentStaff, "{\"note\":\"电话回访，已说明原因并致歉\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.visitedOn").value(today.toString()));
        call(post(API + "/" + id + "/rating/visit"), departmentStaff, "{\"note\":\"再次回访\"}").andExpect(status().isConflict());
    }

    @Test
    void theIntakeScreenShowsAChineseErrorAndSavesNothingThenReceivesAndAccepts() throws Exception {
        long licence = item(jdbc, department, "LICENCE", 20, 10, false, "DISTRICT");
        var user = userAccounts.loadDetails(windowStaff).orElseThrow();
        String name = jdbc.sql("SELECT name FROM service_item_version WHERE item_id = :i").param("i", licence)
                .query(String.class).single();
        mvc.perform(get("/services/applications/intake").param("q", name.substring(name.length() - 8))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(user)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(containsString(name)));
        long before = count();
        mvc.perform(post("/services/applications/intake").param("itemId", Long.toString(licence))
                        .param("applicantName", "孙某").param("applicantId", "110105194912310021").param("then", "accept")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(user))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .with(FormTokenRequests.formToken()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(containsString("身份证")));
        assertThat(count()).isEqualTo(before);
        String location = mvc.perform(post("/services/applications/intake").param("itemId", Long.toString(licence))
                        .param("applicantName", "孙某").param("applicantId", PERSON).param("then", "accept")
                        .param("materials", "申请书", "营业场所证明")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(user))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .with(FormTokenRequests.formToken()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("SELECT status FROM service_application WHERE id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("ACCEPTED");
        assertThat(jdbc.sql("SELECT materials FROM service_application WHERE id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("申请书；营业场所证明");
    }
}
