package cn.fazhi.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.fazhi.IntegrationTest;
import cn.fazhi.audit.AuditQuery;
import cn.fazhi.audit.AuditRecord;
import cn.fazhi.audit.AuditTrail;

/** Holiday maintenance: only with calendar:holiday:edit, every change audited and seen at once by the API. */
@IntegrationTest
class CalendarAdminTest {

    /** A signed-in user holding the maintenance permission, and one without it. */
    private static final RequestPostProcessor ADMIN = user("admin")
            .authorities(new SimpleGrantedAuthority("calendar:holiday:edit"));
    private static final RequestPostProcessor CLERK = user("clerk").authorities(new SimpleGrantedAuthority("case:view"));

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail audit;

    private List<AuditRecord> audited(String action, String targetId) {
        return audit.search(new AuditQuery(null, action, null, targetId, null, null, 0, 50));
    }

    @Test
    void refusedWithoutThePermission() throws Exception {
        mvc.perform(get("/admin/calendar").with(CLERK)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/calendar/days").with(csrf()).with(CLERK).param("date", "2026-05-13").param("name", "x")
                .param("kind", "OFF")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/calendar/days/2026-05-13")).andExpect(jsonPath("$.workingDay").value(true));
    }

    @Test
    void listsTheImportedNotices() throws Exception {
        mvc.perform(get("/admin/calendar").with(ADMIN).param("year", "2023"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("content_5730844.htm")))
                .andExpect(content().string(containsString("2023-10-07 星期六")));
    }

    @Test
    void settingADayIsAuditedAndChangesTheAnswer() throws Exception {
        // 2026-05-13 is an ordinary Wednesday in the bundled 2026 notice.
        mvc.perform(get("/api/v1/calendar/days/2026-05-13")).andExpect(jsonPath("$.workingDay").value(true));

        mvc.perform(post("/admin/calendar/days").with(csrf()).with(ADMIN).param("date", "2026-05-13").param("name", "测试假日")
                        .param("kind", "OFF").param("noticeYear", ""))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/calendar?year=2026"));

        mvc.perform(get("/api/v1/calendar/days/2026-05-13"))
                .andExpect(jsonPath("$.workingDay").value(false))
                .andExpect(jsonPath("$.holiday").value("测试假日"));
        assertThat(audited("calendar.day.changed", "2026-05-13")).first().satisfies(r -> {
            assertThat(r.actor()).isEqualTo("admin");
            assertThat(r.detail()).contains("测试假日 off (notice 2026)").contains("before: not listed");
        });

        mvc.perform(post("/admin/calendar/days/delete").with(csrf()).with(ADMIN).param("date", "2026-05-13").param("year", "2026"))
                .andExpect(status().isFound());
        mvc.perform(get("/api/v1/calendar/days/2026-05-13"))
                .andExpect(jsonPath("$.workingDay").value(true))
                .andExpect(jsonPath("$.holiday").isEmpty());
        assertThat(audited("calendar.day.deleted", "2026-05-13")).hasSize(1);
    }

    @Test
    void correctingADayIsAudited() throws Exception {
        // Make the 2026-09-20 make-up Sunday an off day, then restore it.
        mvc.perform(post("/admin/calendar/days").with(csrf()).with(ADMIN).param("date", "2026-09-20").param("name", "国庆节")
                .param("kind", "OFF").param("noticeYear", "2026")).andExpect(status().isFound());
        mvc.perform(get("/api/v1/calendar/days/2026-09-20")).andExpect(jsonPath("$.workingDay").value(false));
        assertThat(audited("calendar.day.changed", "2026-09-20")).first()
                .satisfies(r -> assertThat(r.detail()).contains("before: 国庆节 make-up (notice 2026)"));

        mvc.perform(post("/admin/calendar/days").with(csrf()).with(ADMIN).param("date", "2026-09-20").param("name", "国庆节")
                .param("kind", "MAKEUP").param("noticeYear", "2026")).andExpect(status().isFound());
        mvc.perform(get("/api/v1/calendar/days/2026-09-20")).andExpect(jsonPath("$.makeUpWorkday").value(true));
    }

    @Test
    void badDayInputIsExplained() throws Exception {
        mvc.perform(post("/admin/calendar/days").with(csrf()).with(ADMIN).param("date", "2026-02-30").param("name", "x")
                        .param("kind", "OFF"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("日期：日期“2026-02-30”不存在")));
        mvc.perform(post("/admin/calendar/days").with(csrf()).with(ADMIN).param("date", "2026-03-02").param("name", "x")
                        .param("kind", "OFF").param("noticeYear", "2025"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("日期 2026-03-02 不在 2025 年通知的范围内")));
        mvc.perform(post("/admin/calendar/days").with(csrf()).with(ADMIN).param("date", "2035-03-05").param("name", "x")
                        .param("kind", "OFF"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("2035 年的节假日安排尚未导入")));
        mvc.perform(post("/admin/calendar/days/delete").with(csrf()).with(ADMIN).param("date", "2026-03-03"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("日期 2026-03-03 不在节假日安排中")));
    }

    @Test
    void addingAndReplacingAYearIsAllOrNothingAndAudited() throws Exception {
        String year2031 = """
                {"year": 2031, "papers": ["https://www.gov.cn/zhengce/example-2031.htm"],
                 "days": [{"name": "元旦", "date": "2031-01-01", "isOffDay": true},
                          {"name": "春节", "date": "2031-01-26", "isOffDay": false}]}""";
        mvc.perform(multipart("/admin/calendar/years").file(new MockMultipartFile("file", "2031.json",
                        "application/json", year2031.getBytes(StandardCharsets.UTF_8))).param("year", "2031").with(csrf()).with(ADMIN))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/calendar?year=2031"));
        mvc.perform(get("/api/v1/calendar/days/2031-01-26")).andExpect(jsonPath("$.makeUpWorkday").value(true));
        mvc.perform(get("/api/v1/calendar/deadline?from=2031-01-01&amount=1&unit=DAYS"))
                .andExpect(jsonPath("$.provisional").value(false));
        assertThat(audited("calendar.year.added", "2031")).hasSize(1);

        // A bad replacement changes nothing.
        String broken = year2031.replace("\"2031-01-26\"", "\"2031-02-30\"");
        mvc.perform(post("/admin/calendar/years").with(csrf()).with(ADMIN).param("year", "2031").param("json", broken))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("“days”第 2 项的日期“2031-02-30”不存在")));
        mvc.perform(post("/admin/calendar/years").with(csrf()).with(ADMIN).param("year", "2032").param("json", year2031))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("所填通知年度为 2032，但文件中的“year”是 2031")));
        mvc.perform(post("/admin/calendar/years").with(csrf()).with(ADMIN).param("year", "2031").param("json", "{\"year\": 2031,"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("JSON 格式错误")));
        mvc.perform(get("/api/v1/calendar/days/2031-01-26")).andExpect(jsonPath("$.makeUpWorkday").value(true));

        String replacement = """
                {"year": 2031, "papers": [], "days": [{"name": "元旦", "date": "2031-01-01", "isOffDay": true}]}""";
        mvc.perform(post("/admin/calendar/years").with(csrf()).with(ADMIN).param("year", "2031").param("json", replacement))
                .andExpect(status().isFound());
        mvc.perform(get("/api/v1/calendar/days/2031-01-26")).andExpect(jsonPath("$.makeUpWorkday").value(false));
        assertThat(audited("calendar.year.replaced", "2031")).hasSize(1);
    }

    @Test
    void aDateOfAnotherNoticeCannotBeImportedTwice() throws Exception {
        String clash = """
                {"year": 2023, "papers": [], "days": [{"name": "元旦", "date": "2024-01-01", "isOffDay": true}]}""";
        mvc.perform(post("/admin/calendar/years").with(csrf()).with(ADMIN).param("year", "2023").param("json", clash))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("日期 2024-01-01 已属于 2024 年的通知")));
        mvc.perform(get("/api/v1/calendar/days/2023-10-07")).andExpect(jsonPath("$.makeUpWorkday").value(true));
    }
}
