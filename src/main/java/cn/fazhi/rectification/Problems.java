package cn.fazhi.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.cases.CaseLinks;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.rectification.events.ProblemClosed;
import cn.fazhi.rectification.events.ProblemRaised;

/**
 * The machinery's entry for other modules: raise a problem from any source (with the link back to it), read the
 * problems a source raised. Raising is done by the caller's step, in its transaction: the problem gets its number,
 * its timeline entry, its audit record, the link source → problem and the {@link ProblemRaised} event.
 */
@Service
public class Problems {

    /** The kernel case type of a problem. */
    public static final String CASE_TYPE = "rectification";

    static final String SELECT = "SELECT p.*, u.name AS unit_name FROM rectification_problem p JOIN unit u ON u.id = p.unit_id";

    private final JdbcClient jdbc;
    private final Units units;
    private final CaseNumbers numbers;
    private final CaseTimeline timeline;
    private final CaseLinks links;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final RectificationProperties settings;
    private final Clock clock;

    Problems(JdbcClient jdbc, Units units, CaseNumbers numbers, CaseTimeline timeline, CaseLinks links, AuditTrail audit,
            ApplicationEventPublisher events, RectificationProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.numbers = numbers;
        this.timeline = timeline;
        this.links = links;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Raises a problem (status OPEN). Refused with a Chinese 400 when the finding or a unit is missing or unknown, or
     * the deadline lies before the day found; the deadline defaults to found-on + {@code default-days}.
     */
    @Transactional
    public ProblemView raise(RaiseProblem c) {
        return insert(c, null);
    }

    /**
     * Records a problem found and already closed on {@code closedOn} — for generated history (the demo year) and
     * imports of problems rectified before this system, never for live work. Same checks as {@link #raise}.
     */
    @Transactional
    public ProblemView recordClosed(RaiseProblem c, LocalDate closedOn) {
        if (closedOn == null || closedOn.isBefore(c.foundOn())) {
            throw UserFacingException.badRequest("rectification.error.closedBeforeFound");
        }
        return insert(c, closedOn);
    }

    private ProblemView insert(RaiseProblem c, LocalDate closedOn) {
        if (c == null || c.sourceType() == null || c.sourceLabel() == null || c.sourcePath() == null
                || c.finding() == null || c.finding().isBlank() || c.foundOn() == null) {
            throw UserFacingException.badRequest("rectification.error.incomplete");
        }
        UnitView unit = units.find(c.unitId())
                .orElseThrow(() -> UserFacingException.badRequest("rectification.error.unitUnknown"));
        units.find(c.issuerUnitId()).orElseThrow(() -> UserFacingException.badRequest("rectification.error.unitUnknown"));
        LocalDate deadline = c.deadline() == null ? c.foundOn().plusDays(settings.defaultDays()) : c.deadline();
        if (deadline.isBefore(c.foundOn())) {
            throw UserFacingException.badRequest("rectification.error.deadlineBeforeFound");
        }
        String number = numbers.next(CASE_TYPE, "district", c.foundOn().getYear());
        ProblemStatus status = closedOn == null ? ProblemStatus.OPEN : ProblemStatus.CLOSED;
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO rectification_problem (case_number, status, source_type, source_id, source_label, source_path, "
                        + "finding, rule_breached, unit_id, region_code, issuer_unit_id, found_on, deadline, closed_on, "
                        + "closed_by, created_at, created_by) VALUES (:n, :s, :st, :sid, :sl, :sp, :f, :rule, :u, :r, :iu, "
                        + ":found, :deadline, :closed, :closedBy, :at, :by)")
                .param("n", number).param("s", status.name()).param("st", c.sourceType()).param("sid", c.sourceId())
                .param("sl", c.sourceLabel()).param("sp", c.sourcePath()).param("f", c.finding().strip())
                .param("rule", c.ruleBreached() == null || c.ruleBreached().isBlank() ? null : c.ruleBreached().strip())
                .param("u", unit.id()).param("r", unit.regionCode()).param("iu", c.issuerUnitId())
                .param("found", c.foundOn()).param("deadline", deadline).param("closed", closedOn)
                .param("closedBy", closedOn == null ? null : Actors.current())
                .param("at", OffsetDateTime.now(clock)).param("by", Actors.current()).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        CaseRef ref = new CaseRef(CASE_TYPE, id);
        links.link(new CaseLinks.End(new CaseRef(c.sourceType(), c.sourceId()), c.sourceLabel(), c.sourcePath()),
                new CaseLinks.End(ref, number, "/rectification/problems/" + id), "raised");
        timeline.record(ref, "raised", c.sourceLabel());
        audit.record(AuditEntry.of("rectification.problem.raised", CASE_TYPE, id, number + " " + unit.name()));
        events.publishEvent(new ProblemRaised(id, number, c.sourceType(), c.sourceId(), unit.id(), c.foundOn(), deadline));
        if (closedOn != null) {
            timeline.record(ref, "closed", null);
            audit.record(AuditEntry.of("rectification.problem.closed", CASE_TYPE, id, number));
            events.publishEvent(new ProblemClosed(id, c.sourceType(), c.sourceId(), unit.id(), closedOn,
                    !closedOn.isAfter(deadline)));
        }
        return find(id).orElseThrow();
    }

    /** A problem by id, unscoped (callers check access; pages and the API go through the kernel's load). */
    @Transactional(readOnly = true)
    public Optional<ProblemView> find(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id).query((rs, n) -> ProblemRows.view(rs, LocalDate.now(clock)))
                .optional();
    }

    /** The problems a source raised, oldest first (for the source's page). */
    @Transactional(readOnly = true)
    public List<ProblemView> bySource(String sourceType, long sourceId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(SELECT + " WHERE p.source_type = :t AND p.source_id = :id ORDER BY p.id")
                .param("t", sourceType).param("id", sourceId).query((rs, n) -> ProblemRows.view(rs, today)).list();
    }
}
