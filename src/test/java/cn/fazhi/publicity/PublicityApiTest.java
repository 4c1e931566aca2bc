package cn.fazhi.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;

/**
 * 普法 over the API: a unit starts, fills and submits its own duty list and no other unit's; the office publishes it and
 * it appears on the portal; an activity counts for its unit; bad input is a Chinese problem and saves nothing; a
 * 法治副校长 appointment breaking 教育部令第52号 is refused; a role without publicity:view gets 403.
 */
@IntegrationTest
class PublicityApiTest {

    static final String API = "/api/v1/publicity";

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;

    String unitA;
    @Autowired cn.fazhi.duties.Roster roster;
    String unitB;
    long a;
    long b;
    String office;
    String cadre;
    int year;

    @BeforeEach
    void setUp() {
        year = LocalDate.now().getYear();
        a = freeUnit(year, 0);
        unitA = accounts.create("pua", a, "UNIT_STAFF");
        b = freeUnit(year, a);
        unitB = accounts.create("pub", b, "UNIT_STAFF");
        office = accounts.create("puo", 2, "LAW_OFFICE");
        cadre = accounts.create("puc", 5, "CADRE");
        year = LocalDate.now().getYear();
    }

    /** A district unit with no duty list for {@code year} yet (so the test runs again on a kept database). */
    long freeUnit(int year, long except) {
        return jdbc.sql("SELECT MIN(u.id) FROM unit u WHERE u.id BETWEEN 45 AND 88 AND u.id <> :x AND NOT EXISTS "
                + "(SELECT 1 FROM pub_duty_list l WHERE l.unit_id = u.id AND l.list_year = :y)").param("x", except)
                .param("y", year).query(Long.class).single();
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

    long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    long listOf(String user, long unit) throws Exception {
        var existing = jdbc.sql("SELECT id FROM pub_duty_list WHERE unit_id = :u AND list_year = :y").param("u", unit)
                .param("y", year).query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        return id(call(post(API + "/duty-lists"), user, "{\"year\":" + year + "}").andExpect(status().isCreated()));
    }

    @Test
    void aUnitSubmitsItsOwnListTheOfficePublishesItAndThePortalShowsIt() throws Exception {
        long list = listOf(unitA, a);
        String unitName = jdbc.sql("SELECT name FROM unit WHERE id = :u").param("u", a).query(String.class).single();
        long items = count("pub_duty_item");
        call(post(API + "/duty-lists/" + list + "/items"), unitA, "{\"content\":\"\",\"audience\":\"企业\",\"form\":\"宣讲\","
                + "\"timing\":\"全年\",\"plannedCount\":3}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("普法内容")));
        call(post(API + "/duty-lists/" + list + "/items"), unitA, "{\"content\":\"统计法\",\"audience\":\"企业\",\"form\":\"宣讲\","
                + "\"timing\":\"全年\",\"plannedCount\":0}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("计划次数")));
        call(post(API + "/duty-lists/" + list + "/submit"), unitA, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("至少应有一项")));
        assertThat(count("pub_duty_item")).isEqualTo(items);

        call(post(API + "/duty-lists/" + list + "/items"), unitB, "{\"content\":\"统计法\",\"audience\":\"企业\",\"form\":\"宣讲\","
                + "\"timing\":\"全年\",\"plannedCount\":3}").andExpect(status().isNotFound());
        call(post(API + "/duty-lists/" + list + "/items"), unitA, "{\"content\":\"统计法及实施条例\",\"audience\":\"统计调查对象\","
                + "\"form\":\"进企业宣讲\",\"timing\":\"全年\",\"plannedCount\":3}").andExpect(status().isCreated());
        call(post(API + "/duty-lists/" + list + "/submit"), unitB, null).andExpect(status().isNotFound());
        call(post(API + "/duty-lists/" + list + "/publish"), unitA, null).andExpect(status().isForbidden());
        call(post(API + "/duty-lists/" + list + "/submit"), unitA, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        call(post(API + "/duty-lists/" + list + "/items"), unitA, "{\"content\":\"x\",\"audience\":\"y\",\"form\":\"z\","
                + "\"timing\":\"t\",\"plannedCount\":1}").andExpect(status().isConflict());
        call(get(API + "/duty-lists?year=" + year), unitB, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        call(post(API + "/duty-lists/" + list + "/publish"), office, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(get("/public/publicity/duties").param("q", unitName)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("统计法及实施条例")));
        call(post(API + "/duty-lists"), unitA, "{\"year\":" + year + "}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("已存在")));
        call(post(API + "/duty-lists"), unitB, "{\"year\":1999}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("年度不正确")));
    }

    @Test
    void anActivityIsRecordedForTheUnitAndBadInputSavesNothing() throws Exception {
        long before = count("pub_activity");
        String today = LocalDate.now().toString();
        call(post(API + "/activities"), unitB, "{\"heldOn\":\"" + LocalDate.now().plusDays(3) + "\",\"kind\":\"OTHER\","
                + "\"title\":\"t\",\"place\":\"p\",\"participants\":10,\"materials\":10}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("不能晚于今天")));
        call(post(API + "/activities"), unitB, "{\"heldOn\":\"" + today + "\",\"kind\":\"NOPE\",\"title\":\"t\","
                + "\"place\":\"p\",\"participants\":10,\"materials\":10}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("活动类型")));
        call(post(API + "/activities"), unitB, "{\"heldOn\":\"" + today + "\",\"kind\":\"OTHER\",\"title\":\"t\","
                + "\"place\":\"p\",\"participants\":-1,\"materials\":10}").andExpect(status().isBadRequest());
        call(post(API + "/activities"), unitB, "{\"heldOn\":\"not-a-date\"}").andExpect(status().isBadRequest());
        assertThat(count("pub_activity")).isEqualTo(before);
        call(post(API + "/activities"), unitB, "{\"heldOn\":\"" + today + "\",\"kind\":\"CIVIL_CODE_MONTH\","
                + "\"title\":\"民法典进企业\",\"place\":\"咸安经济开发区\",\"participants\":120,\"materials\":300,"
                + "\"coUnitIds\":[" + a + "]}").andExpect(status().isCreated());
        assertThat(count("pub_activity")).isEqualTo(before + 1);
        call(get(API + "/activities?q=" + "民法典进企业"), unitA, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        call(get(API + "/fulfilment?year=" + year), unitB, null).andExpect(status().isOk())
                // the unit sees its own line when this year's roster holds it (other tests may have kept the roster)
                .andExpect(jsonPath("$.units.length()").value(roster.contains(year, b) ? 1 : 0));
        call(get(API + "/fulfilment?year=2023"), office, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.units.length()").value(78));
        call(get(API + "/activities?size=0"), unitB, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("分页")));
    }

    @Test
    void anAppointmentBreakingOrder52IsRefusedAndNothingSaved() throws Exception {
        long school = jdbc.sql("SELECT MIN(id) FROM pub_school").query(Long.class).single();
        long school2 = jdbc.sql("SELECT MAX(id) FROM pub_school").query(Long.class).single();
        long school3 = jdbc.sql("SELECT MIN(id) + 1 FROM pub_school").query(Long.class).single();
        long before = count("pub_vice_principal");
        String day = LocalDate.now().toString();
        call(post(API + "/vice-principals"), office, "{\"name\":\"测试民警\",\"sendingBody\":\"POLICE\",\"appointedOn\":\""
                + day + "\",\"schoolIds\":[" + school + "," + school2 + "," + school3 + "]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("最多担任2所")));
        call(post(API + "/vice-principals"), office, "{\"name\":\"退休法官\",\"sendingBody\":\"COURT\",\"retired\":true,"
                + "\"age\":66,\"appointedOn\":\"" + day + "\",\"schoolIds\":[" + school + "]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("65周岁")));
        call(post(API + "/vice-principals"), office, "{\"name\":\"退休检察官\",\"sendingBody\":\"PROCURATORATE\",\"retired\":true,"
                + "\"age\":63,\"earlierTerms\":1,\"appointedOn\":\"" + day + "\",\"schoolIds\":[" + school + "]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("一届")));
        call(post(API + "/vice-principals"), office, "{\"name\":\"某人\",\"sendingBody\":\"ARMY\",\"appointedOn\":\""
                + day + "\",\"schoolIds\":[" + school + "]}").andExpect(status().isBadRequest());
        assertThat(count("pub_vice_principal")).isEqualTo(before);
        call(post(API + "/vice-principals"), unitA, "{\"name\":\"测试民警\",\"sendingBody\":\"POLICE\",\"appointedOn\":\""
                + day + "\",\"schoolIds\":[" + school + "]}").andExpect(status().isForbidden());
        long id = id(call(post(API + "/vice-principals"), office, "{\"name\":\"测试司法所长\",\"sendingBody\":\"JUSTICE\","
                + "\"appointedOn\":\"" + day + "\",\"schoolIds\":[" + school + "," + school2 + "]}")
                .andExpect(status().isCreated()));
        assertThat(jdbc.sql("SELECT term_end FROM pub_vice_principal WHERE id = :id").param("id", id)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.now().plusYears(3).minusDays(1));
        call(get(API + "/vice-principals?shortOnly=true&year=2023"), office, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(5));
        call(get(API + "/schools?withoutOnly=true&year=2023"), office, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aCadreWithoutThePermissionGets403AndEvaluationsAreChecked() throws Exception {
        call(get(API + "/duty-lists"), cadre, null).andExpect(status().isForbidden());
        long report = jdbc.sql("SELECT MIN(id) FROM pub_duty_report").query(Long.class).single();
        long expert = jdbc.sql("SELECT MAX(id) FROM pub_expert").query(Long.class).single();
        call(get(API + "/reports/" + report + "/evaluations"), office, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(5));
        call(post(API + "/reports/" + report + "/evaluations"), office, "{\"expertId\":" + expert + ",\"score\":101}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("0 至 100")));
        call(post(API + "/reports/" + report + "/evaluations"), unitA, "{\"expertId\":" + expert + ",\"score\":90}")
                .andExpect(status().isForbidden());
        call(get(API + "/reports/" + report + "/evaluations"), unitA, null).andExpect(status().isNotFound());
        call(get(API + "/head-talks?year=2023"), office, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(9));
        call(get(API + "/villages?level=NATIONAL"), unitA, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3));
    }

    @Test
    void talksVisitsAndLessonsAreCheckedBeforeTheyAreSaved() throws Exception {
        String day = LocalDate.now().toString();
        long talks = count("pub_head_talk");
        call(post(API + "/head-talks"), unitA, "{\"headPost\":\"局长\",\"headName\":\"\",\"heldOn\":\"" + day
                + "\",\"topic\":\"依法统计\",\"medium\":\"访谈节目\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("姓名")));
        assertThat(count("pub_head_talk")).isEqualTo(talks);
        call(post(API + "/head-talks"), unitA, "{\"headPost\":\"局长\",\"headName\":\"测试\",\"heldOn\":\"" + day
                + "\",\"topic\":\"依法统计\",\"medium\":\"访谈节目\"}").andExpect(status().isCreated());
        call(post(API + "/head-talks"), cadre, "{}").andExpect(status().isForbidden());

        long[] vs = jdbc.sql("SELECT vice_principal_id, school_id FROM pub_vp_school ORDER BY vice_principal_id")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list().get(0);
        long otherSchool = jdbc.sql("SELECT MAX(id) FROM pub_school").query(Long.class).single();
        long lessons = count("pub_lesson");
        call(post(API + "/lessons"), office, "{\"vicePrincipalId\":" + vs[0] + ",\"schoolId\":" + otherSchool
                + ",\"heldOn\":\"" + day + "\",\"topic\":\"宪法\",\"periods\":2}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("不在所选学校任职")));
        call(post(API + "/lessons"), office, "{\"vicePrincipalId\":" + vs[0] + ",\"schoolId\":" + vs[1]
                + ",\"heldOn\":\"" + day + "\",\"topic\":\"宪法\",\"periods\":0}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("课时")));
        assertThat(count("pub_lesson")).isEqualTo(lessons);
        call(post(API + "/lessons"), office, "{\"vicePrincipalId\":" + vs[0] + ",\"schoolId\":" + vs[1]
                + ",\"heldOn\":\"" + day + "\",\"topic\":\"宪法\",\"periods\":2}").andExpect(status().isCreated());
        long visits = count("pub_school_visit");
        call(post(API + "/school-visits"), unitA, "{\"schoolId\":" + vs[1] + ",\"heldOn\":\"" + day
                + "\",\"topic\":\"送法进校园\",\"reach\":-5}").andExpect(status().isBadRequest());
        assertThat(count("pub_school_visit")).isEqualTo(visits);
        call(post(API + "/school-visits"), unitA, "{\"schoolId\":" + vs[1] + ",\"heldOn\":\"" + day
                + "\",\"topic\":\"送法进校园\",\"reach\":300}").andExpect(status().isCreated());
        assertThat(count("pub_school_visit")).isEqualTo(visits + 1);
    }
}
