package cn.fazhi.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.fazhi.calendar.DayInfo;
import cn.fazhi.calendar.Deadline;
import cn.fazhi.calendar.PeriodUnit;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The day-counting rules against the bundled State Council notices (2019–2026). Every expected date was checked by
 * hand against calendar/holidays-cn/YYYY.json.
 * <ul>
 * <li>民事诉讼法 Art. 85: "期间开始的时和日，不计算在期间内。" "期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期。"</li>
 * <li>民法典 Art. 201: the start day is not counted. Art. 202: "按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，
 * 月末日为期间的最后一日。" Art. 203: a last day that is a 法定休假日 moves to the day after the holiday.</li>
 * <li>行政复议法 Art. 88: "三日"、"五日"、"七日"、"十日" are working days, "不含法定休假日"; 行政处罚法 Art. 85 the same for
 * "二日""三日""五日""七日".</li>
 * </ul>
 */
class DayCountingTest {

    private final DayCounting counting = new DayCounting(BundledHolidays.calendar());

    @ParameterizedTest(name = "{0} + {1} {2} = {3} (provisional {4}): {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # from     | n  | unit         | deadline   | prov. | why
            2023-09-28 | 5  | WORKING_DAYS | 2023-10-11 | false | 复议法 Art. 88: 09-29..10-06 中秋节、国庆节 off; 10-07 and 10-08 make-up days count
            2023-09-28 | 3  | DAYS         | 2023-10-07 | false | 民诉法 Art. 85: ends 10-01 in the holiday, moves to the make-up Saturday 10-07
            2023-08-01 | 60 | DAYS         | 2023-10-07 | false | 复议法 Art. 62 60 days: 09-30 is a holiday, first working day after it is 10-07
            2023-09-30 | 7  | DAYS         | 2023-10-07 | false | ends on the make-up Saturday 10-07, which is a working day: it stays
            2024-01-05 | 30 | DAYS         | 2024-02-04 | false | ends on the make-up Sunday 2024-02-04 (春节 调休): it stays
            2024-09-13 | 1  | WORKING_DAYS | 2024-09-14 | false | the make-up Saturday 2024-09-14 (中秋节) counts as a working day
            2024-02-08 | 3  | WORKING_DAYS | 2024-02-19 | false | 2024 春节: 02-09 counts, 02-10..02-17 off, make-up Sunday 02-18, then 02-19
            2024-02-07 | 5  | WORKING_DAYS | 2024-02-20 | false | 2024 春节: 02-08, 02-09, 02-18, 02-19, 02-20
            2024-02-05 | 7  | DAYS         | 2024-02-18 | false | ends 02-12 inside 春节, moves to the make-up Sunday 02-18
            2024-01-15 | 1  | MONTHS       | 2024-02-18 | false | 民法典 Art. 202/203: corresponding day 02-15 is inside 春节
            2024-04-30 | 5  | WORKING_DAYS | 2024-05-10 | false | 处罚法 Art. 85 五日: 05-01..05-05 劳动节 off
            2024-09-01 | 30 | DAYS         | 2024-10-08 | false | ends 10-01 国庆节, moves to 10-08
            2023-06-21 | 1  | DAYS         | 2023-06-25 | false | ends 06-22 端午节, 06-23/24 off, make-up Sunday 06-25
            2020-01-30 | 1  | DAYS         | 2020-02-03 | false | 2020 春节 extended to 02-02 (02-01 no longer a make-up day)
            2023-01-31 | 1  | MONTHS       | 2023-02-28 | false | 民法典 Art. 202: no 31 February, the month's last day
            2024-01-31 | 1  | MONTHS       | 2024-02-29 | false | 民法典 Art. 202: leap year, 29 February
            2024-02-29 | 1  | YEARS        | 2025-02-28 | false | 民法典 Art. 202: no 29 February in 2025
            2020-02-29 | 1  | YEARS        | 2021-03-01 | false | 民法典 Arts. 202, 203: 2021-02-28 (no 29th) is a Sunday
            2026-01-30 | 1  | MONTHS       | 2026-02-28 | false | month end that is a make-up Saturday (2026 春节 调休)
            2023-01-20 | 6  | MONTHS       | 2023-07-20 | false | corresponding day, an ordinary Thursday
            2023-12-25 | 10 | WORKING_DAYS | 2024-01-09 | false | across the year: 2024-01-01 元旦 and the weekends do not count
            2022-12-20 | 11 | DAYS         | 2023-01-03 | false | ends 2022-12-31, listed in the 2023 notice as 元旦 off; 01-01, 01-02 off too
            2025-12-31 | 1  | WORKING_DAYS | 2026-01-04 | false | across the year: 2026 元旦 off, make-up Sunday 01-04
            2023-10-11 | 0  | DAYS         | 2023-10-11 | false | zero days: the start day itself
            2023-10-01 | 0  | DAYS         | 2023-10-07 | false | zero days from a holiday: moves to the next working day
            2023-10-11 | 0  | WORKING_DAYS | 2023-10-11 | false | zero working days from a working day
            2030-01-01 | 10 | DAYS         | 2030-01-11 | true  | no 2030 notice: weekdays assumed, answer provisional
            2030-03-01 | 5  | WORKING_DAYS | 2030-03-08 | true  | no 2030 notice: weekends only
            2026-12-20 | 20 | DAYS         | 2027-01-11 | true  | ends in 2027 (no notice yet): Saturday 01-09 moves to Monday 01-11
            """)
    void countsPeriodsAsTheLawSays(LocalDate from, int amount, PeriodUnit unit, LocalDate expected,
            boolean provisional, String why) {
        Deadline deadline = counting.deadline(from, amount, unit);
        assertThat(deadline.deadline()).as(why).isEqualTo(expected);
        assertThat(deadline.provisional()).as("provisional: " + why).isEqualTo(provisional);
        assertThat(deadline.from()).isEqualTo(from);
        assertThat(deadline.amount()).isEqualTo(amount);
        assertThat(deadline.unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}: working {1}, holiday {2}, make-up {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2023-10-07 | true  | -              | true
            2023-10-01 | false | 中秋节、国庆节 | false
            2023-10-09 | true  | -              | false
            2023-10-14 | false | -              | false
            2022-12-31 | false | 元旦           | false
            2020-02-03 | true  | -              | true
            2030-01-05 | false | -              | false
            2030-01-07 | true  | -              | false
            """)
    void describesADay(LocalDate date, boolean working, String holiday, boolean makeUp) {
        assertThat(counting.day(date)).isEqualTo(new DayInfo(date, working, holiday, makeUp));
    }

    @ParameterizedTest(name = "{1} {2} refused")
    @CsvSource(delimiter = '|', textBlock = """
            calendar.amount.outOfRange.DAYS         | -1   | DAYS
            calendar.amount.outOfRange.DAYS         | 3651 | DAYS
            calendar.amount.outOfRange.WORKING_DAYS | 3651 | WORKING_DAYS
            calendar.amount.outOfRange.MONTHS       | 1201 | MONTHS
            calendar.amount.outOfRange.YEARS        | 101  | YEARS
            """)
    void refusesAmountsOutOfRange(String key, int amount, PeriodUnit unit) {
        assertThatThrownBy(() -> counting.deadline(LocalDate.of(2024, 1, 1), amount, unit))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.status().value()).isEqualTo(400);
                });
    }

    @Test
    void acceptsTheLongestPeriods() {
        assertThat(counting.deadline(LocalDate.of(2024, 1, 1), 3650, PeriodUnit.WORKING_DAYS).provisional()).isTrue();
        assertThat(counting.deadline(LocalDate.of(2024, 1, 1), 100, PeriodUnit.YEARS).deadline())
                .isEqualTo(LocalDate.of(2124, 1, 3));
    }
}
