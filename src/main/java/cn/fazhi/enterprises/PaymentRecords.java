package cn.fazhi.enterprises;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Payments district bodies owe to small and medium enterprises ({@link SmePaymentRules}): a unit holding
 * {@code enterprises:handle} records its own and the payments it made; the help desk ({@code enterprises:dispatch})
 * records for any unit and sees all. Every list and read applies the caller's data scope (a unit its own).
 */
@Service
public class PaymentRecords {

    static final String TYPE = "sme_payment";
    static final String SELECT = "SELECT p.*, u.name AS unit_name, e.name AS enterprise_name, e.uscc FROM sme_payment p "
            + "JOIN unit u ON u.id = p.unit_id JOIN enterprise e ON e.id = p.enterprise_id";

    private final JdbcClient jdbc;
    private final Enterprises enterprises;
    private final Units units;
    private final AuditTrail audit;
    private final Caller caller;
    private final EnterpriseDeskProperties settings;
    private final Clock clock;

    PaymentRecords(JdbcClient jdbc, Enterprises enterprises, Units units, AuditTrail audit, Caller caller,
            EnterpriseDeskProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.units = units;
        this.audit = audit;
        this.caller = caller;
        this.settings = settings;
        this.clock = clock;
    }

    /** Records a payment owed; 400 with a Chinese reason on bad input (nothing saved), 403 outside the caller's rights. */
    @Transactional
    public PaymentView record(PaymentCommands.Record c) {
        if (!caller.can(Enterprises.HANDLE) && !caller.can(Enterprises.DISPATCH)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        DataScope scope = caller.scope();
        long unitId = c == null || c.unitId() == null ? scope.unitId() : c.unitId();
        if (unitId != scope.unitId() && !caller.can(Enterprises.DISPATCH)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        return insert(c, unitId, caller.username());
    }

    /** {@link #record} without the caller's checks, for the demo year. */
    @Transactional
    public PaymentView insert(PaymentCommands.Record c, long unitId, String by) {
        if (c == null) {
            throw UserFacingException.badRequest("enterprises.payment.error.contract");
        }
        UnitView unit = units.find(unitId).orElseThrow(() -> UserFacingException.badRequest("enterprises.payment.error.unit"));
        EnterpriseView e = enterprises.findByUscc(c.uscc())
                .orElseThrow(() -> UserFacingException.badRequest("enterprises.payment.error.enterprise"));
        if (!e.size().sme()) {
            throw UserFacingException.badRequest("enterprises.payment.error.notSme");
        }
        String contract = text(c.contractNo(), 64, "enterprises.payment.error.contract");
        String subject = text(c.subject(), 300, "enterprises.payment.error.subject");
        if (c.amount() == null || c.amount().signum() <= 0 || c.amount().scale() > 2
                || c.amount().compareTo(new BigDecimal("100000000000000")) >= 0) {
            throw UserFacingException.badRequest("enterprises.payment.error.amount");
        }
        String kind = c.startKind() == null ? "DELIVERY" : c.startKind().strip();
        if (!kind.equals("DELIVERY") && !kind.equals("ACCEPTANCE")) {
            throw UserFacingException.badRequest("enterprises.payment.error.startKind");
        }
        LocalDate today = LocalDate.now(clock);
        if (c.startOn() == null || c.startOn().isAfter(today)) {
            throw UserFacingException.badRequest("enterprises.payment.error.startOn");
        }
        int term = SmePaymentRules.term(c.termDays());
        if (c.annualRate() != null && (c.annualRate().signum() <= 0 || c.annualRate().compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw UserFacingException.badRequest("enterprises.payment.error.rate");
        }
        if (jdbc.sql("SELECT COUNT(*) FROM sme_payment WHERE unit_id = :u AND contract_no = :c").param("u", unitId)
                .param("c", contract).query(Long.class).single() > 0) {
            throw UserFacingException.conflict("enterprises.payment.error.duplicate", contract);
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO sme_payment (unit_id, region_code, enterprise_id, contract_no, subject, amount, start_kind, "
                        + "start_on, term_days, due_on, annual_rate, created_at, created_by) VALUES (:u, :r, :e, :c, :s, :a, "
                        + ":k, :start, :term, :due, :rate, :at, :by)")
                .param("u", unitId).param("r", unit.regionCode()).param("e", e.id()).param("c", contract)
                .param("s", subject).param("a", c.amount()).param("k", kind).param("start", c.startOn())
                .param("term", term).param("due", SmePaymentRules.dueOn(c.startOn(), term)).param("rate", c.annualRate())
                .param("at", OffsetDateTime.now(clock)).param("by", by == null ? "system" : by).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        audit.record(AuditEntry.of("enterprises.payment.recorded", TYPE, id, contract + " " + e.uscc()));
        return read(id).orElseThrow();
    }

    /** Records the payment made (day and amount); the unit's own or the desk's. */
    @Transactional
    public PaymentView pay(long id, PaymentCommands.Pay c) {
        PaymentView p = get(id);
        if (!caller.can(Enterprises.HANDLE) && !caller.can(Enterprises.DISPATCH)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        return markPaid(p, c);
    }

    /** {@link #pay} without the caller's checks, for the demo year. */
    @Transactional
    public PaymentView markPaid(PaymentView p, PaymentCommands.Pay c) {
        if (c == null || c.paidOn() == null || c.paidOn().isBefore(p.startOn()) || c.paidOn().isAfter(LocalDate.now(clock))) {
            throw UserFacingException.badRequest("enterprises.payment.error.paidOn", p.startOn());
        }
        if (c.paidAmount() == null || c.paidAmount().signum() <= 0 || c.paidAmount().scale() > 2
                || c.paidAmount().compareTo(p.amount()) > 0) {
            throw UserFacingException.badRequest("enterprises.payment.error.paidAmount", p.amount());
        }
        if (c.version() != null && c.version() != p.version()) {
            throw UserFacingException.conflict("error.conflict");
        }
        int n = jdbc.sql("UPDATE sme_payment SET paid_on = :on, paid_amount = :a, version = version + 1 "
                        + "WHERE id = :id AND version = :v")
                .param("on", c.paidOn()).param("a", c.paidAmount()).param("id", p.id()).param("v", p.version()).update();
        if (n == 0) {
            throw UserFacingException.conflict("error.conflict");
        }
        audit.record(AuditEntry.of("enterprises.payment.paid", TYPE, p.id(), p.contractNo() + " " + c.paidAmount()));
        return read(p.id()).orElseThrow();
    }

    /** One payment within the caller's scope (404 otherwise). */
    @Transactional(readOnly = true)
    public PaymentView get(long id) {
        if (!caller.can(Enterprises.VIEW)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        PaymentView p = read(id).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        DataScope scope = caller.scope();
        String region = jdbc.sql("SELECT region_code FROM sme_payment WHERE id = :id").param("id", id).query(String.class)
                .single();
        if (scope == null || !scope.covers(p.unitId(), region)) {
            throw UserFacingException.notFound("error.notFound");
        }
        return p;
    }

    /** The payments within {@code scope} matching {@code q}, the latest due first. */
    @Transactional(readOnly = true)
    public Paged<PaymentView> search(PaymentCommands.Query q, DataScope scope, int page, int size) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.sqlCondition("p.unit_id", "p.region_code"));
        if (q.q() != null && !q.q().isBlank()) {
            where.append(" AND (p.contract_no LIKE :q OR p.subject LIKE :q OR e.name LIKE :q OR e.uscc LIKE :q)");
            params.put("q", "%" + q.q().strip() + "%");
        }
        if (q.unitId() != null) {
            where.append(" AND p.unit_id = :unit");
            params.put("unit", q.unitId());
        }
        if (Boolean.TRUE.equals(q.overdue())) {
            where.append(" AND ").append(SmePaymentRules.LATE);
        }
        if (q.year() != null) {
            where.append(" AND p.due_on >= :from AND p.due_on < :to");
            params.put("from", LocalDate.of(q.year(), 1, 1));
            params.put("to", LocalDate.of(q.year() + 1, 1, 1));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM sme_payment p JOIN enterprise e ON e.id = p.enterprise_id" + where)
                .params(params).query(Long.class).single();
        int s = Math.max(1, Math.min(size, 5000));
        int pg = Math.max(0, page);
        List<PaymentView> items = jdbc.sql(SELECT + where + " ORDER BY p.due_on DESC, p.id DESC OFFSET " + ((long) pg * s)
                        + " ROWS FETCH NEXT " + s + " ROWS ONLY")
                .params(params).query(this::map).list();
        return new Paged<>(items, total, pg, s);
    }

    /** The payments owed to one enterprise (the desk's detail page), latest due first. */
    @Transactional(readOnly = true)
    public List<PaymentView> ofEnterprise(long enterpriseId, DataScope scope) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("e", enterpriseId);
        return jdbc.sql(SELECT + " WHERE p.enterprise_id = :e AND " + scope.sqlCondition("p.unit_id", "p.region_code")
                + " ORDER BY p.due_on DESC").params(params).query(this::map).list();
    }

    Optional<PaymentView> read(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id).query(this::map).optional();
    }

    private PaymentView map(ResultSet rs, int n) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("amount");
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        LocalDate paidOn = rs.getObject("paid_on", LocalDate.class);
        BigDecimal paid = rs.getBigDecimal("paid_amount");
        boolean full = paidOn != null && paid != null && paid.compareTo(amount) >= 0;
        long days = SmePaymentRules.daysOverdue(due, paidOn, full, LocalDate.now(clock));
        BigDecimal owing = full || paid == null ? amount : amount.subtract(paid);
        return new PaymentView(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getLong("enterprise_id"), rs.getString("enterprise_name"), rs.getString("uscc"),
                rs.getString("contract_no"), rs.getString("subject"), amount, rs.getString("start_kind"),
                rs.getObject("start_on", LocalDate.class), rs.getInt("term_days"), due, rs.getBigDecimal("annual_rate"),
                paidOn, paid, days > 0, days,
                SmePaymentRules.interest(owing, days, rs.getBigDecimal("annual_rate"), settings.defaultDailyRate()),
                rs.getInt("version"));
    }

    private static String text(String value, int max, String key) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw UserFacingException.badRequest(key);
        }
        return value.strip();
    }
}
