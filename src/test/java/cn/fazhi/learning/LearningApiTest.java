package cn.fazhi.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import cn.idev.excel.FastExcel;

/**
 * 学法 over the API against the whole application: the office registers cadres and questions, creates a test and
 * assigns it; a cadre starts it, answers (saved as given, validated, refused after the server-side deadline), submits
 * and gets the score; nobody else can see or answer the attempt; a unit sees its own unit only; a cadre sees only their
 * own tests; bad input is a Chinese problem and saves nothing; a question import is all or nothing, naming the bad row.
 */
@IntegrationTest
class LearningApiTest {

    static final String API = "/api/v1/learning";
    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;

    final Map<String, String> tokens = new HashMap<>();
    String office;
    String staff5;
    String staff7;
    String cadreA;
    String cadreB;
    String cadre7;

    @BeforeEach
    void setUp() {
        office = accounts.create("lo", 2, "LAW_OFFICE");
        staff5 = accounts.create("lu", 5, "UNIT_STAFF");
        staff7 = accounts.create("lv", 7, "UNIT_STAFF");
        cadreA = accounts.create("la", 5, "CADRE");
        cadreB = accounts.create("lb", 5, "CADRE");
        cadre7 = accounts.create("lc", 7, "CADRE");
    }

    ResultActions call(MockHttpServletRequestBuilder request, String username, String body) throws Exception {
        String token = tokens.get(username);
        if (token == null) {
            token = TestAccounts.token(mvc, username, TestAccounts.PASSWORD);
            tokens.put(username, token);
        }
        request.header("Authorization", "Bearer " + token).contentType("application/json");
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    String token(String username) throws Exception {
        String token = tokens.get(username);
        if (token == null) {
            token = TestAccounts.token(mvc, username, TestAccounts.PASSWORD);
            tokens.put(username, token);
        }
        return token;
    }

    ResultActions upload(byte[] sheet) throws Exception {
        return mvc.perform(multipart(API + "/questions/import").file(new MockMultipartFile("file", "题库.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet))
                .header("Authorization", "Bearer " + token(office)));
    }

    static long id(ResultActions r, String path) throws Exception {
        return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), path)).longValue();
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    long cadre(long unit, String name, String username) throws Exception {
        return id(call(post(API + "/cadres"), office, "{\"unitId\":" + unit + ",\"name\":\"" + name + "\",\"position\":\"科员\""
                + (username == null ? "" : ",\"username\":\"" + username + "\"") + "}").andExpect(status().isCreated()), "$.id");
    }

    long question(String json) throws Exception {
        return id(call(post(API + "/questions"), office, json).andExpect(status().isCreated()), "$.id");
    }

    /** A test open from an hour ago for two hours, with three questions (keys B, ABD, T). */
    long test(String title, long... extraCadres) throws Exception {
        long q1 = question("{\"kind\":\"SINGLE\",\"category\":\"宪法\",\"stem\":\"国家宪法日是哪一天？\","
                + "\"options\":[\"3月15日\",\"12月4日\",\"6月26日\",\"4月15日\"],\"answer\":\"B\"}");
        long q2 = question("{\"kind\":\"MULTIPLE\",\"category\":\"行政法\",\"stem\":\"下列属于行政强制措施的有？\","
                + "\"options\":[\"查封\",\"扣押\",\"罚款\",\"冻结存款\"],\"answer\":\"D,B,A\"}");
        long q3 = question("{\"kind\":\"TRUE_FALSE\",\"category\":\"宪法\",\"stem\":\"一切权力属于人民。\",\"answer\":\"对\"}");
        LocalDateTime now = LocalDateTime.now(CHINA).withNano(0);
        long test = id(call(post(API + "/tests"), office, "{\"title\":\"" + title + "\",\"kind\":\"ONLINE_TEST\","
                + "\"districtWide\":false,\"opensAt\":\"" + now.minusHours(1) + "\",\"closesAt\":\"" + now.plusHours(2)
                + "\",\"durationMinutes\":30,\"passMark\":60,\"questionIds\":[" + q1 + "," + q2 + "," + q3 + "]}")
                .andExpect(status().isCreated()), "$.id");
        StringBuilder ids = new StringBuilder();
        for (long c : extraCadres) {
            ids.append(ids.isEmpty() ? "" : ",").append(c);
        }
        call(post(API + "/tests/" + test + "/assignments"), office, "{\"cadreIds\":[" + ids + "]}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.count").value(extraCadres.length));
        return test;
    }

    long assignment(String user, long test) throws Exception {
        String body = call(get(API + "/my-tests"), user, null).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<Number> ids = JsonPath.read(body, "$[?(@.testId == " + test + ")].assignmentId");
        assertThat(ids).hasSize(1);
        return ids.get(0).longValue();
    }

    @Test
    void aCadreTakesATestAnswerByAnswerAndGetsTheScore() throws Exception {
        long a = cadre(5, "测试干部甲", cadreA);
        long b = cadre(5, "测试干部乙", cadreB);
        long test = test("2026年度法律知识测试（接口）", a, b);

        long assignment = assignment(cadreA, test);
        ResultActions started = call(post(API + "/assignments/" + assignment + "/attempt"), cadreA, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.questions.length()").value(3))
                .andExpect(jsonPath("$.questions[0].answer").doesNotExist())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        long attempt = id(started, "$.id");
        String answers = API + "/attempts/" + attempt + "/answers";
        call(post(answers), cadreA, "{\"position\":1,\"answer\":\"b\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.answer").value("B"));
        call(post(answers), cadreA, "{\"position\":2,\"answer\":\"A\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("多选题至少选择两个选项")));
        call(post(answers), cadreA, "{\"position\":2,\"answer\":\"B,D,A\"}").andExpect(status().isOk());
        call(post(answers), cadreA, "{\"position\":3,\"answer\":\"T\"}").andExpect(status().isOk());
        call(post(answers), cadreA, "{\"position\":3,\"answer\":\"F\"}").andExpect(status().isOk());
        call(post(answers), cadreA, "{\"position\":9,\"answer\":\"A\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("题号应在 1 至 3 之间")));
        assertThat(count("SELECT COUNT(*) FROM learning_answer WHERE attempt_id = " + attempt)).isEqualTo(3);

        // nobody else sees or answers the attempt: another cadre of the unit, the unit's staff
        call(post(answers), cadreB, "{\"position\":1,\"answer\":\"A\"}").andExpect(status().isNotFound());
        call(get(API + "/attempts/" + attempt), staff5, null).andExpect(status().isNotFound());
        call(post(API + "/assignments/" + assignment + "/attempt"), cadreB, null).andExpect(status().isNotFound());

        call(post(API + "/attempts/" + attempt + "/submit"), cadreA, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(66.7)).andExpect(jsonPath("$.passed").value(true))
                .andExpect(jsonPath("$.correct").value(2));
        call(post(answers), cadreA, "{\"position\":3,\"answer\":\"T\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("已交卷")));
        call(post(API + "/attempts/" + attempt + "/submit"), cadreA, null).andExpect(status().isBadRequest());

        call(get(API + "/tests/" + test), office, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.test.assigned").value(2)).andExpect(jsonPath("$.test.took").value(1))
                .andExpect(jsonPath("$.units[0].participationRate").value(50.0))
                .andExpect(jsonPath("$.units[0].passRate").value(100.0));
        call(get(API + "/my-tests"), cadreA, null).andExpect(jsonPath("$[?(@.testId == " + test + ")].score")
                .value(66.7));
    }

    @Test
    void anAnswerAfterTheDeadlineIsRefusedAndNotSaved() throws Exception {
        long c = cadre(7, "测试干部丙", cadre7);
        long test = test("2026年度法律知识测试（截止）", c);
        long attempt = id(call(post(API + "/assignments/" + assignment(cadre7, test) + "/attempt"), cadre7, null)
                .andExpect(status().isOk()), "$.id");
        call(post(API + "/attempts/" + attempt + "/answers"), cadre7, "{\"position\":1,\"answer\":\"B\"}")
                .andExpect(status().isOk());
        jdbc.sql("UPDATE learning_attempt SET deadline_at = :d WHERE id = :id")
                .param("d", OffsetDateTime.now().minusSeconds(5)).param("id", attempt).update();
        call(post(API + "/attempts/" + attempt + "/answers"), cadre7, "{\"position\":2,\"answer\":\"ABD\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("考试时间已到，本题答案未保存")));
        assertThat(count("SELECT COUNT(*) FROM learning_answer WHERE attempt_id = " + attempt)).isEqualTo(1);
        call(post(API + "/attempts/" + attempt + "/submit"), cadre7, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(33.3)).andExpect(jsonPath("$.passed").value(false));
    }

    @Test
    void aUnitSeesItsOwnUnitAndACadreOnlyTheirOwnTests() throws Exception {
        long c = cadre(5, "测试干部丁", cadreA);
        long test = test("2026年度法律知识测试（范围）", c);
        call(get(API + "/cadres?size=100"), staff7, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].unitId", everyItem(is(7))));
        call(get(API + "/lectures?size=100&studyYear=2023"), staff7, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2)).andExpect(jsonPath("$.items[*].unitId", everyItem(is(7))));
        call(get(API + "/tests/" + test), staff7, null).andExpect(status().isNotFound());
        call(get(API + "/tests/" + test), staff5, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.units.length()").value(2));
        call(get(API + "/lectures/short?studyYear=2023"), staff5, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        call(get(API + "/lectures/short?studyYear=2023"), office, null).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].unitName").value(org.hamcrest.Matchers.contains("区档案馆", "区红十字会")));
        // a cadre takes tests, and sees nothing else
        call(get(API + "/lectures"), cadreA, null).andExpect(status().isForbidden());
        call(get(API + "/tests"), cadreA, null).andExpect(status().isForbidden());
        call(get(API + "/cadres"), cadreA, null).andExpect(status().isForbidden());
        call(get(API + "/my-tests"), cadreA, null).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1));
        // a login not registered as a cadre has no tests (and is told so on the page), rather than a refusal
        call(get(API + "/my-tests"), cadreB, null).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        // unit staff view but do not manage
        call(post(API + "/lectures"), staff5, "{\"kind\":\"UNIT_LEADERSHIP\",\"heldOn\":\"2026-03-01\",\"unitId\":5,"
                + "\"topic\":\"t\",\"speaker\":\"s\",\"attendees\":5,\"specialLaw\":true}").andExpect(status().isForbidden());
        call(post(API + "/tests/" + test + "/assignments"), staff5, "{\"unitIds\":[5]}").andExpect(status().isForbidden());
    }

    @Test
    void badInputIsAChineseProblemAndSavesNothing() throws Exception {
        long lectures = count("SELECT COUNT(*) FROM learning_lecture");
        call(post(API + "/lectures"), office, "{\"kind\":\"UNIT_LEADERSHIP\",\"heldOn\":\"2026-03-01\",\"unitId\":5,"
                + "\"speaker\":\"区司法局\",\"attendees\":9,\"specialLaw\":true}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("“主题”不能为空。"));
        call(post(API + "/lectures"), office, "{\"kind\":\"UNIT_LEADERSHIP\",\"heldOn\":\"" + LocalDate.now().plusDays(3)
                + "\",\"unitId\":5,\"topic\":\"民法典\",\"speaker\":\"区司法局\",\"attendees\":9}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("举办日期不能晚于今天。"));
        call(post(API + "/lectures"), office, "{\"kind\":\"UNIT_LEADERSHIP\",\"heldOn\":\"2026-03-01\",\"unitId\":5,"
                + "\"topic\":\"民法典\",\"speaker\":\"区司法局\",\"attendees\":0}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("参加人数")));
        assertThat(count("SELECT COUNT(*) FROM learning_lecture")).isEqualTo(lectures);
        call(post(API + "/lectures"), office, "{\"kind\":\"UNIT_LEADERSHIP\",\"heldOn\":\"2026-03-01\",\"unitId\":5,"
                + "\"topic\":\"民法典专题讲座\",\"speaker\":\"区司法局\",\"attendeeNames\":\"张三、李四、王五\","
                + "\"specialLaw\":true}").andExpect(status().isCreated()).andExpect(jsonPath("$.attendees").value(3));

        long classes = count("SELECT COUNT(*) FROM learning_class");
        long trainees = count("SELECT COUNT(*) FROM learning_class_trainee");
        call(post(API + "/classes"), office, "{\"organiser\":\"UNIT\",\"unitId\":5,\"title\":\"执法培训\",\"enforcement\":true,"
                + "\"startsOn\":\"2026-05-01\",\"hours\":4,\"trainees\":[{\"unitId\":5,\"trainees\":10,\"attended\":11}]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("到课人数不能超过参训人数")));
        call(post(API + "/classes"), office, "{\"organiser\":\"UNIT\",\"unitId\":5,\"title\":\"执法培训\",\"enforcement\":true,"
                + "\"startsOn\":\"2026-05-01\",\"hours\":4,\"trainees\":[{\"unitId\":5,\"trainees\":10},{\"unitId\":999,\"trainees\":3}]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("单位不存在。"));
        assertThat(count("SELECT COUNT(*) FROM learning_class")).isEqualTo(classes);
        assertThat(count("SELECT COUNT(*) FROM learning_class_trainee")).isEqualTo(trainees);
        call(post(API + "/classes"), office, "{\"organiser\":\"UNIT\",\"unitId\":5,\"title\":\"执法培训\",\"enforcement\":true,"
                + "\"startsOn\":\"2026-05-01\",\"hours\":4,\"trainees\":[{\"unitId\":5,\"trainees\":10,\"attended\":9}]}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.trainees").value(10));

        long tests = count("SELECT COUNT(*) FROM learning_test");
        call(post(API + "/tests"), office, "{\"title\":\"测试\",\"kind\":\"PRE_APPOINTMENT\",\"opensAt\":\"2026-05-01T10:00:00\","
                + "\"closesAt\":\"2026-05-01T09:00:00\",\"durationMinutes\":60,\"passMark\":80,\"questionIds\":[1]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("结束时间应晚于开始时间。"));
        call(post(API + "/tests"), office, "{\"title\":\"测试\",\"kind\":\"PRE_APPOINTMENT\",\"opensAt\":\"2026-05-01T08:00:00\","
                + "\"closesAt\":\"2026-05-01T09:00:00\",\"durationMinutes\":60,\"passMark\":80,\"questionIds\":[-5]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("所选试题不存在。"));
        assertThat(count("SELECT COUNT(*) FROM learning_test")).isEqualTo(tests);
        call(post(API + "/questions"), office, "{\"kind\":\"SINGLE\",\"category\":\"宪法\",\"stem\":\"题\","
                + "\"options\":[\"甲\",\"乙\"],\"answer\":\"C\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("选项字母")));
        call(get(API + "/lectures?size=9999"), office, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("分页参数不正确。"));
    }

    byte[] sheet(List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<List<String>> head = List.of(List.of("题型"), List.of("分类"), List.of("题干"), List.of("选项A"),
                List.of("选项B"), List.of("选项C"), List.of("选项D"), List.of("答案"));
        FastExcel.write(out).head(head).sheet("题库").doWrite(rows);
        return out.toByteArray();
    }

    @Test
    void aQuestionImportIsAllOrNothingAndNamesTheBadRow() throws Exception {
        long before = count("SELECT COUNT(*) FROM learning_question");
        byte[] bad = sheet(List.of(
                List.of("单选题", "民法典", "民法典施行日期？", "2020年", "2021年1月1日", "", "", "B"),
                List.of("单选题", "民法典", "诉讼时效一般为？", "一年", "三年", "", "", "AB"),
                List.of("判断题", "宪法", "宪法是根本法。", "", "", "", "", "对")));
        upload(bad)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].message", containsString("单选题只能选择一个选项")));
        assertThat(count("SELECT COUNT(*) FROM learning_question")).isEqualTo(before);
        byte[] good = sheet(List.of(
                List.of("单选题", "民法典", "民法典施行日期？", "2020年", "2021年1月1日", "", "", "B"),
                List.of("多选题", "行政法", "三项制度包括？", "公示", "全过程记录", "法制审核", "轮岗", "ABC"),
                List.of("判断题", "宪法", "宪法是根本法。", "", "", "", "", "对")));
        upload(good)
                .andExpect(status().isOk()).andExpect(jsonPath("$.count").value(3));
        assertThat(count("SELECT COUNT(*) FROM learning_question")).isEqualTo(before + 3);
    }
}
