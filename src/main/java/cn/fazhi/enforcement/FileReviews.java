package cn.fazhi.enforcement;

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

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.rectification.ProblemView;
import cn.fazhi.rectification.Problems;
import cn.fazhi.rectification.RaiseProblem;

/**
 * The automatic pre-check of closed case files (案卷评查) over every {@link CaseFileSource}: {@link #precheck} runs
 * {@link PrecheckRules} over one file and stores its findings (a re-run replaces them); the case types call it when a
 * case closes, and the daily job re-checks the files closed in the last days. Reads are scoped by the caller's unit or
 * region.
 */
@Service
public class FileReviews {

    private final List<CaseFileSource> sources;
    private final CertificateChecks certificates;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Problems problems;
    private final FileReviewProperties settings;
    private final MessageSource messages;
    private final Clock clock;

    FileReviews(List<CaseFileSource> sources, CertificateChecks certificates, JdbcClient jdbc, AuditTrail audit,
            Problems problems, FileReviewProperties settings, MessageSource messages, Clock clock) {
        this.sources = sources;
        this.certificates = certificates;
        this.jdbc = jdbc;
        this.audit = audit;
        this.problems = problems;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Turns a file's stored pre-check findings into one rectification problem for its unit, raised through the
     * rectification machinery (source: the file's own case type and id; problem: the findings in words; rule: the
     * rules they cite; deadline: the {@code rectification-days} setting; issuing side: the caller's unit). 409 when the
     * file has no findings or already has a problem not yet closed.
     */
    @Transactional
    public ProblemView raiseRectification(String caseType, long caseId, DataScope scope) {
        PrecheckView file = findings(caseType, caseId, scope);
        if (file.findings().isEmpty()) {
            throw UserFacingException.conflict("enforcement.filereview.error.noFindings");
        }
        if (problems.hasOpen(file.caseType(), caseId)) {
            throw UserFacingException.conflict("enforcement.filereview.error.rectificationPending");
        }
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        List<String> problems = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        for (PrecheckFinding f : file.findings()) {
            String kind = messages.getMessage("enforcement.filereview.kind." + f.kind().name(), null, f.kind().name(), zh);
            problems.add(kind + (f.subject() == null ? "" : "（" + subjectLabel(f.subject(), zh) + "）")
                    + (f.onDay() == null ? "" : " " + f.onDay()));
            String rule = messages.getMessage(f.ruleKey(), null, f.ruleKey(), zh);
            if (!rules.contains(rule)) {
                rules.add(rule);
            }
        }
        String problem = String.join("；", problems);
        String rule = String.join("；", rules);
        LocalDate today = LocalDate.now(clock);
        return this.problems.raise(new RaiseProblem(file.caseType(), caseId, file.caseNumber(), casePath(file.caseType(), caseId),
                problem.length() > 4000 ? problem.substring(0, 4000) : problem,
                rule.length() > 1000 ? rule.substring(0, 1000) : rule, file.unitId(), scope.unitId(), today,
                today.plusDays(settings.rectificationDays())));
    }

    /** The staff page of a closed case file of {@code caseType}. */
    static String casePath(String caseType, long caseId) {
        return ("coercion".equals(caseType) ? "/enforcement/coercions/" : "/enforcement/cases/") + caseId;
    }

    /** The source of files of {@code caseType}, if a case type supplies one. */
    public Optional<CaseFileSource> source(String caseType) {
        return sources.stream().filter(s -> s.caseType().equals(caseType)).findFirst();
    }

    public List<String> caseTypes() {
        return sources.stream().map(CaseFileSource::caseType).sorted().toList();
    }

    /**
     * Pre-checks one file and stores its findings, replacing those of an earlier run. 404 when no source knows the
     * case; 409 when the case is not closed (only closed files are evaluated).
     */
    @Transactional
    public List<PrecheckFinding> precheck(String caseType, long caseId) {
        CaseFile file = source(caseType).flatMap(s -> s.file(caseId))
                .orElseThrow(() -> UserFacingException.notFound("enforcement.filereview.error.fileUnknown"));
        if (file.closedOn() == null) {
            throw UserFacingException.conflict("enforcement.filereview.error.notClosed");
        }
        List<PrecheckFinding> findings = PrecheckRules.check(file, certificates::validOn);
        store(file, findings);
        audit.record(AuditEntry.of("enforcement.filereview.prechecked", caseType, caseId,
                file.caseNumber() + " findings=" + findings.size()));
        return findings;
    }

    /** Pre-checks every file closed between the two days (all sources); returns the number of files checked. */
    @Transactional
    public int precheckClosed(LocalDate from, LocalDate to) {
        int files = 0;
        int found = 0;
        for (CaseFileSource source : sources) {
            for (Long id : source.closedBetween(from, to, null)) {
                Optional<CaseFile> file = source.file(id);
                if (file.isEmpty() || file.get().closedOn() == null) {
                    continue;
                }
                List<PrecheckFinding> findings = PrecheckRules.check(file.get(), certificates::validOn);
                store(file.get(), findings);
                files++;
                found += findings.size();
            }
        }
        audit.record(AuditEntry.of("enforcement.filereview.precheckRun", "enforcement_precheck_run", from + "~" + to,
                files + " files, " + found + " findings"));
        return files;
    }

    private void store(CaseFile file, List<PrecheckFinding> findings) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("DELETE FROM enforcement_precheck_finding WHERE case_type = :t AND case_id = :c")
                .param("t", file.caseType()).param("c", file.caseId()).update();
        jdbc.sql("DELETE FROM enforcement_precheck_run WHERE case_type = :t AND case_id = :c")
                .param("t", file.caseType()).param("c", file.caseId()).update();
        jdbc.sql("INSERT INTO enforcement_precheck_run (case_type, case_id, case_number, unit_id, region_code, closed_on, "
                        + "findings, checked_at) VALUES (:t, :c, :no, :u, :r, :closed, :n, :at)")
                .param("t", file.caseType()).param("c", file.caseId()).param("no", file.caseNumber())
                .param("u", file.unitId()).param("r", file.regionCode()).param("closed", file.closedOn())
                .param("n", findings.size()).param("at", now).update();
        for (PrecheckFinding f : findings) {
            jdbc.sql("INSERT INTO enforcement_precheck_finding (case_type, case_id, case_number, unit_id, region_code, "
                            + "closed_on, kind, rule_key, subject, on_day, checked_at) "
                            + "VALUES (:t, :c, :no, :u, :r, :closed, :kind, :rule, :subject, :day, :at)")
                    .param("t", file.caseType()).param("c", file.caseId()).param("no", file.caseNumber())
                    .param("u", file.unitId()).param("r", file.regionCode()).param("closed", file.closedOn())
                    .param("kind", f.kind().name()).param("rule", f.ruleKey()).param("subject", subject(f))
                    .param("day", f.onDay()).param("at", now).update();
        }
    }

    /** A document or act named by its label where the case type's bundle has one ("act:officer" keeps the officer). */
    private String subjectLabel(String subject, Locale locale) {
        int colon = subject.indexOf(':');
        String head = colon < 0 ? subject : subject.substring(0, colon);
        String label = messages.getMessage("enforcement.document." + head, null, null, locale);
        if (label == null) {
            label = messages.getMessage("enforcement.act." + head, null, head, locale);
        }
        return colon < 0 ? label : label + "：" + subject.substring(colon + 1);
    }

    /** For an uncertified officer the subject is "act:officerId"; stored as "act:name" so pages show a name. */
    private String subject(PrecheckFinding f) {
        if (f.kind() != PrecheckKind.OFFICER_UNCERTIFIED || f.subject() == null || !f.subject().contains(":")) {
            return f.subject();
        }
        int colon = f.subject().lastIndexOf(':');
        String act = f.subject().substring(0, colon);
        String id = f.subject().substring(colon + 1);
        String name = jdbc.sql("SELECT name FROM enforcement_officer WHERE id = :id").param("id", Long.parseLong(id))
                .query(String.class).optional().orElse(id);
        String text = act + ":" + name;
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    /** The stored findings of one file (scoped: 404 outside the caller's scope or when never checked). */
    public PrecheckView findings(String caseType, long caseId, DataScope scope) {
        Map<String, Object> p = new HashMap<>(scope.parameters());
        p.put("t", caseType);
        p.put("c", caseId);
        List<PrecheckView> found = views("r.case_type = :t AND r.case_id = :c AND "
                + scope.sqlCondition("r.unit_id", "r.region_code"), p, 0, 1);
        if (found.isEmpty()) {
            throw UserFacingException.notFound("error.notFound");
        }
        return found.get(0);
    }

    /**
     * Pre-checked files closed in the period in the caller's scope (optionally one unit, one kind of finding, only
     * those with findings), newest first, one page.
     */
    public List<PrecheckView> search(PrecheckQuery q, DataScope scope) {
        Map<String, Object> p = new HashMap<>(scope.parameters());
        String where = where(q, scope, p);
        return views(where, p, q.pageIndex(), q.size());
    }

    public long count(PrecheckQuery q, DataScope scope) {
        Map<String, Object> p = new HashMap<>(scope.parameters());
        return jdbc.sql("SELECT COUNT(*) FROM enforcement_precheck_run r WHERE " + where(q, scope, p)).params(p)
                .query(Long.class).single();
    }

    private static String where(PrecheckQuery q, DataScope scope, Map<String, Object> p) {
        StringBuilder w = new StringBuilder(scope.sqlCondition("r.unit_id", "r.region_code"));
        if (q.from() != null) {
            w.append(" AND r.closed_on >= :from");
            p.put("from", q.from());
        }
        if (q.to() != null) {
            w.append(" AND r.closed_on <= :to");
            p.put("to", q.to());
        }
        if (q.unitId() != null) {
            w.append(" AND r.unit_id = :unit");
            p.put("unit", q.unitId());
        }
        if (q.kind() != null) {
            w.append(" AND EXISTS (SELECT 1 FROM enforcement_precheck_finding f WHERE f.case_type = r.case_type "
                    + "AND f.case_id = r.case_id AND f.kind = :kind)");
            p.put("kind", q.kind().name());
        } else if (q.onlyWithFindings()) {
            w.append(" AND r.findings > 0");
        }
        if (q.keyword() != null && !q.keyword().isBlank()) {
            w.append(" AND r.case_number LIKE :kw");
            p.put("kw", "%" + q.keyword().strip().replace("%", "").replace("_", "") + "%");
        }
        return w.toString();
    }

    /** One page of files with their findings: two queries whatever the page size. */
    private List<PrecheckView> views(String where, Map<String, Object> p, int page, int size) {
        int limit = Math.max(1, Math.min(size, 500));
        record Row(String type, long id, String number, long unit, String unitName, String region, LocalDate closed) {}
        List<Row> rows = jdbc.sql("SELECT r.*, u.name AS unit_name FROM enforcement_precheck_run r JOIN unit u ON u.id = "
                        + "r.unit_id WHERE " + where + " ORDER BY r.closed_on DESC, r.case_type, r.case_id DESC LIMIT "
                        + limit + " OFFSET " + (long) Math.max(0, page) * limit)
                .params(p)
                .query((rs, n) -> new Row(rs.getString("case_type"), rs.getLong("case_id"), rs.getString("case_number"),
                        rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("region_code"),
                        rs.getObject("closed_on", LocalDate.class)))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<PrecheckFinding>> byFile = new LinkedHashMap<>();
        List<Long> ids = rows.stream().map(Row::id).distinct().toList();
        jdbc.sql("SELECT * FROM enforcement_precheck_finding WHERE case_id IN (:ids) ORDER BY id").param("ids", ids)
                .query(rs -> {
                    byFile.computeIfAbsent(rs.getString("case_type") + "/" + rs.getLong("case_id"), k -> new ArrayList<>())
                            .add(new PrecheckFinding(PrecheckKind.valueOf(rs.getString("kind")), rs.getString("rule_key"),
                                    rs.getString("subject"), rs.getObject("on_day", LocalDate.class)));
                });
        return rows.stream().map(r -> new PrecheckView(r.type(), r.id(), r.number(), r.unit(), r.unitName(), r.region(),
                r.closed(), byFile.getOrDefault(r.type() + "/" + r.id(), List.of()))).toList();
    }

    /** Findings per unit and kind for the files closed in the period, in scope: unit → kind → count. */
    public Map<String, Map<PrecheckKind, Long>> countsByUnit(LocalDate from, LocalDate to, DataScope scope) {
        Map<String, Object> p = new HashMap<>(scope.parameters());
        p.put("from", from);
        p.put("to", to);
        Map<String, Map<PrecheckKind, Long>> out = new LinkedHashMap<>();
        jdbc.sql("SELECT u.name AS unit_name, f.kind, COUNT(*) AS n FROM enforcement_precheck_finding f JOIN unit u ON "
                        + "u.id = f.unit_id WHERE f.closed_on BETWEEN :from AND :to AND "
                        + scope.sqlCondition("f.unit_id", "f.region_code") + " GROUP BY u.name, f.kind ORDER BY u.name, f.kind")
                .params(p)
                .query(rs -> {
                    out.computeIfAbsent(rs.getString("unit_name"), k -> new java.util.EnumMap<>(PrecheckKind.class))
                            .put(PrecheckKind.valueOf(rs.getString("kind")), rs.getLong("n"));
                });
        return out;
    }
}
