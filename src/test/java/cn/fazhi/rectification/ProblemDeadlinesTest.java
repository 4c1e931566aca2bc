package cn.fazhi.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.IntegrationTest;
import cn.fazhi.cases.DueItem;
import cn.fazhi.cases.DueItems;
import cn.fazhi.cases.TodoGroup;
import cn.fazhi.cases.Todos;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * Overdue warnings, to-do counts and figures: an open problem past its deadline is overdue, one due within
 * {@code warn-days} is warned, one due later is not; the responsible unit waits to plan and to submit, the issuing
 * unit to accept; the figures count by found_on, closed_on and the deadline. Every problem here is found in the
 * current year or the one before (never in the 2023 demo year), in units of its own.
 */
@IntegrationTest
class ProblemDeadlinesTest {

    static final AtomicLong SOURCE = new AtomicLong(770_000L + (System.nanoTime() % 10_000) * 10);

    @Autowired Problems problems;
    @Autowired JdbcClient jdbc;
    @Autowired DueItems dueItems;
    @Autowired Todos todos;
    @Autowired ProblemTodos problemTodos;
    @Autowired Indicators indicators;
    @Autowired RectificationProperties settings;

    long unit;
    long issuer;
    String region;
    LocalDate today;

    @BeforeEach
    void setUp() {
        unit = ProblemApiTest.newUnit(jdbc);
        issuer = ProblemApiTest.newUnit(jdbc);
        region = jdbc.sql("SELECT region_code FROM unit WHERE id = :id").param("id", unit).query(String.class).single();
        today = LocalDate.now();
    }

    ProblemView raise(LocalDate found, LocalDate deadline) {
        long source = SOURCE.incrementAndGet();
        return problems.raise(new RaiseProblem("supervision", source, "咸安执监〔2026〕" + source + "号",
                "/supervision/clues/" + source, "问题" + source, null, unit, issuer, found, deadline));
    }

    static Caller caller(DataScope scope, String... permissions) {
        return new Caller() {
            @Override
            public DataScope scope() {
                return scope;
            }

            @Override
            public boolean can(String permission) {
                return List.of(permissions).contains(permission);
            }
        };
    }

    @Test
    void overdueAndDueSoonProblemsAreWarnedLaterOnesAreNot() {
        assertThat(settings.warnDays()).isEqualTo(7);
        ProblemView past = raise(today.minusDays(30), today.minusDays(1));
        ProblemView soon = raise(today.minusDays(1), today.plusDays(settings.warnDays()));
        ProblemView later = raise(today, today.plusDays(settings.warnDays() + 20));
        DataScope scope = new DataScope(ScopeLevel.UNIT, unit, region);
        DueItems.Summary summary = dueItems.summary(scope);
        assertThat(summary.overdue()).extracting(d -> d.ref().caseId()).contains(past.id()).doesNotContain(soon.id());
        assertThat(summary.dueSoon()).extracting(d -> d.ref().caseId()).contains(soon.id()).doesNotContain(later.id());
        List<DueItem> all = new ArrayList<>(summary.overdue());
        all.addAll(summary.dueSoon());
        assertThat(all).filteredOn(d -> d.ref().caseId() == past.id()).singleElement()
                .satisfies(d -> assertThat(d.path()).isEqualTo("/rectification/problems/" + past.id()))
                .satisfies(d -> assertThat(d.deadlineName()).isEqualTo("rectification.clock.deadline"));
        assertThat(past.overdue()).isTrue();
        assertThat(soon.overdue()).isFalse();
        // the issuing unit sees the same warnings; another unit none
        assertThat(dueItems.summary(new DataScope(ScopeLevel.UNIT, issuer, region)).overdue())
                .extracting(d -> d.ref().caseId()).contains(past.id());
        long other = ProblemApiTest.newUnit(jdbc);
        assertThat(dueItems.summary(new DataScope(ScopeLevel.UNIT, other, region)).overdue()).isEmpty();
        // a closed problem is no longer warned
        problems.recordClosed(new RaiseProblem("supervision", SOURCE.incrementAndGet(), "x", "/x", "已销号的问题", null,
                unit, issuer, today.minusDays(30), today.minusDays(2)), today.minusDays(3));
        assertThat(dueItems.summary(scope).overdue()).hasSize(1);
    }

    @Test
    void theUnitWaitsToPlanAndSubmitTheIssuerToAccept() {
        DataScope unitScope = new DataScope(ScopeLevel.UNIT, unit, region);
        DataScope issuerScope = new DataScope(ScopeLevel.UNIT, issuer, region);
        Caller staff = caller(unitScope, RectificationPermissions.VIEW, RectificationPermissions.RESPOND);
        Caller office = caller(issuerScope, RectificationPermissions.VIEW, RectificationPermissions.ACCEPT);
        ProblemView a = raise(today.minusDays(3), null);
        raise(today.minusDays(2), null);
        assertThat(count(staff, "rectification.todo.plan")).isEqualTo(2);
        assertThat(count(staff, "rectification.todo.submit")).isZero();
        assertThat(count(staff, "rectification.todo.accept")).isEqualTo(-1);
        assertThat(count(office, "rectification.todo.plan")).isEqualTo(-1);
        assertThat(count(office, "rectification.todo.accept")).isZero();
        TodoGroup plan = todos.of(staff, 5).stream().filter(g -> g.labelKey().equals("rectification.todo.plan"))
                .findFirst().orElseThrow();
        assertThat(plan.items()).first().satisfies(i -> assertThat(i.path()).isEqualTo("/rectification/problems/" + a.id()));

        jdbc.sql("UPDATE rectification_problem SET status = 'IN_PROGRESS' WHERE id = :id").param("id", a.id()).update();
        assertThat(count(staff, "rectification.todo.plan")).isEqualTo(1);
        assertThat(count(staff, "rectification.todo.submit")).isEqualTo(1);
        jdbc.sql("UPDATE rectification_problem SET status = 'SUBMITTED', submitted_on = :d WHERE id = :id")
                .param("d", today).param("id", a.id()).update();
        assertThat(count(staff, "rectification.todo.submit")).isZero();
        assertThat(count(office, "rectification.todo.accept")).isEqualTo(1);
        // an issuing unit holding respond too is never asked to accept its own problems, nor another unit's staff
        Caller sameUnit = caller(unitScope, RectificationPermissions.VIEW, RectificationPermissions.ACCEPT);
        assertThat(count(sameUnit, "rectification.todo.accept")).isZero();
    }

    long count(Caller caller, String key) {
        return problemTodos.todos(caller, 0).stream().filter(g -> g.labelKey().equals(key)).mapToLong(TodoGroup::count)
                .findFirst().orElse(-1);
    }

    @Test
    void figuresCountByTheirBusinessDates() {
        int year = today.getYear() - 1;
        LocalDate june = LocalDate.of(year, 6, 3);
        LocalDate deadline = LocalDate.of(year, 6, 30);
        problems.recordClosed(new RaiseProblem("oversight", SOURCE.incrementAndGet(), "督察", "/x", "按期销号", null, unit,
                issuer, june, deadline), deadline);
        problems.recordClosed(new RaiseProblem("oversight", SOURCE.incrementAndGet(), "督察", "/x", "逾期销号", null, unit,
                issuer, june, deadline), LocalDate.of(year, 7, 1));
        problems.raise(new RaiseProblem("supervision", SOURCE.incrementAndGet(), "监督", "/x", "逾期未销号", null, unit,
                issuer, june, deadline));
        problems.raise(new RaiseProblem("supervision", SOURCE.incrementAndGet(), "监督", "/x", "明年到期", null, unit,
                issuer, LocalDate.of(year, 12, 20), LocalDate.of(year + 1, 1, 19)));
        DataScope scope = new DataScope(ScopeLevel.UNIT, unit, region);
        IndicatorQuery q = IndicatorQuery.year(year, region, scope);
        assertThat(value("rectification.problems.found", q)).isEqualTo("4");
        assertThat(value("rectification.problems.closed", q)).isEqualTo("2");
        assertThat(value("rectification.problems.closed_on_time", q)).isEqualTo("1");
        assertThat(new java.math.BigDecimal(value("rectification.problems.on_time_rate", q)))
                .isEqualByComparingTo("50");
        assertThat(value("rectification.problems.overdue", q)).isEqualTo("2");
        assertThat(indicators.find("rectification.problems.found").orElseThrow().byCategory(q))
                .extractingByKey("oversight").satisfies(v -> assertThat(v).isEqualByComparingTo("2"));
    }

    String value(String id, IndicatorQuery q) {
        return indicators.find(id).orElseThrow().value(q).stripTrailingZeros().toPlainString();
    }
}
