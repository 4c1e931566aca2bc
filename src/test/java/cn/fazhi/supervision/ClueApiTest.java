package cn.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
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
import cn.fazhi.rectification.Problems;

/**
 * The clue register and the instruments over the API: the office records a clue, verifies it, issues a 监督通知书 whose
 * deadline is 10 working days; the unit answers; the office accepts and closes; a reply overdue is a to-do and a
 * deadline of the unit; rectification problems raised from a clue are linked both ways; a transfer to the discipline
 * organs is recorded; bad input gives a Chinese problem and saves nothing; another unit's staff get 404; a unit does not
 * see clues not yet addressed to it; only the office may record and issue.
 */
@IntegrationTest
class ClueApiTest {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired CaseLinks links;
    @Autowired Problems problems;
    @Autowired cn.fazhi.cases.Todos todos;

    long unit;
    String office;
    String staff;
    String otherStaff;

    @BeforeEach
    void setUp() throws Exception {
        unit = unit("监督测试局");
        long other = unit("监督另一局");
        office = TestAccounts.token(mvc, accounts.create("sof", 2, "LAW_OFFICE"), TestAccounts.PASSWORD);
        staff = TestAccounts.token(mvc, accounts.create("sst", unit, "UNIT_STAFF"), TestAccounts.PASSWORD);
        otherStaff = TestAccounts.token(mvc, accounts.create("sot", other, "UNIT_STAFF"), TestAccounts.PASSWORD);
    }

    long unit(String name) {
        String code = "T-S-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO unit (code, name, short_name, type, parent_id, region_code, sort_order) "
                        + "VALUES (:c, :n, :s, 'DEPARTMENT', 3, '421202', 900)")
                .param("c", code).param("n", name + code).param("s", name + code.substring(4, 8)).update();
        return jdbc.sql("SELECT id FROM unit WHERE code = :c").param("c", code).query(Long.class).single();
    }

    ResultActions call(String token, String path, String body) throws Exception {
        var request = body == null ? get(path) : post(path).contentType("application/json").content(body);
        return mvc.perform(request.header("Authorization", "Bearer " + token).header("Accept-Language", "zh-CN"));
    }

    long register(String summary) throws Exception {
        String body = call(office, "/api/v1/supervision/clues", """
                {"source":"COMPLAINT","unitId":%d,"summary":"%s","complainant":"王某","complainantPhone":"13907150099"}""".formatted(unit, summary))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("RECEIVED"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    int version(long id) throws Exception {
        return JsonPath.read(call(office, "/api/v1/supervision/clues/" + id, null).andReturn().getResponse()
                .getContentAsString(), "$.version");
    }

    /** Verified with findings and a 监督通知书 issued today. */
    long issued(String kind) throws Exception {
        long id = register("群众反映执法人员未出示执法证件");
        call(office, "/api/v1/supervision/clues/" + id + "/verify", "{\"version\":0}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VERIFYING"));
        call(office, "/api/v1/supervision/clues/" + id + "/findings", "{\"version\":1,\"findings\":\"经调阅案卷，反映属实\"}")
                .andExpect(status().isOk());
        call(office, "/api/v1/supervision/clues/" + id + "/issue",
                "{\"version\":2,\"kind\":\"" + kind + "\",\"content\":\"请说明有关情况并提供案卷材料。\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ISSUED"))
                .andExpect(jsonPath("$.letters[0].kind").value(kind));
        return id;
    }

    @Test
    void theOfficeIssuesANoticeTheUnitAnswersAndTheOfficeCloses() throws Exception {
        long id = issued("NOTICE");
        LocalDate today = LocalDate.now();
        String letter = call(office, "/api/v1/supervision/clues/" + id, null)
                .andExpect(jsonPath("$.letters[0].letterNumber").value(org.hamcrest.Matchers.startsWith(
                        "咸安执监通〔" + today.getYear() + "〕")))
                .andExpect(jsonPath("$.letters[0].dayType").value("WORKING_DAYS"))
                .andExpect(jsonPath("$.letters[0].replyAmount").value(10))
                .andReturn().getResponse().getContentAsString();
        LocalDate due = LocalDate.parse(JsonPath.read(letter, "$.letters[0].dueOn"));
        assertThat(due).isAfterOrEqualTo(today.plusDays(14));
        long letterId = ((Number) JsonPath.read(letter, "$.letters[0].id")).longValue();
        // the unit sees it among its letters and to-dos, answers it
        call(staff, "/api/v1/supervision/letters/" + letterId, null).andExpect(status().isOk());
        call(staff, "/api/v1/supervision/clues/" + id + "/actions", null).andExpect(jsonPath("$[0]").value("reply"));
        call(staff, "/api/v1/supervision/clues/" + id, null).andExpect(jsonPath("$.complainant").doesNotExist())
                .andExpect(jsonPath("$.complainantPhoneMasked").doesNotExist());
        call(office, "/api/v1/supervision/clues/" + id, null).andExpect(jsonPath("$.complainantPhoneMasked").value("139****0099"));
        assertThat(jdbc.sql("SELECT complainant_phone_enc FROM supervision_clue WHERE id = :id").param("id", id)
                .query(String.class).single()).isNotBlank().doesNotContain("13907150099");
        call(staff, "/api/v1/supervision/letters/" + letterId + "/reply", "{\"version\":3,\"reply\":\"已提供案卷并作书面说明。\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REPLIED"));
        call(staff, "/api/v1/supervision/letters/" + letterId + "/reply", "{\"version\":4,\"reply\":\"再次答复\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("该监督文书已答复。"));
        // the unit cannot accept; the office can
        call(staff, "/api/v1/supervision/clues/" + id + "/accept", "{\"version\":4}").andExpect(status().isForbidden());
        call(office, "/api/v1/supervision/clues/" + id + "/accept", "{\"version\":4}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.letters[0].acceptedOn").value(today.toString()));
        // the document of the instrument
        call(office, "/api/v1/supervision/letters/" + letterId + "/document.pdf", null).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_event WHERE case_type = 'supervision' AND case_id = :id")
                .param("id", id).query(Long.class).single()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void anOverdueReplyIsADeadlineOfTheUnit() throws Exception {
        long id = issued("SUGGESTION");
        jdbc.sql("UPDATE supervision_letter SET due_on = :d WHERE clue_id = :id").param("d", LocalDate.now().minusDays(1))
                .param("id", id).update();
        call(staff, "/api/v1/supervision/clues/" + id, null).andExpect(jsonPath("$.letters[0].overdue").value(true));
        call(staff, "/api/v1/supervision/letters?size=50", null)
                .andExpect(jsonPath("$.items[?(@.clueId == " + id + ")].overdue").value(org.hamcrest.Matchers.contains(true)));
        call(otherStaff, "/api/v1/supervision/letters?size=50", null)
                .andExpect(jsonPath("$.items[?(@.clueId == " + id + ")]").isEmpty());
        // the unit's to-dos: the instrument to answer, and its lapsed deadline
        var unitCaller = new cn.fazhi.platform.scope.Caller() {
            public cn.fazhi.platform.scope.DataScope scope() {
                return new cn.fazhi.platform.scope.DataScope(cn.fazhi.platform.scope.ScopeLevel.UNIT, unit, "421202");
            }

            public boolean can(String permission) {
                return permission.equals(SupervisionPermissions.VIEW) || permission.equals(SupervisionPermissions.RESPOND);
            }
        };
        var groups = todos.of(unitCaller, 50);
        assertThat(groups).anySatisfy(g -> {
            assertThat(g.labelKey()).isEqualTo("supervision.clue.todo.reply");
            assertThat(g.items()).anySatisfy(i -> assertThat(i.path()).isEqualTo("/supervision/clues/" + id));
        });
        assertThat(groups).anySatisfy(g -> {
            assertThat(g.labelKey()).isEqualTo(cn.fazhi.cases.Todos.DUE_LABEL);
            assertThat(g.items()).anySatisfy(i -> assertThat(i.path()).isEqualTo("/supervision/clues/" + id));
        });
    }

    @Test
    void rectificationProblemsAreLinkedBothWays() throws Exception {
        long id = issued("DECISION");
        call(staff, "/api/v1/supervision/clues/" + id + "/reply", "{\"version\":3,\"reply\":\"已纠正。\"}")
                .andExpect(status().isOk());
        call(office, "/api/v1/supervision/clues/" + id + "/rectify",
                "{\"version\":4,\"problems\":\"未告知陈述申辩权利\\n案卷未编目\",\"ruleBreached\":\"行政处罚法第四十四条\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        assertThat(problems.bySource(Clues.CASE_TYPE, id)).hasSize(2).allSatisfy(p -> assertThat(p.unitId()).isEqualTo(unit));
        assertThat(links.of(new CaseRef(Clues.CASE_TYPE, id))).filteredOn(CaseLinks.Linked::outgoing).hasSize(2);
        call(office, "/api/v1/supervision/clues/" + id + "/links", null).andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void aProblemClueIsTransferredToTheDisciplineOrgans() throws Exception {
        long id = register("反映执法人员收受好处");
        call(office, "/api/v1/supervision/clues/" + id + "/transfer", """
                {"version":0,"organ":"区纪委监委","transferredOn":"%s","letterNo":"咸安纪移〔%d〕1号","summary":"移送问题线索"}"""
                .formatted(LocalDate.now(), LocalDate.now().getYear()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("TRANSFERRED"))
                .andExpect(jsonPath("$.transferOrgan").value("区纪委监委"));
    }

    @Test
    void badInputGivesAChineseProblemAndSavesNothing() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM supervision_clue").query(Long.class).single();
        call(office, "/api/v1/supervision/clues", "{\"source\":\"COMPLAINT\",\"unitId\":" + unit + ",\"summary\":\" \"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("请填写线索内容。"));
        call(office, "/api/v1/supervision/clues", "{\"source\":\"RECONSIDERATION\",\"unitId\":" + unit + ",\"summary\":\"x\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("线索来源")));
        call(office, "/api/v1/supervision/clues", "{\"source\":\"COMPLAINT\",\"unitId\":999999,\"summary\":\"x\"}")
                .andExpect(status().isBadRequest());
        call(office, "/api/v1/supervision/clues", "{\"source\":\"COMPLAINT\",\"unitId\":" + unit
                + ",\"summary\":\"x\",\"complainantPhone\":\"12345\"}").andExpect(status().isBadRequest());
        call(office, "/api/v1/supervision/clues", "{\"source\":\"COMPLAINT\",\"unitId\":" + unit
                + ",\"summary\":\"x\",\"receivedOn\":\"" + LocalDate.now().plusDays(3) + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("日期不能晚于今天。"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM supervision_clue").query(Long.class).single()).isEqualTo(before);
        // a step: issuing before the findings, without a kind, or with a stale version
        long id = register("反映重复检查");
        call(office, "/api/v1/supervision/clues/" + id + "/verify", "{\"version\":0}").andExpect(status().isOk());
        call(office, "/api/v1/supervision/clues/" + id + "/issue", "{\"version\":1,\"kind\":\"NOTICE\",\"content\":\"x\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("请先记录核查情况，再制发监督文书。"));
        call(office, "/api/v1/supervision/clues/" + id + "/findings", "{\"version\":0,\"findings\":\"x\"}")
                .andExpect(status().isConflict());
        call(office, "/api/v1/supervision/clues/" + id + "/accept", "{\"version\":1}").andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM supervision_letter WHERE clue_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
        assertThat(version(id)).isEqualTo(1);
    }

    @Test
    void permissionsAndDataScope() throws Exception {
        long id = issued("OPINION");
        long letterId = jdbc.sql("SELECT id FROM supervision_letter WHERE clue_id = :id").param("id", id)
                .query(Long.class).single();
        call(otherStaff, "/api/v1/supervision/clues/" + id, null).andExpect(status().isNotFound());
        call(otherStaff, "/api/v1/supervision/letters/" + letterId, null).andExpect(status().isNotFound());
        call(otherStaff, "/api/v1/supervision/letters/" + letterId + "/document.docx", null).andExpect(status().isNotFound());
        call(otherStaff, "/api/v1/supervision/clues/" + id + "/reply", "{\"version\":3,\"reply\":\"x\"}")
                .andExpect(status().isNotFound());
        call(staff, "/api/v1/supervision/clues", "{\"source\":\"COMPLAINT\",\"unitId\":" + unit + ",\"summary\":\"x\"}")
                .andExpect(status().isForbidden());
        call(staff, "/api/v1/supervision/clues/" + id + "/transfer", "{\"version\":3}").andExpect(status().isForbidden());
        // a clue not yet addressed to the unit stays with the office
        long fresh = register("尚在核查的线索");
        call(staff, "/api/v1/supervision/clues/" + fresh, null).andExpect(status().isNotFound());
        call(staff, "/api/v1/supervision/clues?size=100", null)
                .andExpect(jsonPath("$.items[?(@.id == " + fresh + ")]").isEmpty())
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")]").isNotEmpty());
        call(office, "/api/v1/supervision/clues?unitId=" + unit + "&source=COMPLAINT&size=100", null)
                .andExpect(jsonPath("$.total").value(2));
    }
}
