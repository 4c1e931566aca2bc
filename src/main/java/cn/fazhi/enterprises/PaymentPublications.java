package cn.fazhi.enterprises;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The annual publication of 《保障中小企业款项支付条例》 Art. 18: by 31 March of year Y+1 each body publishes the number and
 * amount of its contracts with SMEs overdue and unpaid on 31 December of year Y ({@link SmePaymentRules}). The figures
 * are computed from the payment records and frozen when published; the public page lists the year's publications.
 * A body with payment records for Y that has not published is listed as missing — a warning after 31 March.
 */
@Service
public class PaymentPublications {

    /** A body's figures for a year: published (frozen, with the day) or as they stand now (publishedOn null). */
    public record Figures(long unitId, String unitName, int year, long overdueCount, BigDecimal overdueAmount,
            LocalDate publishedOn, LocalDate publishBy, boolean late) {}

    private final JdbcClient jdbc;
    private final Units units;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    PaymentPublications(JdbcClient jdbc, Units units, AuditTrail audit, Caller caller, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /** The figures of {@code unitId} for {@code year} as they stand in the records (Art. 18's rule). */
    @Transactional(readOnly = true)
    public Figures compute(long unitId, int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        var row = jdbc.sql("SELECT COUNT(*) AS n, COALESCE(SUM(p.amount - CASE WHEN p.paid_on IS NOT NULL AND p.paid_on <= "
                        + ":yearEnd THEN p.paid_amount ELSE 0 END), 0) AS owed FROM sme_payment p WHERE p.unit_id = :u AND "
                        + SmePaymentRules.OVERDUE_AT_YEAR_END)
                .param("u", unitId).param("yearEnd", end)
                .query((rs, n) -> new Object[] {rs.getLong("n"), rs.getBigDecimal("owed")}).single();
        String name = units.find(unitId).map(UnitView::name).orElse("");
        return new Figures(unitId, name, year, (Long) row[0], ((BigDecimal) row[1]).setScale(2), null,
                SmePaymentRules.publishBy(year), LocalDate.now(clock).isAfter(SmePaymentRules.publishBy(year)));
    }

    /**
     * Publishes the figures of {@code unitId} for {@code year} (a year that has ended; once): the unit itself
     * ({@code enterprises:handle}) or the help desk ({@code enterprises:dispatch}) for any body in its scope.
     */
    @Transactional
    public Figures publish(long unitId, int year) {
        DataScope scope = caller.scope();
        boolean own = scope != null && scope.unitId() == unitId && caller.can(Enterprises.HANDLE);
        UnitView unit = units.find(unitId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        boolean desk = scope != null && caller.can(Enterprises.DISPATCH) && scope.covers(unit.id(), unit.regionCode());
        if (!own && !desk) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        return publishAs(unitId, year, LocalDate.now(clock), caller.username());
    }

    /** {@link #publish} on {@code on} without the caller's checks (the demo year). */
    @Transactional
    public Figures publishAs(long unitId, int year, LocalDate on, String by) {
        if (year < 2000 || !on.isAfter(LocalDate.of(year, 12, 31))) {
            throw UserFacingException.badRequest("enterprises.publication.error.year");
        }
        if (jdbc.sql("SELECT COUNT(*) FROM sme_payment_publication WHERE unit_id = :u AND pub_year = :y").param("u", unitId)
                .param("y", year).query(Long.class).single() > 0) {
            throw UserFacingException.conflict("enterprises.publication.error.once", year);
        }
        Figures f = compute(unitId, year);
        String region = units.find(unitId).map(UnitView::regionCode).orElseThrow();
        jdbc.sql("INSERT INTO sme_payment_publication (unit_id, region_code, pub_year, overdue_count, overdue_amount, "
                        + "published_on, published_by) VALUES (:u, :r, :y, :n, :a, :on, :by)")
                .param("u", unitId).param("r", region).param("y", year).param("n", f.overdueCount())
                .param("a", f.overdueAmount()).param("on", on).param("by", by == null ? "system" : by).update();
        audit.record(AuditEntry.of("enterprises.publication.published", PaymentRecords.TYPE, unitId,
                year + " " + f.overdueCount() + " " + f.overdueAmount()));
        return published(year).stream().filter(p -> p.unitId() == unitId).findFirst().orElseThrow();
    }

    /** The publications of {@code year} (public), by unit name. */
    @Transactional(readOnly = true)
    public List<Figures> published(int year) {
        return jdbc.sql("SELECT s.*, u.name FROM sme_payment_publication s JOIN unit u ON u.id = s.unit_id "
                        + "WHERE s.pub_year = :y ORDER BY u.sort_order, u.id")
                .param("y", year)
                .query((rs, n) -> new Figures(rs.getLong("unit_id"), rs.getString("name"), year,
                        rs.getLong("overdue_count"), rs.getBigDecimal("overdue_amount").setScale(2),
                        rs.getObject("published_on", LocalDate.class), SmePaymentRules.publishBy(year),
                        rs.getObject("published_on", LocalDate.class).isAfter(SmePaymentRules.publishBy(year))))
                .list();
    }

    /**
     * The bodies within {@code scope} with payment records started in or before {@code year} that have not published
     * its figures, with the figures as they stand; {@code late} once 31 March of the next year has passed.
     */
    @Transactional(readOnly = true)
    public List<Figures> missing(int year, DataScope scope) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("yearEnd", LocalDate.of(year, 12, 31));
        params.put("y", year);
        List<Long> ids = jdbc.sql("SELECT DISTINCT p.unit_id FROM sme_payment p WHERE p.start_on <= :yearEnd AND "
                        + scope.sqlCondition("p.unit_id", "p.region_code") + " AND NOT EXISTS (SELECT 1 FROM "
                        + "sme_payment_publication s WHERE s.unit_id = p.unit_id AND s.pub_year = :y) ORDER BY p.unit_id")
                .params(params).query(Long.class).list();
        return ids.stream().map(id -> compute(id, year)).toList();
    }
}
