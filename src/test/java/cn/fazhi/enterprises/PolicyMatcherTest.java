package cn.fazhi.enterprises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import cn.fazhi.platform.web.UserFacingException;

/**
 * The matching explanations, one row per rule and outcome: a small manufacturer (C1391) registered in 温泉街道 on
 * 2020-05-01 with revenue 1,800 万元, 45 employees and a 高新技术企业 certification valid from 2022-01-01 to 2025-01-01,
 * matched on the day given; the sentence is the bundle's.
 */
class PolicyMatcherTest {

    static final Map<String, String> REGIONS = Map.of("421202", "咸安区", "421202001", "温泉街道", "421202002", "浮山街道");

    static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("messages/enterprises-policies", "messages/enterprises");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    static EnterpriseView enterprise(BigDecimal revenue, Integer employees, String industry) {
        return new EnterpriseView(1, "91421202MA4XXXXXX0", "测试制造有限公司", industry, EnterpriseSize.SMALL, "421202001",
                LocalDate.of(2020, 5, 1), revenue, employees, null, "某", "139****0001", "T", LocalDate.of(2024, 1, 1),
                "ACTIVE", List.of(new EnterpriseView.Certification("HIGH_TECH", LocalDate.of(2022, 1, 1),
                        LocalDate.of(2025, 1, 1))), 0);
    }

    static PolicyMatch.Line explain(String condition, EnterpriseView e, LocalDate day) {
        PolicyCondition c = PolicyCondition.parse(condition).get(0);
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        PolicyMatcher.Check k = PolicyMatcher.check(c, e, day, code -> REGIONS.getOrDefault(code, code),
                code -> MESSAGES.getMessage("policies.certification." + code, null, code, zh),
                code -> MESSAGES.getMessage("enterprises.size." + code, null, code, zh),
                MESSAGES.getMessage("policies.explain.separator", null, zh));
        return PolicyMatcher.line(new PolicyMatcher.Sentences(MESSAGES, zh), k);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "REGION IN 421202001                    | 2024-06-01 | true  | 符合：注册地在温泉街道",
        "REGION IN 421202                       | 2024-06-01 | true  | 符合：注册地在温泉街道",
        "REGION IN 421202002                    | 2024-06-01 | false | 不符合：注册地在温泉街道，不在浮山街道",
        "REGION NOT_IN 421202002                | 2024-06-01 | true  | 符合：注册地在温泉街道，不在排除的浮山街道",
        "REVENUE GE 2000                        | 2024-06-01 | false | 不符合：营业收入低于 2000 万元",
        "REVENUE GE 1800                        | 2024-06-01 | true  | 符合：营业收入 1800 万元，不低于 1800 万元",
        "REVENUE LE 2000                        | 2024-06-01 | true  | 符合：营业收入 1800 万元，不超过 2000 万元",
        "REVENUE LE 1000.5                      | 2024-06-01 | false | 不符合：营业收入超过 1000.5 万元",
        "EMPLOYEES GE 50                        | 2024-06-01 | false | 不符合：从业人数少于 50 人",
        "EMPLOYEES LE 100                       | 2024-06-01 | true  | 符合：从业人数 45 人，不超过 100 人",
        "AGE GE 4                               | 2024-06-01 | true  | 符合：成立满 4 年（已成立 4 年）",
        "AGE GE 4                               | 2024-04-30 | false | 不符合：成立不满 4 年（已成立 3 年）",
        "AGE LE 1                               | 2024-06-01 | false | 不符合：成立已超过 1 年（已成立 4 年）",
        "SIZE IN MICRO,SMALL                    | 2024-06-01 | true  | 符合：企业规模为小型",
        "SIZE IN MEDIUM,LARGE                   | 2024-06-01 | false | 不符合：企业规模为小型，不属于中型、大型",
        "SIZE NOT_IN LARGE                      | 2024-06-01 | true  | 符合：企业规模为小型，不属于排除的大型",
        "INDUSTRY IN C13,C14                    | 2024-06-01 | true  | 符合：所属行业（C1391）在 C13、C14 范围内",
        "INDUSTRY IN A                          | 2024-06-01 | false | 不符合：所属行业（C1391）不在 A 范围内",
        "INDUSTRY NOT_IN C                      | 2024-06-01 | false | 不符合：所属行业（C1391）属于排除的 C 范围",
        "CERTIFICATION ALL HIGH_TECH            | 2024-12-31 | true  | 符合：持有有效的高新技术企业认定",
        "CERTIFICATION ALL HIGH_TECH            | 2025-01-01 | false | 不符合：未持有有效的高新技术企业认定",
        "CERTIFICATION ALL HIGH_TECH,SPECIALISED | 2024-06-01 | false | 不符合：未持有有效的专精特新中小企业认定",
    })
    void eachConditionIsExplained(String condition, String day, boolean met, String text) {
        PolicyMatch.Line line = explain(condition, enterprise(new BigDecimal("1800.00"), 45, "C1391"), LocalDate.parse(day));
        assertThat(line.met()).isEqualTo(met);
        assertThat(line.text()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "REVENUE GE 100   | 不符合：未登记营业收入",
        "EMPLOYEES LE 100 | 不符合：未登记从业人数",
        "INDUSTRY IN C    | 不符合：未登记所属行业",
    })
    void missingFiguresNeverQualify(String condition, String text) {
        PolicyMatch.Line line = explain(condition, enterprise(null, null, null), LocalDate.of(2024, 6, 1));
        assertThat(line.met()).isFalse();
        assertThat(line.text()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "REGION IN 421202001\\nFOO IN 1     | policies.error.condition         | 2",
        "REVENUE IN 2000                   | policies.error.conditionOperator | 1",
        "REVENUE GE -5                     | policies.error.conditionValue    | 1",
        "REVENUE GE lots                   | policies.error.conditionValue    | 1",
        "SIZE IN TINY                      | policies.error.conditionValue    | 1",
        "REGION IN wenquan                 | policies.error.conditionValue    | 1",
        "INDUSTRY IN 13                    | policies.error.conditionValue    | 1",
        "AGE GE                            | policies.error.condition         | 1",
    })
    void badConditionsAreRefusedWithTheirLineNumber(String text, String key, int line) {
        assertThatThrownBy(() -> PolicyCondition.parse(text.replace("\\n", "\n")))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", key)
                .satisfies(e -> assertThat(((UserFacingException) e).args()).containsExactly(line));
    }

    @Test
    void conditionsAreNormalisedAndRoundTripAsText() {
        List<PolicyCondition> c = PolicyCondition.parse(" size in micro，small \n\nregion IN 421202001 ");
        assertThat(c).extracting(PolicyCondition::line).containsExactly("SIZE IN MICRO,SMALL", "REGION IN 421202001");
    }
}
