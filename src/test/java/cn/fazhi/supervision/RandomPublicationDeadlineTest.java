package cn.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.cases.DueItem;
import cn.fazhi.cases.DueItems;
import cn.fazhi.cases.TodoGroup;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * 一公开 within the publication period: 20 working days (a setting) after the results are recorded, counted over the
 * State Council's holidays and make-up working days; the kernel's due list warns before it lapses and lists it
 * overdue after; the task waits on the unit's to-do list; a late publication is marked late and not counted on time.
 */
@IntegrationTest
class RandomPublicationDeadlineTest {

    @Autowired RandomTasks tasks;
    @Autowired LegalCalendar calendar;
    @Autowired RandomTaskProperties settings;
    @Autowired DueItems due;
    @Autowired RandomTaskTodos todos;
    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void theDeadlineIsTwentyWorkingDaysOverHolidays() {
        assertThat(settings.publishWorkingDays()).isEqualTo(20);
        // recorded on Friday 26 September 2025: the National Day holidays (1–8 October) do not count, the make-up
        // working days (Sunday 28 September, Saturday 11 October) do
        LocalDate recorded = LocalDate.of(2025, 9, 26);
        LocalDate d = recorded;
        for (int n = 0; n < 20; ) {
            d = d.plusDays(1);
            if (calendar.isWorkingDay(d)) {
                n++;
            }
        }
        assertThat(tasks.publishDue(recorded)).isEqualTo(d);
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 3))).isFalse();
        assertThat(tasks.publishDue(recorded)).isAfter(recorded.plusDays(28));
        assertThatThrownBy(() -> new RandomTaskProperties(0, 5, 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new RandomTaskProperties(15, 5, 2, 1).publishWorkingDays()).isEqualTo(15);
    }

    @Test
    void warningsBeforeItLapsesAndLatePublicationsAreMarked() throws Exception {
        RandomTaskFixture fixture = new RandomTaskFixture(jdbc);
        long unit = fixture.unit("公示期限局");
        long item = fixture.item(unit, "公示期限事项", 50);
        String staff = TestAccounts.token(mvc, accounts.create("rpd", unit, "UNIT_STAFF"), TestAccounts.PASSWORD);
        LocalDate today = LocalDate.now();
        long soon = task(staff, item);
        long late = task(staff, item);
        // results recorded earlier (set directly: the steps before are tested in RandomTasksTest), due tomorrow and yesterday
        recorded(soon, today.minusDays(20), today.plusDays(1));
        recorded(late, today.minusDays(40), today.minusDays(1));

        DataScope scope = new DataScope(ScopeLevel.UNIT, unit, "421202");
        DueItems.Summary summary = due.summary(scope);
        assertThat(summary.dueSoon()).extracting(DueItem::ref).contains(RandomTasks.ref(soon));
        assertThat(summary.overdue()).extracting(DueItem::ref).contains(RandomTasks.ref(late));
        assertThat(summary.overdue()).filteredOn(i -> i.ref().equals(RandomTasks.ref(late)))
                .extracting(DueItem::deadlineName).containsExactly(RandomTasks.CLOCK_PUBLISH);

        Caller caller = new Caller() {
            public DataScope scope() {
                return scope;
            }

            public boolean can(String permission) {
                return SupervisionPermissions.RANDOM.equals(permission);
            }
        };
        List<TodoGroup> groups = todos.todos(caller, 10);
        assertThat(groups).filteredOn(g -> g.labelKey().equals("supervision.random.todo.publish"))
                .singleElement().satisfies(g -> assertThat(g.count()).isEqualTo(2));

        mvc.perform(post("/api/v1/supervision/random-inspections/tasks/" + late + "/publish").content("{\"version\":1}")
                        .header("Authorization", "Bearer " + staff).contentType("application/json"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.publishedLate").value(true));
        assertThat(due.summary(scope).overdue()).extracting(DueItem::ref).doesNotContain(RandomTasks.ref(late));
    }

    long task(String token, long item) throws Exception {
        String body = mvc.perform(post("/api/v1/supervision/random-inspections/tasks").content("""
                {"title":"公示期限测试","itemIds":[%d],"periodFrom":"%s","periodTo":"%s"}
                """.formatted(item, LocalDate.now().minusDays(60), LocalDate.now()))
                .header("Authorization", "Bearer " + token).contentType("application/json"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    void recorded(long id, LocalDate on, LocalDate due) {
        jdbc.sql("UPDATE random_task SET status = 'RESULTS_RECORDED', drawn_on = :d, results_recorded_on = :on, "
                        + "publish_due_on = :due, version = 1 WHERE id = :id")
                .param("d", on.minusDays(10)).param("on", on).param("due", due).param("id", id).update();
    }
}
