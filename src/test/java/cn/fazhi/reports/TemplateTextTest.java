package cn.fazhi.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.reports.domain.FigureFormat;
import cn.fazhi.reports.domain.TemplateText;
import cn.fazhi.reports.domain.TemplateText.Literal;
import cn.fazhi.reports.domain.TemplateText.Placeholder;

/** The template syntax and the figure formats the seed report uses. */
class TemplateTextTest {

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of(FigureFormat.COUNT, "8608", "8,608"),
                Arguments.of(FigureFormat.COUNT, "121", "121"),
                Arguments.of(FigureFormat.COUNT, "1234567", "1,234,567"),
                Arguments.of(FigureFormat.PERCENT, "99.5", "99.5%"),
                Arguments.of(FigureFormat.PERCENT, "99.54", "99.5%"),
                Arguments.of(FigureFormat.PERCENT, "99.96", "100%"),
                Arguments.of(FigureFormat.PERCENT, "100.0", "100%"),
                Arguments.of(FigureFormat.PERCENT, "66.7", "66.7%"),
                Arguments.of(FigureFormat.YI, "689000000", "6.89亿元"),
                Arguments.of(FigureFormat.YI, "688512345.67", "6.89亿元"),
                Arguments.of(FigureFormat.WAN, "123456", "12.35万元"),
                Arguments.of(FigureFormat.YUAN, "1234.5", "1,234.50元"),
                Arguments.of(FigureFormat.COUNT_WAN, "780000", "78万"),
                Arguments.of(FigureFormat.COUNT_WAN, "785000", "78.5万"),
                Arguments.of(FigureFormat.COUNT_WAN, "7800", "0.78万"),
                Arguments.of(FigureFormat.APPROX, "1026", "1000余"),
                Arguments.of(FigureFormat.APPROX, "1000", "1000"),
                Arguments.of(FigureFormat.APPROX, "183", "180余"),
                Arguments.of(FigureFormat.APPROX, "80350", "80000余"),
                Arguments.of(FigureFormat.APPROX, "96", "96"),
                Arguments.of(FigureFormat.WAN_APPROX, "81234", "8万余"),
                Arguments.of(FigureFormat.WAN_APPROX, "100000", "10万"),
                Arguments.of(FigureFormat.WAN_APPROX, "102345", "10万余"),
                Arguments.of(FigureFormat.CHENG, "65.3", "六成以上"),
                Arguments.of(FigureFormat.CHENG, "60", "六成"),
                Arguments.of(FigureFormat.CHENG, "9.9", "不足一成"),
                Arguments.of(FigureFormat.CHENG, "100", "十成"));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("formats")
    void figuresPrintAsTheSeedWritesThem(FigureFormat format, String value, String printed) {
        assertThat(format.format(new BigDecimal(value))).isEqualTo(printed);
    }

    @Test
    void aMissingValuePrintsAsADash() {
        assertThat(FigureFormat.PERCENT.format(null)).isEqualTo("—");
    }

    @Test
    void linesBecomeHeadingsAndParagraphsWithPlaceholders() {
        TemplateText text = TemplateText.parse("""
                # 一、主要举措
                ## （一）调解
                ### 1.坚持。

                全年受理{{mediation.disputes.accepted:count}}起，化解率{{ mediation.resolution_rate : percent }}，{{year}}年。
                """);
        assertThat(text.lines()).extracting(TemplateText.Line::level).containsExactly(1, 2, 3, 0);
        assertThat(text.lines().get(0).pieces()).containsExactly(new Literal("一、主要举措"));
        assertThat(text.lines().get(3).pieces()).containsExactly(new Literal("全年受理"),
                new Placeholder("mediation.disputes.accepted", FigureFormat.COUNT), new Literal("起，化解率"),
                new Placeholder("mediation.resolution_rate", FigureFormat.PERCENT), new Literal("，"),
                new Placeholder("year", null), new Literal("年。"));
        assertThat(text.indicatorIds()).containsExactly("mediation.disputes.accepted", "mediation.resolution_rate");
    }

    @Test
    void malformedPlaceholdersAndUnknownFormatsAreRefused() {
        assertThatThrownBy(() -> TemplateText.parse("受理{{mediation.disputes.accepted起"))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("reports.error.placeholderUnclosed");
        assertThatThrownBy(() -> TemplateText.parse("受理{{mediation.disputes.accepted:thousands}}起"))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> {
                    UserFacingException u = (UserFacingException) e;
                    assertThat(u.messageKey()).isEqualTo("reports.error.formatUnknown");
                    assertThat(u.args()).contains("mediation.disputes.accepted", "thousands");
                });
        assertThatThrownBy(() -> TemplateText.parse(" \n \n"))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("reports.error.textRequired");
    }

    @Test
    void theDefaultTemplateFollowsTheGuidelinesFiveSections() {
        ReportTemplatesDefault.body().lines().forEach(line -> assertThat(line).doesNotContain("{{}}"));
        TemplateText text = TemplateText.parse(ReportTemplatesDefault.body());
        assertThat(text.lines().stream().filter(l -> l.level() == 1)
                .map(l -> ((Literal) l.pieces().get(0)).text().substring(0, 2)))
                .containsExactly("一、", "二、", "三、", "四、", "五、");
        assertThat(text.indicatorIds()).containsExactlyInAnyOrder(
                "reported.fengqiao_national_models", "learning.lectures", "learning.classes", "learning.class_hours",
                "learning.trainees", "learning.test.units", "learning.test.cadres",
                "learning.test.participation_rate", "learning.test.pass_rate", "shufa.units", "shufa.speakers",
                "inspection.missions", "inspection.problems.rectified", "inspection.inspectors",
                "inspection.inspectors.participated", "services.delegated_items",
                "reported.citizen_centre_monthly_decline", "services.nearby_share", "oneform.persons",
                "reported.enterprise_desk_services", "enterprises.requests", "enterprises.policy_applications",
                "errands.agents", "errands.errands", "services.guides", "services.instant_share@previous",
                "services.instant_share", "reported.citizen_centre_special_windows",
                "reported.citizen_centre_general_windows", "services.cross_region.items",
                "reported.business_pilot_projects", "hotline.tickets", "hotline.done_on_time_rate",
                "hotline.satisfaction_rate", "normative.cleanup.reviewed", "normative.cleanup.continue",
                "normative.cleanup.amend", "normative.cleanup.void", "normative.cleanup.abolish",
                "legality.certificates.kept", "legality.certificates.notification_commitment",
                "legality.reviews.done", "legality.adviser.opinions", "supervision.letters.suggestion",
                "supervision.letters.notice", "supervision.clues.transferred", "random_inspection.tasks.completed",
                "random_inspection.tasks.published_on_time", "learning.enforcement_class.trainees",
                "learning.unit_training.trainees", "enforcement.exam.candidates", "enforcement.exam.passed",
                "enforcement.officers.certified", "legal_cases.total", "reconsideration.cases.accepted",
                "litigation.cases", "litigation.head_appearance_rate", "mediation.disputes.accepted",
                "mediation.disputes.resolved", "mediation.resolution_rate", "mediation.resolved_amount",
                "mediation.court_entrusted", "mediation.judicial_confirmations", "publicity.duty_reports",
                "publicity.experts", "publicity.head_talks", "publicity.schools", "publicity.vice_principals",
                "publicity.school_visits", "publicity.school_reach", "publicity.materials",
                "publicity.activity_participants", "publicity.model_villages", "petitions.backlog.resolved",
                "petitions.backlog.resolved.over3", "petitions.backlog.resolved.over5",
                "petitions.backlog.resolved.over10", "reported.telecom_fraud_cases_decline",
                "reported.telecom_fraud_losses_decline", "reported.environment_public_interest_cases",
                "publicity.units_short", "duties.lists", "shufa.plenary_reports", "assessment.units.scored",
                "assessment.cadres.recognised", "assessment.cadres.promoted", "assessment.cadres.advanced")
                .doesNotContain("reconsideration.consultations");
        // the guideline's parts the office writes itself each year are marked for it, one per level-1 part at least
        assertThat(ReportTemplatesDefault.body().lines().filter(l -> l.startsWith("【待填写：")).count())
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void aPlaceholderMayAddUpIndicators() {
        TemplateText text = TemplateText.parse("失效或者废止的{{ normative.cleanup.void + normative.cleanup.abolish :count}}件");
        Placeholder sum = (Placeholder) text.lines().get(0).pieces().get(1);
        assertThat(sum).isEqualTo(new Placeholder("normative.cleanup.void+normative.cleanup.abolish", FigureFormat.COUNT));
        assertThat(sum.isSum()).isTrue();
        assertThat(sum.terms()).containsExactly("normative.cleanup.void", "normative.cleanup.abolish");
        assertThat(text.indicatorIds()).containsExactly("normative.cleanup.void", "normative.cleanup.abolish");
        assertThatThrownBy(() -> TemplateText.parse("共{{year+mediation.disputes.accepted}}件"))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("reports.error.sumOfVariable");
    }

    /** Reads the built-in template the way {@link ReportTemplates} does. */
    static final class ReportTemplatesDefault {
        static String body() {
            try (var in = ReportTemplates.class.getResourceAsStream("/reports/default-template.txt")) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
