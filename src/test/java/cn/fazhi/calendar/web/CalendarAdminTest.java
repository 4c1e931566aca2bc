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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.fazhi.IntegrationTest;
import cn.fazhi.audit.AuditQuery;
import cn.fazhi.audit.AuditRecord;
import cn.fazhi.audit.AuditTrail;

/**
 * Holiday maintenance: only with calendar:holiday:edit, every change audited and seen at once by the API. Written to
 * pass again on a database kept from an earlier run (audit counts are compared before and after).
 */
@IntegrationTest
class CalendarAdminTest {

    /** A signed-in user holding the maintenance permission, and one without it. */
    private static final RequestPostProcessor ADMIN = user("admin")
            .authorities(new SimpleGrantedAuthority("calendar:holiday:edit"));
    private static final RequestPostProcessor CLERK = user("clerk")
            .authorities(new SimpleGrantedAuthority("case:view"));

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail audit;

    private List<AuditRecord> audited(String action, String targetId) {
        return audit.search(new AuditQuery(null, action, null, targetId, null, null, 0, 50));
    }

    /** A form post by {@code who} with its CSRF token; {@code fields} are name, value, name, value… */
    private ResultActions submit(RequestPostProcessor who, String path, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(who);
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request);
    }

    private ResultActions day(String date) throws Exception {
        return mvc.perform(get("/api/v1/calendar/days/" + date));
    }

    @Test
    void refusedWithoutThePermission() throws Exception {
        mvc.perform(get("/admin/calendar").with(CLERK)).andExpect(status().isForbidden());
        submit(CLERK, "/admin/calendar/days", "date", "2026-05-13", "name", "x", "kind", "OFF")
                .andExpect(status().isForbidden());
        submit(CLERK, "/admin/calendar/years", "year", "2026", "json", "{}").andExpect(status().isForbidden());
        submit(CLERK, "/admin/calendar/days/delete", "date", "2026-09-20").andExpect(status().isForbidden());
        day("2026-05-13").andExpect(jsonPath("$.workingDay").value(true));
        day("2026-09-20").andExpect(jsonPath("$.makeUpWorkday").value(true));
    }

    @Test
    void listsTheImportedNotices() throws Exception {
        mvc.perform(get("/admin/calendar").param("year", "2023").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("content_5730844.htm")))
                .andExpect(content().string(containsString("2023-10-07 星期六")));
    }

    @Test
    void settingADayIsAuditedAndChangesTheAnswer() throws Exception {
        // 2026-05-13 is an ordinary Wednesday in the bundled 2026 notice.
        day("2026-05-13").andExpect(jsonPath("$.workingDay").value(true));

        submit(ADMIN, "/admin/calendar/days", "date", "2026-05-13", "name", "测试假日", "kind", "OFF", "noticeYear", "")
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/calendar?year=2026"));

        day("2026-05-13").andExpect(jsonPath("$.workingDay").value(false))
                .andExpect(jsonPath("$.holiday").value("测试假日"));
        assertThat(audited("calendar.day.changed", "2026-05-13")).first().satisfies(r -> {
            assertThat(r.actor()).isEqualTo("admin");
            assertThat(r.detail()).contains("测试假日 off (notice 2026)").contains("before: not listed");
        });

        int deletions = audited("calendar.day.deleted", "2026-05-13").size();
        submit(ADMIN, "/admin/calendar/days/delete", "date", "2026-05-13", "year", "2026")
                .andExpect(status().isFound());
        day("2026-05-13").andExpect(jsonPath("$.workingDay").value(true)).andExpect(jsonPath("$.holiday").isEmpty());
        assertThat(audited("calendar.day.deleted", "2026-05-13")).hasSize(deletions + 1);
    }

    @Test
    void correctingADayIsAudited() throws Exception {
        // The 2026-09-20 make-up Sunday (国庆节) becomes a day off, then is restored.
        submit(ADMIN, "/admin/calendar/days", "date", "2026-09-20", "name", "国庆节", "kind", "OFF",
                "noticeYear", "2026").andExpect(status().isFound());
        day("2026-09-20").andExpect(jsonPath("$.workingDay").value(false));
        assertThat(audited("calendar.day.changed", "2026-09-20")).first()
                .satisfies(r -> assertThat(r.detail()).contains("before: 国庆节 make-up (notice 2026)"));

        submit(ADMIN, "/admin/calendar/days", "date", "2026-09-20", "name", "国庆节", "kind", "MAKEUP",
                "noticeYear", "2026").andExpect(status().isFound());
        day("2026-09-20").andExpect(jsonPath("$.makeUpWorkday").value(true));
    }

    @Test
    void badDayInputIsExplained() throws Exception {
        submit(ADMIN, "/admin/calendar/days", "date", "2026-02-30", "name", "x", "kind", "OFF")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("日期：日期“2026-02-30”不存在")));
        submit(ADMIN, "/admin/calendar/days", "date", "2026-03-02", "name", "x", "kind", "OFF", "noticeYear", "2025")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("日期 2026-03-02 不在 2025 年通知的范围内")));
        submit(ADMIN, "/admin/calendar/days", "date", "2035-03-05", "name", "x", "kind", "OFF")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("2035 年的节假日安排尚未导入")));
        submit(ADMIN, "/admin/calendar/days", "date", "2026-03-02", "name", " ", "kind", "OFF")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("缺少必填项：节日名称。")));
        submit(ADMIN, "/admin/calendar/days", "date", "2026-03-02", "name", "x", "kind", "HALF")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择“放假”或“调休上班”。")));
        submit(ADMIN, "/admin/calendar/days/delete", "date", "2026-03-03")
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("日期 2026-03-03 不在节假日安排中")));
    }

    @Test
    void addingAndReplacingAYearIsAllOrNothingAndAudited() throws Exception {
        String year2031 = """
                {"year": 2031, "papers": ["https://www.gov.cn/zhengce/example-2031.htm"],
                 "days": [{"name": "元旦", "date": "2031-01-01", "isOffDay": true},
                          {"name": "春节", "date": "2031-01-26", "isOffDay": false}]}""";
        int changes = audited("calendar.year.added", "2031").size() + audited("calendar.year.replaced", "2031").size();
        MockMultipartFile file = new MockMultipartFile("file", "2031.json", "application/json",
                year2031.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/admin/calendar/years").file(file).param("year", "2031").with(csrf()).with(ADMIN))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/calendar?year=2031"));
        day("2031-01-26").andExpect(jsonPath("$.makeUpWorkday").value(true));
        mvc.perform(get("/api/v1/calendar/deadline?from=2031-01-01&amount=1&unit=DAYS"))
                .andExpect(jsonPath("$.provisional").value(false));
        assertThat(audited("calendar.year.added", "2031").size() + audited("calendar.year.replaced", "2031").size())
                .isEqualTo(changes + 1);

        // Refused replacements change nothing.
        String broken = year2031.replace("\"2031-01-26\"", "\"2031-02-30\"");
        submit(ADMIN, "/admin/calendar/years", "year", "2031", "json", broken)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("“days”第 2 项的日期“2031-02-30”不存在")));
        submit(ADMIN, "/admin/calendar/years", "year", "2032", "json", year2031)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("所填通知年度为 2032，但文件中的“year”是 2031")));
        submit(ADMIN, "/admin/calendar/years", "year", "2031", "json", "{\"year\": 2031,")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("JSON 格式错误")));
        submit(ADMIN, "/admin/calendar/years", "year", "2031", "json", "")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请上传 JSON 文件或粘贴 JSON 内容。")));
        day("2031-01-26").andExpect(jsonPath("$.makeUpWorkday").value(true));

        int replacements = audited("calendar.year.replaced", "2031").size();
        String replacement = """
                {"year": 2031, "papers": [], "days": [{"name": "元旦", "date": "2031-01-01", "isOffDay": true}]}""";
        submit(ADMIN, "/admin/calendar/years", "year", "2031", "json", replacement).andExpect(status().isFound());
        day("2031-01-26").andExpect(jsonPath("$.makeUpWorkday").value(false));
        assertThat(audited("calendar.year.replaced", "2031")).hasSize(replacements + 1);
    }

    @Test
    void aDateOfAnotherNoticeCannotBeImportedTwice() throws Exception {
        String clash = """
                {"year": 2023, "papers": [], "days": [{"name": "元旦", "date": "2024-01-01", "isOffDay": true}]}""";
        submit(ADMIN, "/admin/calendar/years", "year", "2023", "json", clash)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("日期 2024-01-01 已属于 2024 年的通知")));
        day("2023-10-07").andExpect(jsonPath("$.makeUpWorkday").value(true));
    }
}
