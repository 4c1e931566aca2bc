package cn.fazhi.enterprises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.IntegrationTest;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.rectification.Problems;

/**
 * Rating the items other parts of the desk contribute ({@link DeskItems}): only a finished item of the enterprise
 * itself, once; a bad score raises a rectification problem at the item's unit, issued by the lead unit and linked to
 * the rating; a good one raises nothing. The desk lists items of every contributing part, newest first.
 */
@IntegrationTest
class DeskRatingsTest {

    @Autowired JdbcClient jdbc;
    @Autowired Problems problems;
    @Autowired Units units;
    @Autowired AuditTrail audit;
    @Autowired MessageSource messages;
    @Autowired EnterpriseDeskProperties settings;
    @Autowired Clock clock;
    @Autowired Enterprises enterprises;

    @Test
    void aFinishedItemIsRatedOnceAndABadScoreRaisesAProblemAtItsUnit() {
        EnterpriseView mine = EnterpriseFixtures.register(enterprises, "事项评价测试有限公司", "13912340501", List.of());
        EnterpriseView other = EnterpriseFixtures.register(enterprises, "事项评价他人有限公司", "13912340502", List.of());
        DeskItems requests = id -> id == mine.id()
                ? List.of(new DeskItem("enterprise_request", 9001, "咸安企诉〔2026〕9001号", "厂区道路积水", "s.closed", true,
                        6L, "区住建局", LocalDate.of(2026, 3, 2), "/public/enterprises/requests/9001"),
                    new DeskItem("enterprise_request", 9002, "咸安企诉〔2026〕9002号", "用电报装", "s.open", false, 6L,
                        "区住建局", LocalDate.of(2026, 4, 2), "/public/enterprises/requests/9002"))
                : List.of();
        DeskItems applications = id -> id == mine.id()
                ? List.of(new DeskItem("policy_application", 7001, "咸安兑现〔2026〕7001号", "技改补贴", "s.paid", true, 5L,
                        "区市场监管局", LocalDate.of(2026, 1, 5), "/public/enterprises/policy-applications/7001"))
                : List.of();
        DeskRatings ratings = new DeskRatings(jdbc, List.of(requests, applications), problems, units, audit, messages,
                settings, clock);

        assertThat(ratings.itemsOf(mine.id())).extracting(DeskItem::id).containsExactly(9002L, 9001L, 7001L);
        assertThat(ratings.itemsOf(other.id())).isEmpty();

        assertThatThrownBy(() -> ratings.rate(mine, "enterprise_request", 9002, 4, null))
                .hasFieldOrPropertyWithValue("messageKey", "enterprises.rating.error.notFinished");
        assertThatThrownBy(() -> ratings.rate(other, "enterprise_request", 9001, 4, null))
                .isInstanceOf(UserFacingException.class).hasFieldOrPropertyWithValue("messageKey", "error.notFound");
        assertThatThrownBy(() -> ratings.rate(mine, "enterprise_request", 9001, 0, null))
                .hasFieldOrPropertyWithValue("messageKey", "enterprises.rating.error.score");

        DeskRatings.Rating bad = ratings.rate(mine, "enterprise_request", 9001, 2, "两周无人答复");
        assertThat(bad.problemId()).isNotNull();
        var p = problems.find(bad.problemId()).orElseThrow();
        assertThat(p.unitId()).isEqualTo(6L);
        assertThat(jdbc.sql("SELECT issuer_unit_id FROM rectification_problem WHERE id = :id").param("id", p.id())
                .query(Long.class).single()).isEqualTo(44L);
        assertThat(problems.bySource("enterprise_rating", bad.id())).hasSize(1);
        assertThatThrownBy(() -> ratings.rate(mine, "enterprise_request", 9001, 5, null))
                .hasFieldOrPropertyWithValue("messageKey", "enterprises.rating.error.once");

        DeskRatings.Rating good = ratings.rate(mine, "policy_application", 7001, 3, null);
        assertThat(good.problemId()).isNull();
        assertThat(ratings.of(mine.id())).hasSize(2);
    }
}
