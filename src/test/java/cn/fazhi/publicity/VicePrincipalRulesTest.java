package cn.fazhi.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.fazhi.publicity.VicePrincipalRules.Violation;

/**
 * 《中小学法治副校长聘任与管理办法》(教育部令第52号): each school at least one; one person at most two schools; a retired
 * person at most 65 and one term; at least 4 课时 a year; the term a setting.
 */
class VicePrincipalRulesTest {

    final VicePrincipalRules rules = new VicePrincipalRules(3);

    @ParameterizedTest(name = "{0} schools, retired={1}, age={2}, earlier terms={3} -> {4}")
    @CsvSource(nullValues = "null", value = {
        "1, false, null, 0, ''",
        "2, false, null, 0, ''",
        "3, false, null, 0, TOO_MANY_SCHOOLS",
        "0, false, null, 0, NO_SCHOOL",
        "1, true, 65, 0, ''",
        "1, true, 66, 0, RETIREE_TOO_OLD",
        "1, true, 60, 1, RETIREE_SECOND_TERM",
        "1, true, null, 0, AGE_MISSING",
        "3, true, 70, 1, TOO_MANY_SCHOOLS RETIREE_TOO_OLD RETIREE_SECOND_TERM",
        "1, false, 70, 3, ''"})
    void appointmentFollowsOrder52(int schools, boolean retired, Integer age, int earlierTerms, String expected) {
        List<Violation> want = expected.isBlank() ? List.of()
                : java.util.Arrays.stream(expected.split(" ")).map(Violation::valueOf).toList();
        assertThat(rules.appointment(schools, retired, age, earlierTerms)).containsExactlyElementsOf(want);
    }

    @ParameterizedTest(name = "{0} in office -> staffed {1}")
    @CsvSource({"0, false", "1, true", "5, true"})
    void everySchoolHasAtLeastOne(int inOffice, boolean staffed) {
        assertThat(VicePrincipalRules.staffed(inOffice)).isEqualTo(staffed);
    }

    @ParameterizedTest(name = "{0} 课时 -> short {1}")
    @CsvSource({"0, true", "3, true", "4, false", "12, false"})
    void atLeastFourLessonsAYear(int periods, boolean isShort) {
        assertThat(VicePrincipalRules.lessonsShort(periods)).isEqualTo(isShort);
    }

    @ParameterizedTest(name = "{0} years from {1} -> {2}")
    @CsvSource({"3, 2022-09-01, 2025-08-31", "1, 2024-03-01, 2025-02-28", "5, 2024-02-29, 2029-02-27"})
    void theTermIsASetting(int years, LocalDate appointed, LocalDate end) {
        assertThat(new VicePrincipalRules(years).termEnd(appointed)).isEqualTo(end);
    }
}
