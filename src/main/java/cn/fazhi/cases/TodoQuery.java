package cn.fazhi.cases;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One kind of waiting work as SQL, so that every {@link TodoSource} counts and lists the same way: {@code from} is the
 * {@code FROM … WHERE …} part (with the scope condition and any parameters of its own), the columns name the case's id,
 * number, title and the date it waits since. The count is one {@code COUNT(*)}; items are read only when asked for.
 *
 * @param pathPrefix the case page without the id, e.g. {@code /mediation/}
 */
public record TodoQuery(String labelKey, String listPath, String caseType, String pathPrefix, String from, String id,
        String number, String title, String since) {

    /** The names of the states a to-do waits in, bound as a parameter (never status literals in the SQL). */
    public static java.util.List<String> states(Enum<?>... states) {
        return java.util.Arrays.stream(states).map(Enum::name).toList();
    }

    public TodoGroup run(JdbcClient jdbc, Map<String, Object> params, int limit) {
        long count = jdbc.sql("SELECT COUNT(*) " + from).params(params).query(Long.class).single();
        if (count == 0 || limit <= 0) {
            return new TodoGroup(labelKey, count, listPath, java.util.List.of());
        }
        var items = jdbc.sql("SELECT " + id + " AS todo_id, " + number + " AS todo_number, " + title + " AS todo_title, "
                        + since + " AS todo_since " + from + " ORDER BY " + since + ", " + id
                        + " FETCH FIRST " + limit + " ROWS ONLY")
                .params(params)
                .query((rs, n) -> new TodoItem(new CaseRef(caseType, rs.getLong("todo_id")), rs.getString("todo_number"),
                        rs.getString("todo_title"), rs.getObject("todo_since", LocalDate.class),
                        pathPrefix + rs.getLong("todo_id")))
                .list();
        return new TodoGroup(labelKey, count, listPath, items);
    }
}
