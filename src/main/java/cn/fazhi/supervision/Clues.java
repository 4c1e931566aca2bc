package cn.fazhi.supervision;

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
import cn.fazhi.supervision.events.ClueOpened;

/**
 * Opening a supervision clue (case type {@code supervision}) — from a complaint, or from a record here that raised it
 * (then linked both ways, and opened once per record: opening again returns the clue already open). The handling
 * steps are the case type's own.
 */
@Service
public class Clues {

    /** The kernel case type of a clue. */
    public static final String CASE_TYPE = "supervision";

    private final JdbcClient jdbc;
    private final Units units;
    private final CaseNumbers numbers;
    private final CaseTimeline timeline;
    private final CaseLinks links;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Clues(JdbcClient jdbc, Units units, CaseNumbers numbers, CaseTimeline timeline, CaseLinks links, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.numbers = numbers;
        this.timeline = timeline;
        this.links = links;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Opens a clue (RECEIVED); a clue raised by a record that already raised one is returned as it is. */
    @Transactional
    public ClueView open(OpenClue c) {
        if (c == null || c.source() == null || c.summary() == null || c.summary().isBlank() || c.receivedOn() == null) {
            throw UserFacingException.badRequest("supervision.clue.error.incomplete");
        }
        boolean fromRecord = c.sourceType() != null;
        if (fromRecord && (c.sourceId() == null || c.sourceLabel() == null || c.sourcePath() == null)) {
            throw new IllegalArgumentException("a clue raised by a record needs its id, label and path");
        }
        if (fromRecord) {
            Optional<ClueView> known = bySource(c.source(), c.sourceType(), c.sourceId());
            if (known.isPresent()) {
                return known.get();
            }
        }
        UnitView unit = units.find(c.unitId())
                .orElseThrow(() -> UserFacingException.badRequest("supervision.clue.error.unitUnknown"));
        String number = numbers.next(CASE_TYPE, "district", c.receivedOn().getYear());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO supervision_clue (case_number, status, source, source_type, source_id, source_label, "
                        + "source_path, unit_id, region_code, summary, received_on, created_at, created_by) VALUES (:n, :s, "
                        + ":src, :st, :sid, :sl, :sp, :u, :r, :summary, :received, :at, :by)")
                .param("n", number).param("s", ClueStatus.RECEIVED.name()).param("src", c.source().name())
                .param("st", c.sourceType()).param("sid", c.sourceId()).param("sl", c.sourceLabel())
                .param("sp", c.sourcePath()).param("u", unit.id()).param("r", unit.regionCode())
                .param("summary", c.summary().strip()).param("received", c.receivedOn())
                .param("at", OffsetDateTime.now(clock)).param("by", Actors.current()).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        CaseRef ref = new CaseRef(CASE_TYPE, id);
        if (fromRecord) {
            links.link(new CaseLinks.End(new CaseRef(c.sourceType(), c.sourceId()), c.sourceLabel(), c.sourcePath()),
                    new CaseLinks.End(ref, number, "/supervision/clues/" + id), "raised");
        }
        timeline.record(ref, "received", fromRecord ? c.sourceLabel() : null);
        audit.record(AuditEntry.of("supervision.clue.received", CASE_TYPE, id, number + " " + unit.name()));
        events.publishEvent(new ClueOpened(id, number, c.source().name(), unit.id(), c.receivedOn()));
        return find(id).orElseThrow();
    }

    /** A clue by id, unscoped (callers check access; pages and the API go through the kernel's load). */
    @Transactional(readOnly = true)
    public Optional<ClueView> find(long id) {
        return jdbc.sql("SELECT * FROM supervision_clue WHERE id = :id").param("id", id).query((rs, n) -> view(rs)).optional();
    }

    /** The clue a record raised, if any. */
    @Transactional(readOnly = true)
    public Optional<ClueView> bySource(ClueSource source, String sourceType, long sourceId) {
        return jdbc.sql("SELECT * FROM supervision_clue WHERE source = :src AND source_type = :t AND source_id = :id")
                .param("src", source.name()).param("t", sourceType).param("id", sourceId).query((rs, n) -> view(rs))
                .optional();
    }

    /** The clues concerning a unit, newest first. */
    @Transactional(readOnly = true)
    public List<ClueView> ofUnit(long unitId) {
        return jdbc.sql("SELECT * FROM supervision_clue WHERE unit_id = :u ORDER BY received_on DESC, id DESC")
                .param("u", unitId).query((rs, n) -> view(rs)).list();
    }

    private static ClueView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        long sid = rs.getLong("source_id");
        Long sourceId = rs.wasNull() ? null : sid;
        return new ClueView(rs.getLong("id"), rs.getString("case_number"), ClueStatus.valueOf(rs.getString("status")),
                ClueSource.valueOf(rs.getString("source")), rs.getString("source_type"), sourceId, rs.getLong("unit_id"),
                rs.getString("region_code"), rs.getString("summary"), rs.getObject("received_on", LocalDate.class));
    }

    /** A required text, stripped; refused (400, {@code key}) when blank, or when longer than {@code max}. */
    static String required(String value, int max, String key) {
        if (value == null || value.isBlank()) {
            throw UserFacingException.badRequest(key);
        }
        String v = value.strip();
        if (v.length() > max) {
            throw UserFacingException.badRequest("supervision.clue.error.tooLong", max);
        }
        return v;
    }
}
