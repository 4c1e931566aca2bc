package cn.fazhi.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * V102 moves enforcement's file-review tasks onto the machinery: run against a scratch H2 database holding the real
 * table definitions (V7, V95, V97) and a task of every old status, it maps the statuses and dates, continues the
 * year's numbers, keeps the report and the note as history, links each source, and drops the old table.
 */
class V102MigrationTest {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration/common");

    static String table(String file, String name) throws Exception {
        String sql = Files.readString(MIGRATIONS.resolve(file));
        Matcher m = Pattern.compile("CREATE TABLE " + name + " \\(.*?\\n\\);", Pattern.DOTALL).matcher(sql);
        assertThat(m.find()).as(name).isTrue();
        return m.group() + "\n";
    }

    @Test
    void tasksOfEveryStatusBecomeProblems() throws Exception {
        String schema = """
                CREATE TABLE unit (id BIGINT PRIMARY KEY, region_code VARCHAR(12));
                INSERT INTO unit VALUES (4, '421202'), (5, '421202');
                CREATE TABLE app_user (id BIGINT, username VARCHAR(32), unit_id BIGINT);
                INSERT INTO app_user VALUES (1, 'fzb', 4), (2, 'scjg', 5);
                CREATE TABLE user_role (user_id BIGINT, role_id BIGINT);
                INSERT INTO user_role VALUES (1, 2);
                CREATE TABLE role_permission (role_id BIGINT, permission VARCHAR(64));
                INSERT INTO role_permission VALUES (2, 'rectification:accept');
                CREATE TABLE enforcement_precheck_run (case_type VARCHAR(32), case_id BIGINT, case_number VARCHAR(64));
                INSERT INTO enforcement_precheck_run VALUES ('coercion', 77, '强制1号');
                """ + table("V7__case_kernel.sql", "case_number_sequence") + table("V7__case_kernel.sql", "case_event")
                + table("V97__supervision_contract.sql", "case_link")
                + table("V97__supervision_contract.sql", "rectification_problem")
                + table("V95__enforcement_filereview.sql", "enforcement_rectification") + """
                INSERT INTO case_number_sequence VALUES ('rectification', 'district', 2024, 5);
                INSERT INTO enforcement_rectification (source_type, source_id, reference, unit_id, region_code, problem,
                    rule_text, issued_on, deadline, status, report, reported_on, accepted_on, decided_by, decision_note,
                    created_at, created_by) VALUES
                 ('evaluation_file', 11, '罚1号', 5, '421202', '问题一', '规则', DATE '2024-03-01', DATE '2024-03-31',
                    'OVERDUE', NULL, NULL, NULL, NULL, NULL, TIMESTAMP WITH TIME ZONE '2024-03-01 10:00:00+08:00', 'fzb'),
                 ('precheck', 77, '强制1号', 5, '421202', '问题二', NULL, DATE '2024-04-01', DATE '2024-05-01', 'REPORTED',
                    '已改', DATE '2024-04-20', NULL, NULL, NULL, TIMESTAMP WITH TIME ZONE '2024-04-01 10:00:00+08:00', 'scjg'),
                 ('precheck', 78, '罚2号', 5, '421202', '问题三', NULL, DATE '2025-01-05', DATE '2025-02-05', 'ACCEPTED',
                    '已改好', DATE '2025-01-20', DATE '2025-01-25', 'fzb', '合格',
                    TIMESTAMP WITH TIME ZONE '2025-01-05 10:00:00+08:00', 'fzb'),
                 ('precheck', 79, '罚3号', 5, '421202', '问题四', NULL, DATE '2025-02-01', DATE '2025-03-01', 'OPEN',
                    '第一次', DATE '2025-02-10', NULL, 'fzb', '退回：缺证据',
                    TIMESTAMP WITH TIME ZONE '2025-02-01 10:00:00+08:00', 'fzb');
                """;
        Path script = Files.createTempFile("v102", ".sql");
        Files.writeString(script, schema + Files.readString(MIGRATIONS.resolve("V102__rectification.sql")));
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:v102test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;CASE_INSENSITIVE_IDENTIFIERS=TRUE");
                Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM '" + script.toAbsolutePath() + "'");
            assertThat(rows(s, "SELECT case_number, status, source_type, source_path, issuer_unit_id, found_on, "
                    + "submitted_on, closed_on, closed_by, acceptance_note, first_deadline FROM rectification_problem "
                    + "ORDER BY id")).containsExactly(
                    "咸安整改〔2024〕6号|OPEN|evaluation|/enforcement/file-reviews/files/11|4|2024-03-01|null|null|null|null|2024-03-31",
                    "咸安整改〔2024〕7号|SUBMITTED|coercion|/enforcement/coercions/77|4|2024-04-01|2024-04-20|null|null|null|2024-05-01",
                    "咸安整改〔2025〕1号|CLOSED|enforcement|/enforcement/cases/78|4|2025-01-05|2025-01-20|2025-01-25|fzb|合格|2025-02-05",
                    "咸安整改〔2025〕2号|OPEN|enforcement|/enforcement/cases/79|4|2025-02-01|null|null|null|null|2025-03-01");
            assertThat(rows(s, "SELECT seq_year, last_value FROM case_number_sequence ORDER BY seq_year"))
                    .containsExactly("2024|7", "2025|2");
            assertThat(rows(s, "SELECT p.case_number, r.kind, r.body FROM rectification_report r JOIN rectification_problem p "
                    + "ON p.id = r.problem_id ORDER BY r.id")).containsExactly("咸安整改〔2024〕7号|SUBMIT|已改",
                    "咸安整改〔2025〕1号|SUBMIT|已改好", "咸安整改〔2025〕2号|SUBMIT|第一次", "咸安整改〔2025〕1号|ACCEPT|合格",
                    "咸安整改〔2025〕2号|RETURN|退回：缺证据");
            assertThat(rows(s, "SELECT from_type, from_id, to_type, relation FROM case_link ORDER BY id"))
                    .containsExactly("evaluation|11|rectification|raised", "coercion|77|rectification|raised",
                            "enforcement|78|rectification|raised", "enforcement|79|rectification|raised");
            assertThat(rows(s, "SELECT COUNT(*) FROM case_event WHERE case_type = 'rectification' AND action = 'migrated'"))
                    .containsExactly("4");
            assertThat(rows(s, "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'enforcement_rectification'"))
                    .containsExactly("0");
        } finally {
            Files.deleteIfExists(script);
        }
    }

    static List<String> rows(Statement s, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(b.toString());
            }
        }
        return out;
    }
}
