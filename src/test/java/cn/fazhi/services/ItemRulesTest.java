package cn.fazhi.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules of a service item version, one row each: the form, whether its power is in force, the broken rule. */
class ItemRulesTest {

    static final LocalDate DAY = LocalDate.of(2025, 3, 3);
    static final String ART = "《中华人民共和国行政许可法》第四十二条第一款";

    static ItemForm form(ServiceItemType type, ServiceLevel level, boolean delegated, LocalDate delegatedOn,
            Integer legal, String article, int promised, boolean joint, String power, String materials) {
        return new ItemForm(null, 5L, "食品经营许可（新办）", type, "《中华人民共和国食品安全法》第三十五条", level, delegated,
                delegatedOn, legal, article, promised, joint, true, power, null, null, null, materials, null, DAY, null);
    }

    static Stream<Arguments> rows() {
        ServiceItemType L = ServiceItemType.LICENCE;
        ServiceItemType P = ServiceItemType.PUBLIC_SERVICE;
        ServiceLevel D = ServiceLevel.DISTRICT;
        ServiceLevel T = ServiceLevel.TOWNSHIP;
        String m = "申请书\n营业执照|复印件|1";
        return Stream.of(
                Arguments.of(form(L, D, false, null, 20, ART, 0, false, null, m), true, null, null),
                Arguments.of(form(L, D, false, null, 20, ART, 20, false, null, m), true, null, null),
                Arguments.of(form(L, D, false, null, null, null, 5, false, null, m), true, null,
                        "services.item.error.licenceLegalDays"),
                Arguments.of(form(L, D, false, null, 20, " ", 5, false, null, m), true, null,
                        "services.item.error.licenceLegalDays"),
                Arguments.of(form(P, D, false, null, 15, null, 5, false, null, m), true, null,
                        "services.item.error.legalArticle"),
                Arguments.of(form(L, D, false, null, 20, ART, 21, false, null, m), true, null,
                        "services.item.error.promisedOverLegal"),
                Arguments.of(form(L, D, false, null, 45, ART, 30, true, null, m), true, null, null),
                Arguments.of(form(P, D, false, null, null, null, 3, true, null, m), true, null,
                        "services.item.error.jointNotLicence"),
                Arguments.of(form(L, T, true, DAY, 20, ART, 0, false, null, m), true, null, null),
                Arguments.of(form(L, T, true, null, 20, ART, 0, false, null, m), true, null,
                        "services.item.error.delegation"),
                Arguments.of(form(L, D, true, DAY, 20, ART, 0, false, null, m), true, null,
                        "services.item.error.delegation"),
                Arguments.of(form(L, T, false, DAY, 20, ART, 0, false, null, m), true, null,
                        "services.item.error.delegation"),
                Arguments.of(form(L, D, false, null, 20, ART, 0, false, "XK-001", m), true, null, null),
                Arguments.of(form(L, D, false, null, 20, ART, 0, false, "XK-001", m), false, null,
                        "services.item.error.powerNotInForce"),
                Arguments.of(form(P, D, false, null, null, null, 0, false, "XK-001", m), true, null,
                        "services.item.error.powerForService"),
                Arguments.of(form(P, D, false, null, null, null, 0, false, null, m), true, DAY,
                        "services.item.error.effectiveFrom"),
                Arguments.of(form(P, D, false, null, null, null, 0, false, null, m), true, DAY.minusDays(1), null),
                Arguments.of(form(P, D, false, null, null, null, 0, false, null, " \n "), true, null,
                        "services.item.error.materials"));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void eachRuleBreaksWhereItShould(ItemForm form, boolean powerInForce, LocalDate previousFrom, String broken) {
        assertThat(ItemRules.broken(form, powerInForce, previousFrom).orElse(null)).isEqualTo(broken);
    }

    @org.junit.jupiter.api.Test
    void materialsParseOneALineWithFormCopiesAndOptional() {
        ItemForm f = form(ServiceItemType.LICENCE, ServiceLevel.DISTRICT, false, null, 20, ART, 0, false, null,
                "申请书\n营业执照|复印件|2\n\n委托书|原件|1|可选");
        assertThat(f.materialList()).containsExactly(new ItemMaterial(1, "申请书", null, 1, true),
                new ItemMaterial(2, "营业执照", "复印件", 2, true), new ItemMaterial(3, "委托书", "原件", 1, false));
    }
}
