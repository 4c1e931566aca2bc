package cn.fazhi.enforcement;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.cases.CaseParties;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.CaseSteps;
import cn.fazhi.cases.StepOutcome;
import cn.fazhi.enforcement.events.EnforcementDecided;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.validation.BusinessDates;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.platform.web.Paged;

/**
 * 行政检查 (case type {@code inspection}): a unit records an inspection — its day, target, matter, at least two officers
 * each holding a certificate valid on that day (行政处罚法 Art. 42, through {@link CertificateChecks}) who showed it
 * (出示证件, Art. 55) — and concludes it with its result (合格, 责令整改 by a date, or 立案 with the penalty case it led
 * to), which publishes {@link EnforcementDecided} (category INSPECTION); evidence through {@link EvidenceRecords}.
 * Steps through the kernel ({@link CaseSteps}); reads scoped (outside → 404).
 */
@Service
public class Inspections {

    public static final String CASE_TYPE = "inspection";
    private static final String SELECT = "SELECT i.*, u.name AS unit_name, m.name AS matter_name, "
            + "c.case_number AS penalty_case_number FROM enforcement_inspection i JOIN unit u ON u.id = i.unit_id "
            + "LEFT JOIN enforcement_matter m ON m.id = i.matter_id LEFT JOIN enforcement_case c ON c.id = i.penalty_case_id";

    private final JdbcClient jdbc;
    private final InspectionRepository store;
    private final CaseSteps steps;
    private final CaseNumbers numbers;
    private final CaseParties parties;
    private final CertificateChecks certificates;
    private final EvidenceRecords evidence;
    private final MessageSource messages;
    private final Caller caller;
    private final Clock clock;

    Inspections(JdbcClient jdbc, InspectionRepository store, CaseSteps steps, CaseNumbers numbers, CaseParties parties,
            CertificateChecks certificates, EvidenceRecords evidence, MessageSource messages, Caller caller, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.steps = steps;
        this.numbers = numbers;
        this.parties = parties;
        this.certificates = certificates;
        this.evidence = evidence;
        this.messages = messages;
        this.caller = caller;
        this.clock = clock;
    }

    public static CaseRef ref(long id) {
        return new CaseRef(CASE_TYPE, id);
    }

    /** Records an inspection of the caller's unit, numbered 咸安{unit}检〔year〕n号. */
    @Transactional
    public InspectionView register(InspectionCommands.Register c, CurrentUser me) {
        if (c == null || c.inspectedOn() == null) {
            throw UserFacingException.badRequest("enforcement.inspection.inspectedOnRequired");
        }
        LocalDate today = LocalDate.now(clock);
        BusinessDates.check(c.inspectedOn(), "enforcement.inspection.field.inspectedOn", today);
        if (c.inspectedOn().isAfter(today)) {
            throw UserFacingException.badRequest("enforcement.inspection.future");
        }
        if (c.targetKind() == null) {
            throw UserFacingException.badRequest("enforcement.inspection.targetKindRequired");
        }
        String target = required(c.targetName(), 200, "enforcement.inspection.targetNameRequired");
        String subject = required(c.subject(), 300, "enforcement.inspection.subjectRequired");
        boolean organisation = c.targetKind() == InspectionTargetKind.ORGANISATION;
        if (organisation && (c.targetIdentifier() == null || c.targetIdentifier().isBlank())) {
            throw UserFacingException.badRequest("enforcement.inspection.usccRequired");
        }
        CaseParties.Sealed sealed = parties.seal(!organisation, c.targetIdentifier(), null);
        // 出示证件 (处罚法 Art. 55): officers must show their certificates before inspecting
        if (!Boolean.TRUE.equals(c.certificatesShown())) {
            throw UserFacingException.badRequest("enforcement.inspection.certificatesNotShown");
        }
        // at least two officers, each certified on the day (处罚法 Art. 42)
        certificates.requireCertifiedPair(c.officerIds(), c.inspectedOn());
        if (c.matterId() != null && jdbc.sql("SELECT COUNT(*) FROM enforcement_matter WHERE id = :id").param("id", c.matterId())
                .query(Long.class).single() == 0) {
            throw UserFacingException.badRequest("enforcement.inspection.matterUnknown");
        }
        String shortName = jdbc.sql("SELECT short_name FROM unit WHERE id = :id").param("id", me.unitId())
                .query(String.class).single();
        Inspection i = new Inspection();
        i.caseNumber = numbers.next(CASE_TYPE, "unit-" + me.unitId(), shortName, c.inspectedOn().getYear());
        i.unitId = me.unitId();
        i.regionCode = me.regionCode();
        i.matterId = c.matterId();
        i.subject = subject;
        i.inspectedOn = c.inspectedOn();
        i.targetKind = c.targetKind();
        i.targetName = target;
        i.targetIdEnc = sealed.identifierEnc();
        i.targetIdBlind = sealed.identifierIndex();
        i.targetIdMasked = sealed.identifierMasked();
        i.targetAddress = blankToNull(c.targetAddress());
        i.certificatesShown = true;
        i.notes = blankToNull(c.notes());
        i.status = InspectionStatus.OPEN;
        i.createdAt = OffsetDateTime.now(clock);
        i.createdBy = Actors.current();
        store.insert(i);
        for (Long officer : new LinkedHashSet<>(c.officerIds())) {
            jdbc.sql("INSERT INTO enforcement_inspection_officer (inspection_id, officer_id, certificate_number) "
                            + "VALUES (:i, :o, :n)")
                    .param("i", i.id).param("o", officer)
                    .param("n", certificates.validCertificate(officer, c.inspectedOn()).orElseThrow()).update();
        }
        steps.created(store, i, "registered", StepOutcome.of(null, c.inspectedOn() + " " + target));
        return view(i.id);
    }

    /** Concludes an open inspection; publishes the decision for 事后公开 (category INSPECTION). */
    @Transactional
    public InspectionView conclude(long id, InspectionCommands.Conclude c) {
        steps.step(store, Inspection.TABLE, id, c == null ? null : c.version(), "conclude", i -> {
            LocalDate today = LocalDate.now(clock);
            LocalDate on = c.concludedOn() == null ? today : c.concludedOn();
            if (on.isAfter(today)) {
                throw UserFacingException.badRequest("enforcement.inspection.future");
            }
            if (c.result() == InspectionResult.FILED && c.penaltyCaseId() != null) {
                Long unit = jdbc.sql("SELECT unit_id FROM enforcement_case WHERE id = :id").param("id", c.penaltyCaseId())
                        .query(Long.class).optional().orElse(null);
                if (unit == null || unit != i.unitId()) {
                    throw UserFacingException.badRequest("enforcement.inspection.penaltyCaseUnknown");
                }
            }
            i.conclude(c.result(), c.findings(), c.rectifyBy(), c.penaltyCaseId(), on);
            String conclusion = messages.getMessage("enforcement.inspection.result." + i.result, null, Locale.CHINA)
                    + (i.rectifyBy == null ? "" : "（" + i.rectifyBy + "前）") + "：" + i.findings;
            String party = i.targetKind == InspectionTargetKind.PERSON ? maskName(i.targetName) : i.targetName;
            return StepOutcome.of(new EnforcementDecided(CASE_TYPE, i.id(), i.caseNumber(), i.caseNumber(), i.unitId(),
                    i.regionCode(), "INSPECTION", on, party, i.subject, cut(conclusion, 2000)), i.result.name());
        });
        return view(id);
    }

    @Transactional
    public InspectionView cancel(long id, InspectionCommands.Cancel c) {
        steps.step(store, Inspection.TABLE, id, c == null ? null : c.version(), "cancel", i -> {
            i.cancel(c.reason(), LocalDate.now(clock));
            return StepOutcome.of(null, c.reason().strip());
        });
        return view(id);
    }

    /** Records an evidence item (全过程记录) of an inspection the caller may read. */
    @Transactional
    public EvidenceItem recordEvidence(long id, EvidenceStage stage, EvidenceMedia media, String act, String title,
            LocalDate recordedOn, String fileName, InputStream content) {
        steps.load(store, id);
        if (!caller.can(EnforcementPermissions.HANDLE)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        return evidence.record(ref(id), stage, media, act, title, recordedOn, fileName, content);
    }

    @Transactional(readOnly = true)
    public List<EvidenceItem> evidence(long id) {
        steps.load(store, id);
        return evidence.of(ref(id));
    }

    /** The inspection if the caller may read it, else 404. */
    @Transactional(readOnly = true)
    public InspectionView get(long id) {
        steps.load(store, id);
        return view(id);
    }

    @Transactional(readOnly = true)
    public List<String> actions(InspectionView v) {
        return Inspection.TABLE.available(v.status(), caller);
    }

    /** Inspections in scope matching the filters, newest first. */
    @Transactional(readOnly = true)
    public Paged<InspectionView> search(InspectionCommands.Query q, DataScope scope, int page, int size) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.sqlCondition("i.unit_id", "i.region_code"));
        if (q != null && q.status() != null) {
            where.append(" AND i.status = :status");
            params.put("status", q.status().name());
        }
        if (q != null && q.result() != null) {
            where.append(" AND i.result = :result");
            params.put("result", q.result().name());
        }
        if (q != null && q.year() != null) {
            where.append(" AND i.inspected_on BETWEEN :from AND :to");
            params.put("from", LocalDate.of(q.year(), 1, 1));
            params.put("to", LocalDate.of(q.year(), 12, 31));
        }
        if (q != null && q.q() != null && !q.q().isBlank()) {
            where.append(" AND (i.case_number LIKE :kw OR i.target_name LIKE :kw OR i.subject LIKE :kw)");
            params.put("kw", "%" + Publications.like(q.q().strip()) + "%");
        }
        int s = Math.max(1, Math.min(size, 500));
        int pg = Math.max(0, page);
        long total = jdbc.sql("SELECT COUNT(*) FROM enforcement_inspection i" + where).params(params).query(Long.class)
                .single();
        List<Long> ids = jdbc.sql("SELECT i.id FROM enforcement_inspection i" + where
                        + " ORDER BY i.inspected_on DESC, i.id DESC LIMIT " + s + " OFFSET " + (long) pg * s)
                .params(params).query(Long.class).list();
        return new Paged<>(views(ids), total, pg, s);
    }

    /** The active officers of a unit (id → name), for the record form. */
    @Transactional(readOnly = true)
    public List<Map.Entry<Long, String>> officerChoices(long unitId) {
        return jdbc.sql("SELECT id, name FROM enforcement_officer WHERE unit_id = :u AND active ORDER BY name, id")
                .param("u", unitId).query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("name"))).list();
    }

    /** The active matters of a unit's bodies (id → name), for the record form. */
    @Transactional(readOnly = true)
    public List<Map.Entry<Long, String>> matterChoices(long unitId) {
        return jdbc.sql("SELECT m.id, m.name FROM enforcement_matter m JOIN enforcement_body b ON b.id = m.body_id "
                        + "WHERE b.unit_id = :u AND m.active ORDER BY m.name, m.id")
                .param("u", unitId).query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("name"))).list();
    }

    private InspectionView view(long id) {
        return views(List.of(id)).get(0);
    }

    /** The views of the ids in their order: one query for the rows, one for the officers. */
    private List<InspectionView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<InspectionView.Officer>> officers = new HashMap<>();
        jdbc.sql("SELECT io.inspection_id, o.id, o.name, io.certificate_number FROM enforcement_inspection_officer io "
                        + "JOIN enforcement_officer o ON o.id = io.officer_id WHERE io.inspection_id IN (:ids) ORDER BY o.id")
                .param("ids", ids)
                .query((rs, n) -> officers.computeIfAbsent(rs.getLong("inspection_id"), k -> new ArrayList<>())
                        .add(new InspectionView.Officer(rs.getLong("id"), rs.getString("name"),
                                rs.getString("certificate_number"))))
                .list();
        Map<Long, InspectionView> byId = new HashMap<>();
        jdbc.sql(SELECT + " WHERE i.id IN (:ids)").param("ids", ids)
                .query((rs, n) -> byId.put(rs.getLong("id"), map(rs, officers.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
        return ids.stream().map(byId::get).toList();
    }

    private static InspectionView map(ResultSet rs, List<InspectionView.Officer> officers) throws SQLException {
        String result = rs.getString("result");
        return new InspectionView(rs.getLong("id"), rs.getString("case_number"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getString("region_code"), rs.getObject("matter_id", Long.class),
                rs.getString("matter_name"), rs.getString("subject"), rs.getObject("inspected_on", LocalDate.class),
                InspectionTargetKind.valueOf(rs.getString("target_kind")), rs.getString("target_name"),
                rs.getString("target_id_masked"), rs.getString("target_address"), rs.getBoolean("certificates_shown"),
                rs.getString("notes"), InspectionStatus.valueOf(rs.getString("status")),
                result == null ? null : InspectionResult.valueOf(result), rs.getString("findings"),
                rs.getObject("rectify_by", LocalDate.class), rs.getObject("penalty_case_id", Long.class),
                rs.getString("penalty_case_number"), rs.getObject("concluded_on", LocalDate.class),
                rs.getObject("cancelled_on", LocalDate.class), rs.getString("cancel_reason"), officers,
                rs.getInt("version"));
    }

    /** A person's name as published: the family name and a star per further character (张三 → 张*). */
    static String maskName(String name) {
        if (name == null || name.length() < 2) {
            return name;
        }
        return name.charAt(0) + "*".repeat(name.length() - 1);
    }

    private static String required(String value, int max, String key) {
        if (value == null || value.isBlank()) {
            throw UserFacingException.badRequest(key);
        }
        String v = value.strip();
        if (v.length() > max) {
            throw UserFacingException.badRequest("enforcement.inspection.tooLong", max);
        }
        return v;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
