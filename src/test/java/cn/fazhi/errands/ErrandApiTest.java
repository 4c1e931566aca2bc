package cn.fazhi.errands;

import static cn.fazhi.FormTokenRequests.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.platform.demo.DemoPeople;
import cn.fazhi.services.ServiceItems;
import cn.idev.excel.FastExcel;

/**
 * 香城代办 over the API against the whole application: township staff register agents and a beneficiary and record
 * the beneficiary's authorisation with the signed consent; the agent records and completes errands only within it;
 * a 代办 files a real services application with the agent as 代办人, linked both ways; the beneficiary confirms or
 * disputes with the receipt on the public page; revocation stops the agent at once; masking and reveal per role;
 * an agent sees only their own, a township only its own; bad input is a Chinese problem and saves nothing.
 */
@IntegrationTest
class ErrandApiTest {

    static final String API = "/api/v1/errands";

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired ServiceItems items;
    @Autowired UserAccounts userAccounts;

    final DemoPeople people = new DemoPeople(new Random());
    String staff;
    String otherTownship;
    String agentUser;
    String otherAgentUser;
    LocalDate today;

    @BeforeEach
    void setUp() {
        staff = accounts.create("ets", 18, "TOWNSHIP_STAFF");
        otherTownship = accounts.create("eto", 19, "TOWNSHIP_STAFF");
        agentUser = accounts.create("eta", 17, "ERRAND_AGENT");
        otherAgentUser = accounts.create("etb", 17, "ERRAND_AGENT");
        today = LocalDate.now();
    }

    ResultActions call(MockHttpServletRequestBuilder request, String username, String body) throws Exception {
        request.header("Authorization", "Bearer " + TestAccounts.token(mvc, username, TestAccounts.PASSWORD))
                .contentType("application/json");
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    long id(ResultActions r) throws Exception {
        return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    String json(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString();
    }

    long agent(String user) throws Exception {
        return id(call(post(API + "/agents"), staff, "{\"name\":\"代办员" + user.substring(3) + "\",\"idNumber\":\""
                + people.idNumber("421202") + "\",\"phone\":\"" + people.mobile() + "\",\"village\":\"淦河社区\","
                + "\"username\":\"" + user + "\"}").andExpect(status().isCreated()));
    }

    long beneficiary(String phone) throws Exception {
        return id(call(post(API + "/beneficiaries"), staff, "{\"name\":\"独居老人\",\"idNumber\":\""
                + people.idNumber("421202") + "\",\"phone\":\"" + phone + "\",\"village\":\"淦河社区\","
                + "\"reason\":\"ELDERLY_ALONE\",\"contactName\":\"女儿\",\"contactPhone\":\"" + people.mobile() + "\"}")
                .andExpect(status().isCreated()));
    }

    ResultActions grant(String user, long beneficiary, long agent, String scopes, String codes, boolean withConsent)
            throws Exception {
        var request = multipart(API + "/beneficiaries/" + beneficiary + "/authorisations");
        if (withConsent) {
            request.file(new MockMultipartFile("consent", "授权书.pdf", "application/pdf", "%PDF-1.4 signed".getBytes()));
        }
        request.param("agentId", Long.toString(agent)).param("scopes", scopes.split(","))
                .param("validFrom", today.minusDays(10).toString()).param("validTo", today.plusDays(30).toString());
        if (codes != null) {
            request.param("itemCodes", codes);
        }
        request.header("Authorization", "Bearer " + TestAccounts.token(mvc, user, TestAccounts.PASSWORD));
        return mvc.perform(request);
    }

    /** A resident ID number whose check character is wrong. */
    String badId() {
        String ok = people.idNumber("421202");
        char wrong = ok.charAt(17) == '1' ? '2' : '1';
        return ok.substring(0, 17) + wrong;
    }

    long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    List<String> itemCodes() {
        return jdbc.sql("SELECT code FROM service_item ORDER BY code").query(String.class).list().stream()
                .filter(c -> items.findByCode(c, today).isPresent()).limit(2).toList();
    }

    @Test
    void anAgentActsOnlyWithinTheAuthorisationAndTheBeneficiaryConfirmsWithTheReceipt() throws Exception {
        long a = agent(agentUser);
        long b0 = agent(otherAgentUser);
        String phone = people.mobile();
        long ben = beneficiary(phone);
        List<String> codes = itemCodes();
        assertThat(codes).hasSize(2);

        // the consent is required: nothing saved without it
        long grants = count("errand_authorisation");
        grant(staff, ben, a, "PURCHASE,PAY_WATER,SERVICE", codes.get(0), false).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("授权书")));
        assertThat(count("errand_authorisation")).isEqualTo(grants);
        grant(agentUser, ben, a, "PURCHASE", null, true).andExpect(status().isForbidden());
        long z = id(grant(staff, ben, a, "PURCHASE,PAY_WATER,SERVICE", codes.get(0), true).andExpect(status().isCreated()));
        assertThat(jdbc.sql("SELECT encryption FROM case_attachment c JOIN errand_authorisation z ON z.consent_id = c.id "
                + "WHERE z.id = :z").param("z", z).query(String.class).single()).isEqualTo("sm4-gcm-v1");

        // masking per role: the agent sees masked numbers and cannot reveal; staff reveal, audited
        String seen = json(call(get(API + "/beneficiaries/" + ben), agentUser, null).andExpect(status().isOk()));
        assertThat((String) JsonPath.read(seen, "$.beneficiary.phoneMasked")).contains("*").isNotEqualTo(phone);
        assertThat(seen).doesNotContain(phone);
        call(post(API + "/beneficiaries/" + ben + "/reveal"), agentUser, null).andExpect(status().isForbidden());
        long reveals = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'errands.beneficiary.revealed'")
                .query(Long.class).single();
        call(post(API + "/beneficiaries/" + ben + "/reveal"), staff, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value(phone));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'errands.beneficiary.revealed'")
                .query(Long.class).single()).isEqualTo(reveals + 1);

        // scope: another agent and another township see nothing of it
        call(get(API + "/beneficiaries/" + ben), otherAgentUser, null).andExpect(status().isNotFound());
        call(get(API + "/beneficiaries/" + ben), otherTownship, null).andExpect(status().isNotFound());
        call(get(API + "/agents/" + a), otherAgentUser, null).andExpect(status().isNotFound());
        call(get(API + "/agents/" + a), agentUser, null).andExpect(status().isOk());

        // beyond the scope: a gas bill is refused, nothing saved
        long errands = count("errand");
        call(post(API + "/errands"), agentUser, "{\"beneficiaryId\":" + ben + ",\"kind\":\"PAYMENT\",\"utility\":\"GAS\","
                + "\"accountNo\":\"123\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("超出授权范围")));
        call(post(API + "/errands"), agentUser, "{\"beneficiaryId\":" + ben + ",\"kind\":\"SERVICE\",\"itemCode\":\""
                + codes.get(1) + "\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("事项清单")));
        call(post(API + "/errands"), otherAgentUser, "{\"beneficiaryId\":" + ben + ",\"kind\":\"PURCHASE\",\"goods\":\"米\"}")
                .andExpect(status().isNotFound());
        call(post(API + "/errands"), staff, "{\"beneficiaryId\":" + ben + ",\"kind\":\"PURCHASE\",\"goods\":\"米\","
                + "\"agentId\":" + b0 + "}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("未授权")));
        call(post(API + "/errands"), agentUser, "{\"beneficiaryId\":" + ben + ",\"kind\":\"PAYMENT\",\"utility\":\"WATER\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("户号")));
        assertThat(count("errand")).isEqualTo(errands);

        // a water bill: recorded by the agent (assigned to them), completed with the amount
        String recorded = json(call(post(API + "/errands"), agentUser, "{\"beneficiaryId\":" + ben + ",\"kind\":\"PAYMENT\","
                + "\"utility\":\"WATER\",\"accountNo\":\"0102030405\"}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.errand.status").value("ASSIGNED"))
                .andExpect(jsonPath("$.errand.caseNumber").value(containsString("咸安代办"))));
        long water = ((Number) JsonPath.read(recorded, "$.errand.id")).longValue();
        String code = JsonPath.read(recorded, "$.receiptCode");
        String secret = JsonPath.read(recorded, "$.receiptSecret");
        call(get(API + "/errands/" + water), otherAgentUser, null).andExpect(status().isNotFound());
        call(get(API + "/errands/" + water), otherTownship, null).andExpect(status().isNotFound());
        assertThat((Integer) JsonPath.read(json(call(get(API + "/errands"), otherAgentUser, null)), "$.total")).isZero();
        call(post(API + "/errands/" + water + "/steps/complete"), agentUser, "{\"version\":0,\"amount\":\"-3\"}")
                .andExpect(status().isBadRequest());
        call(post(API + "/errands/" + water + "/steps/complete"), agentUser, "{\"version\":7,\"amount\":\"86.50\"}")
                .andExpect(status().isConflict());
        call(post(API + "/errands/" + water + "/steps/complete"), agentUser, "{\"version\":0,\"amount\":\"86.50\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"));

        // the beneficiary confirms on the public page with the receipt
        mvc.perform(post("/public/errands/confirm").param("code", code).param("secret", "WRONG")
                .with(formToken()).with(csrf())).andExpect(content().string(containsString("form-errors")));
        mvc.perform(post("/public/errands/confirm").param("code", code).param("secret", secret)
                .with(formToken()).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("86.50")));
        mvc.perform(post("/public/errands/confirm/answer").param("code", code).param("secret", secret)
                .param("answer", "confirm").param("satisfaction", "5").with(formToken()).with(csrf()))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT status FROM errand WHERE id = :id").param("id", water).query(String.class).single())
                .isEqualTo("CONFIRMED");
        mvc.perform(post("/public/errands/confirm/answer").param("code", code).param("secret", secret)
                .param("answer", "dispute").param("note", "x").with(formToken()).with(csrf()))
                .andExpect(content().string(containsString("form-errors")));
        assertThat(jdbc.sql("SELECT status FROM errand WHERE id = :id").param("id", water).query(String.class).single())
                .isEqualTo("CONFIRMED");

        // a 代办: completing it files a services application with the agent as 代办人, linked both ways
        String service = json(call(post(API + "/errands"), agentUser, "{\"beneficiaryId\":" + ben + ",\"kind\":\"SERVICE\","
                + "\"itemCode\":\"" + codes.get(0) + "\"}").andExpect(status().isCreated()));
        long svc = ((Number) JsonPath.read(service, "$.errand.id")).longValue();
        call(post(API + "/errands/" + svc + "/steps/complete"), agentUser, "{\"version\":0,\"text\":\"已到窗口递交\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"));
        Long app = jdbc.sql("SELECT application_id FROM errand WHERE id = :id").param("id", svc).query(Long.class).single();
        assertThat(app).isNotNull();
        var row = jdbc.sql("SELECT channel, agent_name, applicant_name, received_unit_id FROM service_application WHERE id = :id")
                .param("id", app).query().singleRow();
        assertThat(row.get("channel")).isEqualTo("AGENT");
        assertThat(row.get("agent_name")).isEqualTo("代办员" + agentUser.substring(3));
        assertThat(row.get("applicant_name")).isEqualTo("独居老人");
        assertThat(((Number) row.get("received_unit_id")).longValue()).isEqualTo(17L);
        call(get(API + "/errands/" + svc), staff, null).andExpect(jsonPath("$.links[0].caseType").value("service_application"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_link WHERE to_type = 'service_application' AND to_id = :a "
                + "AND from_type = 'errand' AND from_id = :e").param("a", app).param("e", svc).query(Long.class).single())
                .isEqualTo(1);

        // a purchase disputed with the receipt becomes the township's to-do
        String bought = json(call(post(API + "/errands"), agentUser, "{\"beneficiaryId\":" + ben + ",\"kind\":\"PURCHASE\","
                + "\"goods\":\"大米一袋\"}").andExpect(status().isCreated()));
        long buy = ((Number) JsonPath.read(bought, "$.errand.id")).longValue();
        call(post(API + "/errands/" + buy + "/steps/complete"), agentUser, "{\"version\":0,\"amount\":\"52\"}")
                .andExpect(status().isOk());
        mvc.perform(post("/public/errands/confirm/answer").param("code", (String) JsonPath.read(bought, "$.receiptCode"))
                .param("secret", (String) JsonPath.read(bought, "$.receiptSecret")).param("answer", "dispute")
                .param("note", "少了一袋面").with(formToken()).with(csrf())).andExpect(status().isOk());
        mvc.perform(get("/").with(user(userAccounts.loadDetails(staff).orElseThrow())))
                .andExpect(content().string(containsString("待处理异议的代办事项")));
        call(get(API + "/errands/" + buy), staff, null).andExpect(jsonPath("$.errand.status").value("DISPUTED"))
                .andExpect(jsonPath("$.actions[0]").value("resolve"));
        call(post(API + "/errands/" + buy + "/steps/resolve"), agentUser, "{\"version\":2,\"text\":\"补\"}")
                .andExpect(status().isForbidden());
        call(post(API + "/errands/" + buy + "/steps/resolve"), staff, "{\"version\":2,\"text\":\"已补齐\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RESOLVED"));

        // an errand in hand when the authorisation is revoked cannot be completed; nothing new can be recorded
        String pending = json(call(post(API + "/errands"), agentUser, "{\"beneficiaryId\":" + ben + ",\"kind\":\"PURCHASE\","
                + "\"goods\":\"药\"}").andExpect(status().isCreated()));
        long pend = ((Number) JsonPath.read(pending, "$.errand.id")).longValue();
        call(post(API + "/authorisations/" + z + "/revoke"), staff, "{}").andExpect(status().isBadRequest());
        call(post(API + "/authorisations/" + z + "/revoke"), staff, "{\"reason\":\"本人要求撤销\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.inForce").value(false));
        call(post(API + "/errands/" + pend + "/steps/complete"), agentUser, "{\"version\":0,\"amount\":\"9\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("撤销")));
        call(post(API + "/errands"), agentUser, "{\"beneficiaryId\":" + ben + ",\"kind\":\"PURCHASE\",\"goods\":\"药\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("撤销")));
    }

    @Test
    void registrationRefusesBadInputAndTheImportIsAllOrNothing() throws Exception {
        long agents = count("errand_agent");
        call(post(API + "/agents"), staff, "{\"name\":\"张三\",\"idNumber\":\"421202199001011234\",\"phone\":\"13800000000\","
                + "\"village\":\"淦河社区\"}").andExpect(status().isBadRequest());
        call(post(API + "/agents"), staff, "{\"name\":\"张三\",\"idNumber\":\"" + people.idNumber("421202")
                + "\",\"phone\":\"13800000000\",\"village\":\"淦河社区\",\"regionCode\":\"421202002\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("管辖范围")));
        call(post(API + "/agents"), agentUser, "{\"name\":\"张三\"}").andExpect(status().isForbidden());
        call(post(API + "/beneficiaries"), staff, "{\"name\":\"李四\",\"idNumber\":\"" + people.idNumber("421202")
                + "\",\"village\":\"淦河社区\",\"reason\":\"OTHER\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("其他")));
        call(get(API + "/agents?size=900"), staff, null).andExpect(status().isBadRequest());
        assertThat(count("errand_agent")).isEqualTo(agents);

        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        List<List<String>> head = List.of(List.of("姓名"), List.of("公民身份号码"), List.of("联系电话"), List.of("乡镇（街道）"),
                List.of("村（社区）"));
        FastExcel.write(sheet).head(head).sheet("代办员").doWrite(List.of(
                List.of("王一", people.idNumber("421202"), people.mobile(), "温泉街道", "淦河社区"),
                List.of("王二", badId(), people.mobile(), "温泉街道", "淦河社区"),
                List.of("王三", people.idNumber("421202"), people.mobile(), "温泉街道", "金桂社区")));
        var request = multipart(API + "/agents/import").file(new MockMultipartFile("file", "agents.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet.toByteArray()));
        request.header("Authorization", "Bearer " + TestAccounts.token(mvc, staff, TestAccounts.PASSWORD));
        String problem = mvc.perform(request).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
        assertThat(problem).contains("\"row\":3");
        assertThat(count("errand_agent")).isEqualTo(agents);
    }
}
