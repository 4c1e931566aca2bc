package cn.fazhi.petitions;

import static cn.fazhi.FormTokenRequests.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * The backlog through the API and the pages: the petitions bureau takes a case in (too recent, missing fields: a
 * Chinese problem and nothing saved), names the leader, records a meeting, resolves it with evidence (its band counts
 * in the indicators by the day resolved) and records a relapse (reopened, counted); the petitioner's numbers are
 * masked; the responsible unit reads its own case, another unit gets 404; a unit cannot manage. Dates in 2025.
 */
@IntegrationTest
class PetitionBacklogTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TestAccounts accounts;
    @Autowired UserAccounts users;
    @Autowired Indicators indicators;

    private final ObjectMapper json = new ObjectMapper();

    RequestPostProcessor as(String username) {
        return user(users.loadDetails(username).orElseThrow());
    }

    BigDecimal value(String id, String from, String to) {
        return indicators.find(id).orElseThrow().value(new IndicatorQuery(java.time.LocalDate.parse(from),
                java.time.LocalDate.parse(to), "421202", new DataScope(ScopeLevel.DISTRICT, 16, "421202")));
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM petition_backlog").query(Long.class).single();
    }

    ResultActions open(String who, Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/v1/petitions").with(as(who)).with(csrf()).contentType("application/json")
                .content(json.writeValueAsString(body)));
    }

    int version(String who, long id) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/petitions/" + id).with(as(who))).andReturn().getResponse()
                .getContentAsString(), "$.backlog.version");
    }

    ResultActions step(String who, long id, String step, Map<String, Object> body) throws Exception {
        Map<String, Object> b = new HashMap<>(body);
        b.put("version", version(who, id));
        return mvc.perform(post("/api/v1/petitions/" + id + "/steps/" + step).with(as(who)).with(csrf())
                .contentType("application/json").content(json.writeValueAsString(b)));
    }

    @Test
    void aCaseIsTakenInOwnedMetResolvedAndRelapsesWithinScope() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        String bureau = accounts.create("pbx", 16, "PETITION_OFFICER");
        // township staff read the cases their township is responsible for (UNIT_STAFF has no petitions:view)
        String unit = accounts.create("pbu", 18, "TOWNSHIP_STAFF");
        String other = accounts.create("pbo", 20, "TOWNSHIP_STAFF");
        BigDecimal resolvedBefore = value("petitions.backlog.resolved.over5", "2025-06-01", "2025-06-30");
        BigDecimal relapsedBefore = value("petitions.backlog.relapsed", "2025-09-01", "2025-09-30");

        Map<String, Object> form = new HashMap<>(Map.of("petitionerName", "测试信访人" + s, "idNumber",
                "420102198001011234", "phone", "13912345678", "subject", "安置补偿争议" + s, "firstPetitionOn",
                "2019-03-01", "unitId", 18, "takenOn", "2025-01-10"));
        long before = count();
        open(unit, form).andExpect(status().isForbidden());
        Map<String, Object> recent = new HashMap<>(form);
        recent.put("firstPetitionOn", "2024-12-01");
        open(bureau, recent).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("首次信访后满90天仍未化解的方可纳入积案。"));
        Map<String, Object> bad = new HashMap<>(form);
        bad.put("idNumber", "420102198001011235");
        open(bureau, bad).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("身份")));
        Map<String, Object> noSubject = new HashMap<>(form);
        noSubject.remove("subject");
        open(bureau, noSubject).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请填写信访事项。"));
        assertThat(count()).as("nothing saved").isEqualTo(before);

        // a checksum-valid ID number
        String first17 = "42010219800101123";
        form.put("idNumber", first17 + cn.fazhi.platform.identifiers.ResidentIdNumber.checkCharacter(first17));
        String body = open(bureau, form).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.petitionerIdMasked").value(containsString("*")))
                .andExpect(jsonPath("$.petitionerPhoneMasked").value("139****5678"))
                .andExpect(jsonPath("$.caseNumber").value(containsString("咸安积案〔2025〕")))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("13912345678").doesNotContain(first17);
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        assertThat(jdbc.sql("SELECT petitioner_phone_enc FROM petition_backlog WHERE id = :id").param("id", id)
                .query(String.class).single()).doesNotContain("13912345678");

        // scope: the responsible unit reads it, another unit does not, and a unit cannot take a step
        mvc.perform(get("/api/v1/petitions/" + id).with(as(unit))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/petitions/" + id).with(as(other))).andExpect(status().isNotFound());
        step(unit, id, "assign", Map.of("leaderPost", "x", "leaderName", "y")).andExpect(status().isForbidden());

        step(bureau, id, "resolve", Map.of("on", "2025-06-10", "text", "落实补偿", "agreed", true))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("请先确定包案领导再登记化解。"));
        step(bureau, id, "assign", Map.of("leaderPost", "区委常委、常务副区长", "leaderName", "李文华"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.leaderName").value("李文华"));
        step(bureau, id, "meet", Map.of("on", "2025-02-01", "attendees", "包案领导、责任单位", "text", "明确化解方案"))
                .andExpect(status().isOk());
        // resolve needs its evidence: without it, nothing changes
        step(bureau, id, "resolve", Map.of("on", "2025-06-10", "text", "落实补偿", "agreed", true))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("化解依据材料")));
        mvc.perform(multipart("/api/v1/petitions/" + id + "/steps/resolve")
                        .file(new MockMultipartFile("evidence", "agreement.txt", "text/plain",
                                "息诉罢访协议".getBytes(StandardCharsets.UTF_8)))
                        .param("on", "2025-06-10").param("text", "落实补偿并签订协议").param("agreed", "true")
                        .param("version", String.valueOf(version(bureau, id))).with(as(bureau)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RESOLVED"))
                .andExpect(jsonPath("$.ageBand").value("NAIL"));
        assertThat(value("petitions.backlog.resolved.over5", "2025-06-01", "2025-06-30"))
                .isEqualByComparingTo(resolvedBefore.add(BigDecimal.ONE));

        step(bureau, id, "relapse", Map.of("on", "2025-09-02", "text", "信访人再次来访")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REOPENED")).andExpect(jsonPath("$.relapseCount").value(1));
        assertThat(value("petitions.backlog.relapsed", "2025-09-01", "2025-09-30"))
                .isEqualByComparingTo(relapsedBefore.add(BigDecimal.ONE));
        assertThat(value("petitions.backlog.resolved.over5", "2025-06-01", "2025-06-30"))
                .as("the earlier resolution still counts on its day").isEqualByComparingTo(resolvedBefore.add(BigDecimal.ONE));
        mvc.perform(get("/api/v1/petitions/" + id).with(as(bureau)))
                .andExpect(jsonPath("$.meetings.length()").value(1)).andExpect(jsonPath("$.resolutions.length()").value(1))
                .andExpect(jsonPath("$.relapses.length()").value(1));

        // pages
        mvc.perform(get("/petitions").param("q", s).with(as(bureau))).andExpect(status().isOk())
                .andExpect(content().string(containsString("安置补偿争议" + s)));
        mvc.perform(get("/petitions/" + id).with(as(bureau))).andExpect(status().isOk())
                .andExpect(content().string(containsString("139****5678")))
                .andExpect(content().string(not(containsString("13912345678"))))
                .andExpect(content().string(containsString("5年以上“钉子案”")))
                .andExpect(content().string(containsString("agreement.txt")));
        mvc.perform(get("/petitions/" + id).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/petitions.xlsx").param("q", s).with(as(bureau))).andExpect(status().isOk());
        mvc.perform(get("/petitions/new").with(as(unit))).andExpect(status().isForbidden());
        long pageBefore = count();
        mvc.perform(post("/petitions/new").with(as(bureau)).with(formToken()).with(csrf()).param("petitionerName", "页面")
                        .param("subject", "页面事项" + s).param("firstPetitionOn", "2025-10-01").param("unitId", "18")
                        .param("takenOn", "2025-11-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("首次信访后满90天")));
        assertThat(count()).isEqualTo(pageBefore);
        mvc.perform(post("/petitions/new").with(as(bureau)).with(formToken()).with(csrf()).param("petitionerName", "页面")
                        .param("subject", "页面事项" + s).param("firstPetitionOn", "2024-10-01").param("unitId", "18")
                        .param("takenOn", "2025-11-01"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/petitions").with(as(accounts.create("pbm", 18, "MEDIATOR")))).andExpect(status().isForbidden());
    }
}
