package cn.fazhi.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.fazhi.platform.web.UserFacingException;
import tools.jackson.databind.json.JsonMapper;

class HolidayFileParserTest {

    private final HolidayFileParser parser = new HolidayFileParser(JsonMapper.shared());

    @Test
    void readsTheHolidayCnFormat() {
        HolidayFile file = parser.parse("""
                {"year": 2023, "papers": ["http://www.gov.cn/zhengce/zhengceku/2022-12/08/content_5730844.htm"],
                 "days": [{"name": "元旦", "date": "2022-12-31", "isOffDay": true},
                          {"name": "中秋节、国庆节", "date": "2023-10-07", "isOffDay": false}]}""");
        assertThat(file.year()).isEqualTo(2023);
        assertThat(file.papers()).hasSize(1);
        assertThat(file.days()).containsExactly(
                new HolidayDay(LocalDate.of(2022, 12, 31), "元旦", true, 2023),
                new HolidayDay(LocalDate.of(2023, 10, 7), "中秋节、国庆节", false, 2023));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            calendar.import.empty            | ` `
            calendar.import.badJson          | {"year": 2023,
            calendar.import.notObject        | [1, 2]
            calendar.import.badYear          | {"year": "2023", "days": []}
            calendar.import.badYear          | {"year": 1800, "days": []}
            calendar.import.noDays           | {"year": 2023, "days": []}
            calendar.import.badPapers        | {"year": 2023, "papers": ["javascript:alert(1)"], "days": []}
            calendar.import.badDay           | {"year": 2023, "days": [7]}
            calendar.import.badName          | {"year": 2023, "days": [{"date": "2023-10-01", "isOffDay": true}]}
            calendar.import.badDate          | {"year": 2023, "days": [{"name": "x", "date": "2023-02-30", "isOffDay": true}]}
            calendar.import.dateOutsideYear  | {"year": 2023, "days": [{"name": "x", "date": "2024-02-01", "isOffDay": true}]}
            calendar.import.badOffDay        | {"year": 2023, "days": [{"name": "x", "date": "2023-10-01", "isOffDay": "yes"}]}
            calendar.import.duplicateDate    | {"year": 2023, "days": [{"name": "x", "date": "2023-10-01", "isOffDay": true}, {"name": "y", "date": "2023-10-01", "isOffDay": true}]}
            """)
    void refusesWhatIsNotANotice(String key, String json) {
        assertThatThrownBy(() -> parser.parse(json)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void aNoticeCoversItsYearAndOneMonthEitherSide() {
        assertThat(HolidayFileParser.withinNotice(LocalDate.of(2022, 12, 1), 2023)).isTrue();
        assertThat(HolidayFileParser.withinNotice(LocalDate.of(2022, 11, 30), 2023)).isFalse();
        assertThat(HolidayFileParser.withinNotice(LocalDate.of(2024, 1, 31), 2023)).isTrue();
        assertThat(HolidayFileParser.withinNotice(LocalDate.of(2024, 2, 1), 2023)).isFalse();
    }
}
