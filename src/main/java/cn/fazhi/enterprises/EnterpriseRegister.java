package cn.fazhi.enterprises;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The register as staff read it ({@code enterprises:view}): the enterprises registered within the caller's region —
 * the district's roles and departments every enterprise of the district, a township its own — searched by name or
 * USCC, filtered by size and township, one page at a time.
 */
@Service
public class EnterpriseRegister {

    private final JdbcClient jdbc;
    private final Enterprises enterprises;
    private final Caller caller;

    EnterpriseRegister(JdbcClient jdbc, Enterprises enterprises, Caller caller) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.caller = caller;
    }

    /** The enterprises in {@code scope} matching {@code q}, by name. */
    @Transactional(readOnly = true)
    public Paged<EnterpriseView> search(EnterpriseQuery q, DataScope scope, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("prefix", scope.regionCode() + "%");
        StringBuilder where = new StringBuilder(" WHERE e.region_code LIKE :prefix");
        if (q.q() != null && !q.q().isBlank()) {
            where.append(" AND (e.name LIKE :q OR e.uscc LIKE :qu)");
            params.put("q", "%" + q.q().strip() + "%");
            params.put("qu", "%" + q.q().strip().toUpperCase() + "%");
        }
        if (q.size() != null) {
            where.append(" AND e.size = :size");
            params.put("size", q.size().name());
        }
        if (q.region() != null && !q.region().isBlank()) {
            where.append(" AND e.region_code = :region");
            params.put("region", q.region().strip());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM enterprise e" + where).params(params).query(Long.class).single();
        int s = Math.max(1, Math.min(size, 5000));
        int p = Math.max(0, page);
        List<EnterpriseView> items = jdbc.sql("SELECT * FROM enterprise e" + where + " ORDER BY e.name, e.id OFFSET "
                        + ((long) p * s) + " ROWS FETCH NEXT " + s + " ROWS ONLY")
                .params(params)
                .query((rs, n) -> new EnterpriseView(rs.getLong("id"), rs.getString("uscc"), rs.getString("name"),
                        rs.getString("industry_code"), EnterpriseSize.valueOf(rs.getString("size")),
                        rs.getString("region_code"), rs.getObject("registered_on", LocalDate.class),
                        rs.getBigDecimal("revenue_wan"), (Integer) rs.getObject("employees"), rs.getString("address"),
                        rs.getString("legal_rep"), rs.getString("phone_masked"), null,
                        rs.getObject("desk_issued_on", LocalDate.class), rs.getString("status"), List.of(),
                        rs.getInt("version")))
                .list();
        Map<Long, List<EnterpriseView.Certification>> certs = enterprises.certifications(
                items.stream().map(EnterpriseView::id).toList());
        return new Paged<>(items.stream().map(e -> withCerts(e, certs.getOrDefault(e.id(), List.of()))).toList(), total,
                p, s);
    }

    /** One enterprise, if the caller ({@code enterprises:view}) may see it: 404 outside the caller's region. */
    @Transactional(readOnly = true)
    public EnterpriseView visible(long id) {
        if (!caller.can(Enterprises.VIEW) || caller.scope() == null) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        return enterprises.find(id).filter(e -> e.regionCode().startsWith(caller.scope().regionCode()))
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    /** How many enterprises the register holds within {@code scope}, by size (the list's summary). */
    @Transactional(readOnly = true)
    public Map<EnterpriseSize, Long> bySize(DataScope scope) {
        Map<EnterpriseSize, Long> out = new java.util.EnumMap<>(EnterpriseSize.class);
        jdbc.sql("SELECT size, COUNT(*) AS n FROM enterprise WHERE region_code LIKE :p GROUP BY size")
                .param("p", scope.regionCode() + "%")
                .query((rs, n) -> out.put(EnterpriseSize.valueOf(rs.getString("size")), rs.getLong("n"))).list();
        return out;
    }

    private static EnterpriseView withCerts(EnterpriseView v, List<EnterpriseView.Certification> certs) {
        return new EnterpriseView(v.id(), v.uscc(), v.name(), v.industryCode(), v.size(), v.regionCode(),
                v.registeredOn(), v.revenueWan(), v.employees(), v.address(), v.legalRep(), v.phoneMasked(),
                v.deskToken(), v.deskIssuedOn(), v.status(), List.copyOf(certs), v.version());
    }

}
