package cn.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.enforcement.OfficerCommands;
import cn.fazhi.enforcement.Officers;
import cn.fazhi.platform.identifiers.ResidentIdNumber;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * The register of inspectors shows a department only its officers holding a certificate valid today (not an expired
 * one, not one without), with the number and areas; another department's register is a 404 to a unit. Declared
 * relations (回避): the officer's unit or the office declares them once per pair, a reason "other" needs a note, another
 * unit cannot touch them, and a withdrawal removes the pair from the draw's input and is audited.
 */
@IntegrationTest
class InspectorRegisterApiTest {

    static final String PATH = "/api/v1/supervision/random-inspections";
    static final DataScope DISTRICT = new DataScope(ScopeLevel.DISTRICT, 2, "421202");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Officers officers;

    String office;
    String market;
    String housing;
    String township;
    String tag;

    @BeforeEach
    void tokens() throws Exception {
        office = TestAccounts.token(mvc, accounts.create("irfzb", 2, "LAW_OFFICE"), TestAccounts.PASSWORD);
        market = TestAccounts.token(mvc, accounts.create("irmkt", 5, "UNIT_STAFF"), TestAccounts.PASSWORD);
        housing = TestAccounts.token(mvc, accounts.create("irhou", 6, "UNIT_STAFF"), TestAccounts.PASSWORD);
        township = TestAccounts.token(mvc, accounts.create("irtwn", 17, "TOWNSHIP_STAFF"), TestAccounts.PASSWORD);
        tag = UUID.randomUUID().toString().substring(0, 6);
    }

    ResultActions call(String token, String method, String path, String body) throws Exception {
        var request = switch (method) {
            case "GET" -> get(path);
            case "DELETE" -> delete(path);
            default -> post(path);
        };
        request.header("Authorization", "Bearer " + token).contentType("application/json");
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    static String idNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String first17 = "421202" + (1970 + r.nextInt(30)) + "%02d%02d".formatted(1 + r.nextInt(12), 1 + r.nextInt(28))
                + "%03d".formatted(r.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    long officer(long unitId, String name, LocalDate from, LocalDate to, String areas) {
        long id = officers.register(new OfficerCommands.Officer(unitId, null, null, name, idNumber(), "执法队员",
                LocalDate.of(2024, 3, 1), false, null, false, true), DISTRICT).id();
        if (from != null) {
            String number = "T" + Long.toString(System.nanoTime(), 36).toUpperCase()
                    + ThreadLocalRandom.current().nextInt(1000, 9999);
            officers.issue(id, new OfficerCommands.Certificate(number, "咸宁市人民政府", areas, from, to), DISTRICT);
        }
        return id;
    }

    String entity() throws Exception {
        String uscc = TargetRegisterFixtures.uscc();
        call(office, "POST", PATH + "/entities", """
                {"uscc":"%s","name":"回避测试公司%s","industryCode":"F5211","regionCode":"421202001"}"""
                .formatted(uscc, tag)).andExpect(status().isCreated());
        return uscc;
    }

    @Test
    void aDepartmentSeesOnlyItsOfficersCertifiedToday() throws Exception {
        LocalDate today = LocalDate.now();
        long valid = officer(5, "持证" + tag, LocalDate.of(2024, 1, 1), today.plusYears(1), "市场监管、食品安全");
        officer(5, "过期" + tag, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "市场监管");
        officer(5, "无证" + tag, null, null, null);
        long other = officer(6, "住建" + tag, LocalDate.of(2024, 1, 1), today.plusYears(1), "城乡建设");
        call(market, "GET", PATH + "/inspectors?q=" + tag, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].officerId").value(valid))
                .andExpect(jsonPath("$.items[0].areas").value("市场监管、食品安全"))
                .andExpect(jsonPath("$.items[0].certificateNumber").isNotEmpty());
        call(market, "GET", PATH + "/inspectors?unitId=6&q=" + tag, null).andExpect(status().isNotFound());
        call(market, "GET", PATH + "/inspectors/" + other, null).andExpect(status().isNotFound());
        call(office, "GET", PATH + "/inspectors?unitId=6&q=" + tag, null).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].officerId").value(other));
        call(township, "GET", PATH + "/inspectors", null).andExpect(status().isForbidden());
        mvc.perform(get(PATH + "/inspectors/export?q=" + tag).header("Authorization", "Bearer " + market))
                .andExpect(status().isOk());
    }

    @Test
    void relationsAreDeclaredByTheOfficersUnitOrTheOfficeAndWithdrawnWithAnAuditRecord() throws Exception {
        LocalDate today = LocalDate.now();
        long mine = officer(5, "回避甲" + tag, LocalDate.of(2024, 1, 1), today.plusYears(1), "市场监管");
        long theirs = officer(6, "回避乙" + tag, LocalDate.of(2024, 1, 1), today.plusYears(1), "城乡建设");
        String uscc = entity();
        long before = jdbc.sql("SELECT COUNT(*) FROM random_avoidance").query(Long.class).single();
        call(market, "POST", PATH + "/avoidance", """
                {"officerId":%d,"uscc":"%s","reason":"OTHER"}""".formatted(mine, uscc))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("说明")));
        call(market, "POST", PATH + "/avoidance", """
                {"officerId":%d,"uscc":"%s","reason":"KIN","declaredOn":"%s"}""".formatted(mine, uscc, today.plusDays(1)))
                .andExpect(status().isBadRequest());
        call(market, "POST", PATH + "/avoidance", """
                {"officerId":%d,"uscc":"%s","reason":"KIN"}""".formatted(mine, TargetRegisterFixtures.uscc()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("名录库中没有")));
        call(market, "POST", PATH + "/avoidance", """
                {"officerId":%d,"uscc":"%s","reason":"KIN"}""".formatted(theirs, uscc)).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM random_avoidance").query(Long.class).single()).isEqualTo(before);
        String body = call(market, "POST", PATH + "/avoidance", """
                {"officerId":%d,"uscc":"%s","reason":"KIN","note":"配偶任该公司负责人"}""".formatted(mine, uscc))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.reason").value("KIN"))
                .andExpect(jsonPath("$.declaredOn").value(today.toString())).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        call(market, "POST", PATH + "/avoidance", """
                {"officerId":%d,"uscc":"%s","reason":"INTEREST"}""".formatted(mine, uscc)).andExpect(status().isConflict());
        call(market, "GET", PATH + "/inspectors/" + mine, null).andExpect(jsonPath("$.relations").value(1));
        call(market, "GET", PATH + "/avoidance?officerId=" + mine, null).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].uscc").value(uscc));
        // the office declares for any unit; another unit neither sees nor withdraws the market bureau's relation
        body = call(office, "POST", PATH + "/avoidance", """
                {"officerId":%d,"uscc":"%s","reason":"FORMER_EMPLOYMENT"}""".formatted(theirs, uscc))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long officeDeclared = ((Number) JsonPath.read(body, "$.id")).longValue();
        call(housing, "DELETE", PATH + "/avoidance/" + id, null).andExpect(status().isNotFound());
        call(market, "DELETE", PATH + "/avoidance/" + officeDeclared, null).andExpect(status().isNotFound());
        call(market, "DELETE", PATH + "/avoidance/" + id, null).andExpect(status().isNoContent());
        call(office, "DELETE", PATH + "/avoidance/" + officeDeclared, null).andExpect(status().isNoContent());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM random_avoidance").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE action = 'supervision.registers.avoidance.withdrawn' "
                + "AND target_id = :id").param("id", String.valueOf(id)).query(String.class).single())
                .contains(uscc).contains("KIN");
    }
}
