package cn.fazhi.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.organisation.RegionView;
import cn.fazhi.organisation.Regions;
import cn.fazhi.platform.identifiers.Uscc;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.platform.web.Paged;

/**
 * The register of inspection targets (检查对象名录库 / 市场主体名录库, 国办发〔2015〕58号: "建立……市场主体名录库"): market
 * entities with a valid 统一社会信用代码 (GB 32100-2015), name, GB/T 4754 industry, township, address, 信用风险分类
 * and status. One register for the district: every holder of {@code supervision:view} reads it, the office
 * ({@code supervision:manage}) keeps it (the pages and API check the permission). Every change is audited and checked
 * against the version read; imports go through {@link TargetRegisterSpreadsheets} and {@link #store}.
 */
@Service
public class TargetRegister {

    static final String SELECT = "SELECT e.*, r.name AS region_name FROM random_entity e "
            + "LEFT JOIN region r ON r.code = e.region_code";
    static final String INSERT = "INSERT INTO random_entity (uscc, name, industry_code, region_code, address, risk_level, "
            + "status, registered_on, version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)";
    static final String UPDATE = "UPDATE random_entity SET name = ?, industry_code = ?, region_code = ?, address = ?, "
            + "risk_level = ?, status = ?, registered_on = ?, version = version + 1, updated_at = ?, updated_by = ? "
            + "WHERE uscc = ?";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate template;
    private final Regions regions;
    private final AuditTrail audit;
    private final Clock clock;

    TargetRegister(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template, Regions regions,
            AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The townships an entity may be in (by code, in the district's order). */
    public List<RegionView> townships() {
        return regions.townships().stream().filter(r -> r.code().startsWith(Regions.DISTRICT_CODE)).toList();
    }

    /**
     * Entities: {@code q} in the USCC or the name; industry prefix (a section letter or a code), township and status
     * (null: any); by name.
     */
    public Paged<TargetRegisterView> search(String q, String industry, String regionCode,
            TargetRegisterStatus status, int page, int size) {
        Map<String, Object> p = new HashMap<>();
        StringBuilder w = new StringBuilder(" WHERE 1 = 1");
        if (q != null && !q.isBlank()) {
            w.append(" AND (e.uscc LIKE :qUpper OR e.name LIKE :q)");
            p.put("q", "%" + q.strip() + "%");
            p.put("qUpper", "%" + q.strip().toUpperCase(Locale.ROOT) + "%");
        }
        if (industry != null && !industry.isBlank()) {
            w.append(" AND e.industry_code LIKE :industry");
            p.put("industry", TargetRegisterIndustry.normalise(industry).orElse(industry.strip().toUpperCase(Locale.ROOT)) + "%");
        }
        if (regionCode != null && !regionCode.isBlank()) {
            w.append(" AND e.region_code LIKE :region");
            p.put("region", regionCode.strip() + "%");
        }
        if (status != null) {
            w.append(" AND e.status = :status");
            p.put("status", status.name());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM random_entity e" + w).params(p).query(Long.class).single();
        int s = Math.max(1, Math.min(size, 1000));
        int pg = Math.max(0, page);
        p.put("limit", s);
        p.put("offset", (long) pg * s);
        List<TargetRegisterView> items = jdbc.sql(SELECT + w + " ORDER BY e.name, e.id LIMIT :limit OFFSET :offset")
                .params(p).query(TargetRegister::map).list();
        return new Paged<>(items, total, pg, s);
    }

    public TargetRegisterView get(long id) {
        return jdbc.sql(SELECT + " WHERE e.id = :id").param("id", id).query(TargetRegister::map).optional()
                .orElseThrow(() -> UserFacingException.notFound("supervision.registers.entity.error.unknown"));
    }

    public Optional<TargetRegisterView> byUscc(String uscc) {
        return jdbc.sql(SELECT + " WHERE e.uscc = :u").param("u", uscc == null ? "" : uscc.strip().toUpperCase(Locale.ROOT))
                .query(TargetRegister::map).optional();
    }

    @Transactional
    public TargetRegisterView create(TargetRegisterCommand c) {
        Row row = check(c, regionsByKey());
        if (byUscc(row.uscc()).isPresent()) {
            throw UserFacingException.conflict("supervision.registers.entity.error.usccTaken", row.uscc());
        }
        template.update(INSERT, row.insertArgs(OffsetDateTime.now(clock), Actors.current()));
        TargetRegisterView v = byUscc(row.uscc()).orElseThrow();
        audit.record(AuditEntry.of("supervision.registers.entity.created", "random_entity", v.id(), v.uscc() + " " + v.name()));
        return v;
    }

    @Transactional
    public TargetRegisterView update(long id, Integer version, TargetRegisterCommand c) {
        TargetRegisterView before = get(id);
        if (version == null) {
            throw UserFacingException.badRequest("supervision.registers.error.versionMissing");
        }
        Row row = check(c, regionsByKey());
        if (!row.uscc().equals(before.uscc())) {
            throw UserFacingException.badRequest("supervision.registers.entity.error.usccFixed");
        }
        int n = jdbc.sql("UPDATE random_entity SET name = :name, industry_code = :industry, region_code = :region, "
                        + "address = :address, risk_level = :risk, status = :status, registered_on = :registered, "
                        + "version = version + 1, updated_at = :now, updated_by = :by WHERE id = :id AND version = :version")
                .param("name", row.name()).param("industry", row.industryCode()).param("region", row.regionCode())
                .param("address", row.address()).param("risk", row.risk()).param("status", row.status())
                .param("registered", row.registeredOn()).param("now", OffsetDateTime.now(clock))
                .param("by", Actors.current()).param("id", id).param("version", version).update();
        if (n == 0) {
            throw UserFacingException.conflict("supervision.registers.error.stale");
        }
        audit.record(AuditEntry.of("supervision.registers.entity.updated", "random_entity", id, before.uscc() + " "
                + before.name() + " → " + row.name() + " " + row.status()));
        return get(id);
    }

    // ---- rules shared with the import ----------------------------------------------------------------------------

    /** A checked entity, ready for the columns of {@link #INSERT} / {@link #UPDATE}. */
    record Row(String uscc, String name, String industryCode, String regionCode, String address, String risk,
            String status, LocalDate registeredOn) {

        Object[] insertArgs(OffsetDateTime now, String by) {
            return new Object[] {uscc, name, industryCode, regionCode, address, risk, status, registeredOn, now, by};
        }

        Object[] updateArgs(OffsetDateTime now, String by) {
            return new Object[] {name, industryCode, regionCode, address, risk, status, registeredOn, now, by, uscc};
        }
    }

    /** The townships by code and by name (the import names them as people write them). */
    Map<String, String> regionsByKey() {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (RegionView r : townships()) {
            byKey.put(r.code(), r.code());
            byKey.put(r.name(), r.code());
        }
        return byKey;
    }

    /** Checks an entity: a Chinese 400 for the first rule broken. */
    Row check(TargetRegisterCommand c, Map<String, String> regionsByKey) {
        if (c == null) {
            throw UserFacingException.badRequest("supervision.registers.entity.error.incomplete");
        }
        String uscc = RandomItems.required(c.uscc(), 18, "supervision.registers.entity.field.uscc").toUpperCase(Locale.ROOT);
        if (!Uscc.isValid(uscc)) {
            throw UserFacingException.badRequest("supervision.registers.entity.error.uscc", uscc);
        }
        String name = RandomItems.required(c.name(), 200, "supervision.registers.entity.field.name");
        String industry = null;
        if (c.industryCode() != null && !c.industryCode().isBlank()) {
            industry = TargetRegisterIndustry.normalise(c.industryCode()).filter(s -> s.length() > 1)
                    .orElseThrow(() -> UserFacingException.badRequest("supervision.registers.entity.error.industry",
                            c.industryCode()));
        }
        String region = c.regionCode() == null ? null : regionsByKey.get(c.regionCode().strip());
        if (region == null) {
            throw UserFacingException.badRequest("supervision.registers.entity.error.region",
                    c.regionCode() == null ? "" : c.regionCode());
        }
        String address = RandomItems.optional(c.address(), 300, "supervision.registers.entity.field.address");
        if (c.registeredOn() != null && c.registeredOn().isAfter(LocalDate.now(clock))) {
            throw UserFacingException.badRequest("supervision.registers.entity.error.registeredOn");
        }
        return new Row(uscc, name, industry, region, address, c.riskLevel() == null ? null : c.riskLevel().name(),
                (c.status() == null ? TargetRegisterStatus.ACTIVE : c.status()).name(), c.registeredOn());
    }

    /**
     * Stores checked rows in batches: new USCCs inserted, known ones updated (upsert). Inside the caller's transaction,
     * which audits. Returns {created, updated}.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    int[] store(List<Row> rows) {
        java.util.Set<String> known = new java.util.HashSet<>(
                jdbc.sql("SELECT uscc FROM random_entity").query(String.class).list());
        OffsetDateTime now = OffsetDateTime.now(clock);
        String by = Actors.current();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (Row r : rows) {
            if (known.contains(r.uscc())) {
                updates.add(r.updateArgs(now, by));
            } else {
                inserts.add(r.insertArgs(now, by));
            }
        }
        for (int from = 0; from < inserts.size(); from += 1000) {
            template.batchUpdate(INSERT, inserts.subList(from, Math.min(inserts.size(), from + 1000)));
        }
        for (int from = 0; from < updates.size(); from += 1000) {
            template.batchUpdate(UPDATE, updates.subList(from, Math.min(updates.size(), from + 1000)));
        }
        return new int[] {inserts.size(), updates.size()};
    }

    private static TargetRegisterView map(ResultSet rs, int n) throws SQLException {
        String risk = rs.getString("risk_level");
        return new TargetRegisterView(rs.getLong("id"), rs.getString("uscc"), rs.getString("name"),
                rs.getString("industry_code"), rs.getString("region_code"), rs.getString("region_name"),
                rs.getString("address"), risk == null ? null : TargetRegisterRisk.valueOf(risk),
                TargetRegisterStatus.valueOf(rs.getString("status")), rs.getObject("registered_on", LocalDate.class),
                rs.getInt("version"));
    }
}
