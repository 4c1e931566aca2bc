package cn.fazhi.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

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
import cn.fazhi.identity.domain.UserAccounts;

/**
 * Third parties (行政复议法 Art. 16) recorded as a person (ID number checked, stored encrypted, shown masked) or an
 * organisation (USCC checked), at registration (API and page) and when they join later.
 */
@IntegrationTest
class ReconsiderationThirdPartiesTest {

    static final String USCC = "91110000600037341L";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    JdbcClient jdbc;

    String officeUser;
    String office;

    @BeforeEach
    void signIn() throws Exception {
        officeUser = accounts.create("rtp", 4, "LAW_OFFICE");
        office = TestAccounts.token(mvc, officeUser, TestAccounts.PASSWORD);
    }

    ResultActions call(String path, String body) throws Exception {
        return mvc.perform(post(path).header("Authorization", "Bearer " + office).contentType(MediaType.APPLICATION_JSON)
                .content(body).with(CaseVersions.current(jdbc)));
    }

    static String withThirdParties(String thirdParties) {
        String base = ReconsiderationApiTest.application(5, "IN_PERSON", "2024-03-01", ReconsiderationApiTest.idNumber());
        return base.substring(0, base.lastIndexOf('}')) + ",\"thirdPartyDetails\":" + thirdParties + "}";
    }

    List<String> stored(long caseId) {
        return jdbc.sql("SELECT COALESCE(id_number_enc, '') FROM reconsideration_party WHERE case_id = :c "
                + "AND party_role = 'THIRD_PARTY' ORDER BY id").param("c", caseId).query(String.class).list();
    }

    @Test
    void identifiedThirdPartiesAreCheckedEncryptedAndMasked() throws Exception {
        String person = ReconsiderationApiTest.idNumber();
        String body = call("/api/v1/reconsideration/cases", withThirdParties("""
                [{"kind":"PERSON","name":"第三人张","idNumber":"%s"},
                 {"kind":"ORGANISATION","name":"某某有限公司","uscc":"%s"}]""".formatted(person, USCC.toLowerCase())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.parties[1].name").value("第三人乙"))           // by name only
                .andExpect(jsonPath("$.parties[1].kind").doesNotExist())
                .andExpect(jsonPath("$.parties[2].kind").value("PERSON"))
                .andExpect(jsonPath("$.parties[2].idNumberMasked").value(person.substring(0, 4) + "**********" + person.substring(14)))
                .andExpect(jsonPath("$.parties[3].kind").value("ORGANISATION"))
                .andExpect(jsonPath("$.parties[3].uscc").value(USCC))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(person);
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        assertThat(stored(id).get(1)).startsWith("v1:").doesNotContain(person);

        // a wrong check character or USCC: Chinese 400, nothing saved
        long before = jdbc.sql("SELECT COUNT(*) FROM reconsideration_case").query(Long.class).single();
        String bad = person.substring(0, 17) + (person.charAt(17) == '1' ? '2' : '1');
        call("/api/v1/reconsideration/cases", withThirdParties("[{\"kind\":\"PERSON\",\"name\":\"丙\",\"idNumber\":\"" + bad + "\"}]"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("身份证号码")));
        call("/api/v1/reconsideration/cases", withThirdParties("[{\"kind\":\"ORGANISATION\",\"name\":\"丁\",\"uscc\":\"91110000600037341A\"}]"))
                .andExpect(status().isBadRequest());
        call("/api/v1/reconsideration/cases", withThirdParties("[{\"name\":\"戊\"}]"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reconsideration_case").query(Long.class).single()).isEqualTo(before);

        // a third party joins later, in the timeline and the audit trail
        String joiner = ReconsiderationApiTest.idNumber();
        call("/api/v1/reconsideration/cases/" + id + "/third-parties",
                "{\"kind\":\"PERSON\",\"name\":\"第三人李\",\"idNumber\":\"" + joiner + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parties[4].name").value("第三人李"))
                .andExpect(content().string(not(containsString(joiner))));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'reconsideration.thirdPartyAdded' AND target_id = :id")
                .param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theRegistrationPageTakesAnIdentifiedThirdParty() throws Exception {
        var page = user(userAccounts.loadDetails(officeUser).orElseThrow());
        mvc.perform(get("/reconsideration/new").with(page)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"thirdPartyDetails[0].idNumber\"")))
                .andExpect(content().string(containsString("name=\"rightsNotified\"")))
                .andExpect(content().string(containsString("name=\"immovableProperty\"")));
        String person = ReconsiderationApiTest.idNumber();
        String location = mvc.perform(post("/reconsideration").with(cn.fazhi.FormTokenRequests.formToken()).with(page).with(csrf())
                        .param("confirmDuplicate", "true")
                        .param("channel", "IN_PERSON").param("submittedOn", "2024-03-01").param("learnedOn", "2024-02-01")
                        .param("applicantKind", "ORGANISATION").param("applicantName", "申请公司")
                        .param("applicantUscc", USCC).param("respondentUnitId", "5").param("actDescription", "罚款")
                        .param("actCategory", "MONETARY").param("requests", "撤销")
                        .param("rightsNotified", "true").param("immovableProperty", "true")
                        .param("thirdPartyDetails[0].kind", "PERSON").param("thirdPartyDetails[0].name", "第三人页")
                        .param("thirdPartyDetails[0].idNumber", person))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(page)).andExpect(status().isOk())
                .andExpect(content().string(containsString("第三人页")))
                .andExpect(content().string(containsString(person.substring(0, 4) + "**********")))
                .andExpect(content().string(not(containsString(person))))
                .andExpect(content().string(containsString("/third-parties")));
    }
}
