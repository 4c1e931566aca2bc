package cn.fazhi.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.platform.web.UserFacingException;

/**
 * 事前公开 (国办发〔2018〕118号 二(四)): what the public may know before enforcement — the active bodies (主体), their
 * matters with basis, procedure and remedies (职责、依据、程序、救济渠道), the number of officers holding a certificate
 * valid today per body (人员), the inspection matters (随机抽查事项) and the published discretion benchmarks (linked to
 * part D's page). Read from the shared tables of the contract; nothing personal is shown.
 */
@Service
public class Disclosures {

    /**
     * Officers counted for a body: those assigned to it, and those of its unit assigned to no body, with a certificate
     * valid today (the rule of {@link CertificateChecks}).
     */
    private static final String CERTIFIED = "SELECT b.id, COUNT(DISTINCT o.id) AS n FROM enforcement_body b "
            + "JOIN enforcement_officer o ON (o.body_id = b.id OR (o.body_id IS NULL AND o.unit_id = b.unit_id)) AND o.active "
            + "JOIN enforcement_certificate c ON c.officer_id = o.id AND c.issued_on <= :today AND c.expires_on >= :today "
            + "AND NOT (c.status IN (:stopped) AND c.status_since <= :today) WHERE b.active GROUP BY b.id";

    private final JdbcClient jdbc;
    private final Clock clock;

    Disclosures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every active body, by unit order, with its matters and certified officers. */
    @Transactional(readOnly = true)
    public List<DisclosureView> bodies() {
        return load(null);
    }

    @Transactional(readOnly = true)
    public DisclosureView body(long id) {
        List<DisclosureView> found = load(id);
        if (found.isEmpty()) {
            throw UserFacingException.notFound("enforcement.disclosure.notFound");
        }
        return found.get(0);
    }

    /** The number of published discretion benchmarks in force today (their page is part D's). */
    @Transactional(readOnly = true)
    public long benchmarksInForce() {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("SELECT COUNT(*) FROM enforcement_benchmark WHERE published AND effective_from <= :today "
                        + "AND (effective_to IS NULL OR effective_to >= :today)")
                .param("today", today).query(Long.class).single();
    }

    private List<DisclosureView> load(Long only) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Long> certified = new HashMap<>();
        jdbc.sql(CERTIFIED).param("today", today).param("stopped", List.of("SUSPENDED", "REVOKED"))
                .query((rs, n) -> certified.put(rs.getLong("id"), rs.getLong("n"))).list();
        Map<Long, List<DisclosureView.Matter>> matters = new HashMap<>();
        jdbc.sql("SELECT m.* FROM enforcement_matter m JOIN enforcement_body b ON b.id = m.body_id WHERE m.active AND b.active"
                        + (only == null ? "" : " AND b.id = :only") + " ORDER BY m.body_id, m.code")
                .params(only == null ? Map.of() : Map.of("only", only))
                .query((rs, n) -> matters.computeIfAbsent(rs.getLong("body_id"), k -> new ArrayList<>())
                        .add(new DisclosureView.Matter(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                                rs.getString("category"), rs.getString("legal_basis"), rs.getString("procedure_text"),
                                rs.getString("remedy_text"))))
                .list();
        return jdbc.sql("SELECT b.*, u.name AS unit_name, e.name AS entrusting_name FROM enforcement_body b "
                        + "JOIN unit u ON u.id = b.unit_id LEFT JOIN unit e ON e.id = b.entrusting_unit_id WHERE b.active"
                        + (only == null ? "" : " AND b.id = :only") + " ORDER BY u.sort_order, u.id, b.id")
                .params(only == null ? Map.of() : Map.of("only", only))
                .query((rs, n) -> new DisclosureView(rs.getLong("id"), rs.getString("name"), rs.getString("unit_name"),
                        rs.getString("kind"), rs.getString("entrusting_name"), rs.getString("legal_basis"),
                        rs.getString("areas"), certified.getOrDefault(rs.getLong("id"), 0L),
                        matters.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }
}
