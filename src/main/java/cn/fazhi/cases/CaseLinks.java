package cn.fazhi.cases;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.platform.security.Actors;

/**
 * Links between records of any case type — the chain 复议纠错 → 监督线索 → 整改 → 考核 and the like — so that each
 * record's page lists what it came from and what it led to, both ways. A link is written once (linking again is a
 * no-op) in the transaction of the step that makes it; both ends keep their label and page path as of linking, so a
 * page lists its links without asking the other module. Relations are codes (e.g. {@code raised}); their labels are
 * {@code cases.link.<relation>.out} (seen from the source) and {@code cases.link.<relation>.in} (from the target).
 */
@Service
public class CaseLinks {

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One end of a link: the case, its label (case number) and the path of its page. */
    public record End(CaseRef ref, String label, String path) {

        public End {
            if (ref == null || label == null || label.isBlank() || path == null || !path.startsWith("/")) {
                throw new IllegalArgumentException("a link end needs a case, a label and a path");
            }
        }
    }

    /**
     * A linked record as seen from one case: {@code outgoing} when this case is the link's source. {@code relation}
     * and {@code caseType} are codes; pages show {@code cases.link.<relation>.(out|in)} and {@code cases.type.<type>}.
     */
    public record Linked(boolean outgoing, String relation, String caseType, long caseId, String label, String path) {

        /** The message key of the relation as seen from this side. */
        public String relationKey() {
            return "cases.link." + relation + (outgoing ? ".out" : ".in");
        }
    }

    /** Links {@code from} to {@code to} with {@code relation} (a code such as {@code raised}); idempotent. */
    @Transactional
    public void link(End from, End to, String relation) {
        if (relation == null || !relation.matches("[a-z][a-z_]{1,31}")) {
            throw new IllegalArgumentException("invalid relation");
        }
        Integer known = jdbc.sql("SELECT COUNT(*) FROM case_link WHERE from_type = :ft AND from_id = :fi AND to_type = :tt "
                        + "AND to_id = :ti AND relation = :r")
                .param("ft", from.ref().caseType()).param("fi", from.ref().caseId()).param("tt", to.ref().caseType())
                .param("ti", to.ref().caseId()).param("r", relation).query(Integer.class).single();
        if (known > 0) {
            return;
        }
        jdbc.sql("INSERT INTO case_link (from_type, from_id, from_label, from_path, to_type, to_id, to_label, to_path, "
                        + "relation, created_at, created_by) VALUES (:ft, :fi, :fl, :fp, :tt, :ti, :tl, :tp, :r, :at, :by)")
                .param("ft", from.ref().caseType()).param("fi", from.ref().caseId()).param("fl", cut(from.label()))
                .param("fp", from.path()).param("tt", to.ref().caseType()).param("ti", to.ref().caseId())
                .param("tl", cut(to.label())).param("tp", to.path()).param("r", relation)
                .param("at", OffsetDateTime.now(clock)).param("by", Actors.current()).update();
    }

    /** Everything linked to {@code ref}, both directions, oldest first. Callers have already checked access to ref. */
    @Transactional(readOnly = true)
    public List<Linked> of(CaseRef ref) {
        return jdbc.sql("SELECT TRUE AS outgoing, relation, to_type AS t, to_id AS i, to_label AS l, to_path AS p, id "
                        + "FROM case_link WHERE from_type = :t AND from_id = :i "
                        + "UNION ALL SELECT FALSE, relation, from_type, from_id, from_label, from_path, id "
                        + "FROM case_link WHERE to_type = :t AND to_id = :i ORDER BY id")
                .param("t", ref.caseType()).param("i", ref.caseId())
                .query((rs, n) -> new Linked(rs.getBoolean("outgoing"), rs.getString("relation"), rs.getString("t"),
                        rs.getLong("i"), rs.getString("l"), rs.getString("p")))
                .list();
    }

    private static String cut(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200);
    }
}
