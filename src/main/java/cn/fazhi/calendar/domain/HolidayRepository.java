package cn.fazhi.calendar.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code holiday_notice} and {@code holiday_day}. */
@Repository
public class HolidayRepository {

    /** Separates the notice URLs in {@code holiday_notice.source}. */
    static final String SOURCE_SEPARATOR = "\n";

    private final JdbcClient jdbc;

    public HolidayRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<HolidayDay> allDays() {
        return jdbc.sql("SELECT holiday_date, name, off_day, notice_year FROM holiday_day")
                .query(HolidayRepository::day).list();
    }

    public List<HolidayDay> daysOf(int noticeYear) {
        return jdbc.sql("""
                SELECT holiday_date, name, off_day, notice_year FROM holiday_day
                WHERE notice_year = :y ORDER BY holiday_date""")
                .param("y", noticeYear).query(HolidayRepository::day).list();
    }

    public Optional<HolidayDay> find(LocalDate date) {
        return jdbc.sql("SELECT holiday_date, name, off_day, notice_year FROM holiday_day WHERE holiday_date = :d")
                .param("d", date).query(HolidayRepository::day).optional();
    }

    public List<Integer> noticeYears() {
        return jdbc.sql("SELECT notice_year FROM holiday_notice").query(Integer.class).list();
    }

    public boolean noticeExists(int year) {
        return jdbc.sql("SELECT COUNT(*) FROM holiday_notice WHERE notice_year = :y").param("y", year)
                .query(Integer.class).single() > 0;
    }

    public List<NoticeSummary> notices() {
        return jdbc.sql("""
                SELECT n.notice_year, n.source, n.updated_at, n.updated_by,
                       (SELECT COUNT(*) FROM holiday_day d WHERE d.notice_year = n.notice_year AND d.off_day)
                           AS off_days,
                       (SELECT COUNT(*) FROM holiday_day d WHERE d.notice_year = n.notice_year AND NOT d.off_day)
                           AS make_up_days
                FROM holiday_notice n ORDER BY n.notice_year DESC""")
                .query((rs, n) -> new NoticeSummary(rs.getInt("notice_year"), sources(rs.getString("source")),
                        localTime(rs.getObject("updated_at", OffsetDateTime.class)), rs.getString("updated_by"),
                        rs.getInt("off_days"), rs.getInt("make_up_days")))
                .list();
    }

    /** Inserts the notice unless another transaction (e.g. another node starting up) already did; true if inserted. */
    public boolean insertNoticeIfAbsent(int year, List<String> sources, OffsetDateTime at, String by) {
        return jdbc.sql("""
                INSERT INTO holiday_notice (notice_year, source, updated_at, updated_by) VALUES (:y, :s, :at, :by)
                ON CONFLICT DO NOTHING""")
                .param("y", year).param("s", String.join(SOURCE_SEPARATOR, sources)).param("at", at).param("by", by)
                .update() == 1;
    }

    public void updateNotice(int year, List<String> sources, OffsetDateTime at, String by) {
        jdbc.sql("UPDATE holiday_notice SET source = :s, updated_at = :at, updated_by = :by WHERE notice_year = :y")
                .param("y", year).param("s", String.join(SOURCE_SEPARATOR, sources)).param("at", at).param("by", by)
                .update();
    }

    public void touchNotice(int year, OffsetDateTime at, String by) {
        jdbc.sql("UPDATE holiday_notice SET updated_at = :at, updated_by = :by WHERE notice_year = :y")
                .param("y", year).param("at", at).param("by", by).update();
    }

    public void deleteDaysOf(int noticeYear) {
        jdbc.sql("DELETE FROM holiday_day WHERE notice_year = :y").param("y", noticeYear).update();
    }

    public void insert(HolidayDay day) {
        jdbc.sql("INSERT INTO holiday_day (holiday_date, name, off_day, notice_year) VALUES (:d, :n, :o, :y)")
                .param("d", day.date()).param("n", day.name()).param("o", day.offDay()).param("y", day.noticeYear())
                .update();
    }

    public void update(HolidayDay day) {
        jdbc.sql("UPDATE holiday_day SET name = :n, off_day = :o, notice_year = :y WHERE holiday_date = :d")
                .param("d", day.date()).param("n", day.name()).param("o", day.offDay()).param("y", day.noticeYear())
                .update();
    }

    public boolean delete(LocalDate date) {
        return jdbc.sql("DELETE FROM holiday_day WHERE holiday_date = :d").param("d", date).update() == 1;
    }

    private static OffsetDateTime localTime(OffsetDateTime at) {
        return at.atZoneSameInstant(ZoneId.systemDefault()).toOffsetDateTime();
    }

    private static List<String> sources(String source) {
        return source == null || source.isBlank() ? List.of()
                : Arrays.stream(source.split(SOURCE_SEPARATOR)).filter(s -> !s.isBlank()).toList();
    }

    private static HolidayDay day(ResultSet rs, int n) throws SQLException {
        return new HolidayDay(rs.getObject("holiday_date", LocalDate.class), rs.getString("name"),
                rs.getBoolean("off_day"), rs.getInt("notice_year"));
    }
}
