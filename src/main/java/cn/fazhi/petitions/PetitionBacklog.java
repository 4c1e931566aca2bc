package cn.fazhi.petitions;

import java.io.InputStream;
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
import cn.fazhi.cases.Attachment;
import cn.fazhi.cases.CaseAttachments;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.cases.CaseParties;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.CaseSteps;
import cn.fazhi.cases.StepOutcome;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.petitions.BacklogViews.Backlog;
import cn.fazhi.petitions.BacklogViews.Meeting;
import cn.fazhi.petitions.BacklogViews.Relapse;
import cn.fazhi.petitions.BacklogViews.Resolution;

/**
 * The backlog of long-standing petitions. The petitions bureau ({@code petitions:manage}, district-wide) takes cases
 * in (at least {@link PetitionProperties#backlogAfterDays} after the first petition), names the 包案 leader, records
 * meetings, resolutions (with an evidence file and the petitioner's agreement; the age band by {@link BacklogAgeRule})
 * and relapses; every step through the kernel. Units read the cases they are responsible for (data scope).
 */
@Service
public class PetitionBacklog {

    static final String SELECT = "SELECT b.*, u.name AS unit_name FROM petition_backlog b JOIN unit u ON u.id = b.unit_id";

    private final JdbcClient jdbc;
    private final Units units;
    private final CaseNumbers numbers;
    private final CaseSteps steps;
    private final BacklogRepository store;
    private final CaseParties parties;
    private final CaseAttachments attachments;
    private final PetitionProperties settings;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    PetitionBacklog(JdbcClient jdbc, Units units, CaseNumbers numbers, CaseSteps steps, BacklogRepository store,
            CaseParties parties, CaseAttachments attachments, PetitionProperties settings, AuditTrail audit,
            Caller caller, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.numbers = numbers;
        this.steps = steps;
        this.store = store;
        this.parties = parties;
        this.attachments = attachments;
        this.settings = settings;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    public static CaseRef ref(long id) {
        return new CaseRef(Petitions.CASE_TYPE, id);
    }

    public static List<String> stepNames() {
        return BacklogCase.TABLE.steps().stream().map(s -> s.name()).toList();
    }

    /** Takes a petition into the backlog (permission {@code petitions:manage}); nothing is saved on bad input. */
    @Transactional
    public Backlog open(PetitionCommands.Open c) {
        if (!caller.can(Petitions.MANAGE)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        if (c == null) {
            throw UserFacingException.badRequest("petitions.error.nameRequired");
        }
        String name = BacklogCase.required(c.petitionerName(), "petitions.error.nameRequired");
        String subject = BacklogCase.required(c.subject(), "petitions.error.subjectRequired");
        LocalDate today = LocalDate.now(clock);
        LocalDate taken = c.takenOn() == null ? today : c.takenOn();
        if (taken.isAfter(today)) {
            throw UserFacingException.badRequest("petitions.error.future");
        }
        if (c.firstPetitionOn() == null) {
            throw UserFacingException.badRequest("petitions.error.firstPetitionRequired");
        }
        if (!BacklogAgeRule.mayTakeIn(c.firstPetitionOn(), taken, settings.backlogAfterDays())) {
            throw UserFacingException.badRequest("petitions.error.tooRecent", settings.backlogAfterDays());
        }
        if (c.unitId() == null) {
            throw UserFacingException.badRequest("petitions.error.unitRequired");
        }
        UnitView unit = units.find(c.unitId())
                .orElseThrow(() -> UserFacingException.badRequest("petitions.error.unitRequired"));
        boolean leader = c.leaderName() != null && !c.leaderName().isBlank();
        if (leader && (c.leaderPost() == null || c.leaderPost().isBlank())) {
            throw UserFacingException.badRequest("petitions.error.leaderPostRequired");
        }
        CaseParties.Sealed sealed = parties.seal(true, c.idNumber(), c.phone());
        long id = insert(name, sealed, subject, c.firstPetitionOn(), unit, taken, leader ? c.leaderPost().strip() : null,
                leader ? c.leaderName().strip() : null, Actors.current(), false);
        steps.created(store, store.find(id).orElseThrow(), "opened", StepOutcome.of(null, unit.name()));
        return find(id).orElseThrow();
    }

    long insert(String name, CaseParties.Sealed sealed, String subject, LocalDate firstPetition, UnitView unit,
            LocalDate taken, String leaderPost, String leaderName, String by, boolean demo) {
        String number = numbers.next(Petitions.CASE_TYPE, "district", taken.getYear());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO petition_backlog (case_number, status, petitioner_name, petitioner_id_enc, "
                        + "petitioner_id_index, petitioner_id_masked, petitioner_phone_enc, petitioner_phone_index, "
                        + "petitioner_phone_masked, subject, first_petition_on, unit_id, region_code, taken_on, "
                        + "leader_post, leader_name, demo, created_at, created_by) VALUES (:n, :s, :name, :ie, :ii, "
                        + ":im, :pe, :pi, :pm, :subject, :first, :unit, :region, :taken, :post, :leader, :demo, :at, :by)")
                .param("n", number).param("s", BacklogStatus.OPEN.name()).param("name", name)
                .param("ie", sealed.identifierEnc()).param("ii", sealed.identifierIndex())
                .param("im", sealed.identifierMasked()).param("pe", sealed.phoneEnc()).param("pi", sealed.phoneIndex())
                .param("pm", sealed.phoneMasked()).param("subject", subject).param("first", firstPetition)
                .param("unit", unit.id()).param("region", unit.regionCode()).param("taken", taken)
                .param("post", leaderPost).param("leader", leaderName).param("demo", demo)
                .param("at", OffsetDateTime.now(clock)).param("by", by).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /**
     * Takes {@code stepName} on case {@code id} through the kernel: assign (leader's post and name), meet (day,
     * attendees, decisions), resolve (day, measures, the evidence file, the petitioner's agreement), relapse (the new
     * petition's day and a note). An unknown step is a 404.
     */
    @Transactional
    public Backlog step(long id, String stepName, PetitionCommands.Step c, String evidenceName, InputStream evidence) {
        if (stepName == null || BacklogCase.TABLE.step(stepName).isEmpty()) {
            throw UserFacingException.notFound("error.notFound");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = c == null || c.on() == null ? today : c.on();
        if (on.isAfter(today)) {
            throw UserFacingException.badRequest("petitions.error.future");
        }
        String by = Actors.current();
        steps.step(store, BacklogCase.TABLE, id, c == null ? null : c.version(), stepName, k -> switch (stepName) {
            case "assign" -> {
                k.assign(c.leaderPost(), c.leaderName());
                yield StepOutcome.of(null, k.leaderPost + " " + k.leaderName);
            }
            case "meet" -> {
                k.meet(on);
                meeting(k, on, BacklogCase.required(c.attendees(), "petitions.error.attendeesRequired"),
                        BacklogCase.required(c.text(), "petitions.error.decisionsRequired"), by);
                yield StepOutcome.of(null, on.toString());
            }
            case "resolve" -> {
                AgeBand band = k.resolve(on);
                String measures = BacklogCase.required(c.text(), "petitions.error.measuresRequired");
                if (c.agreed() == null) {
                    throw UserFacingException.badRequest("petitions.error.agreedRequired");
                }
                if (evidence == null || evidenceName == null || evidenceName.isBlank()) {
                    throw UserFacingException.badRequest("petitions.error.evidenceRequired");
                }
                Attachment file = attachments.store(ref(k.id), evidenceName, evidence, "resolution");
                resolution(k, on, measures, file, c.agreed(), band, by, false);
                yield StepOutcome.of(null, band.name());
            }
            case "relapse" -> {
                k.relapse(on);
                String note = BacklogCase.required(c.text(), "petitions.error.noteRequired");
                relapseRow(k, on, note, by);
                yield StepOutcome.of(null, note);
            }
            default -> throw new IllegalArgumentException(stepName);
        });
        return find(id).orElseThrow();
    }

    void relapseRow(BacklogCase k, LocalDate on, String note, String by) {
        jdbc.sql("INSERT INTO petition_backlog_relapse (backlog_id, petitioned_on, note, unit_id, region_code, "
                        + "created_at, created_by) VALUES (:b, :on, :note, :u, :r, :at, :by)")
                .param("b", k.id).param("on", on).param("note", note).param("u", k.unitId)
                .param("r", k.regionCode).param("at", OffsetDateTime.now(clock)).param("by", by).update();
    }

    void meeting(BacklogCase k, LocalDate on, String attendees, String decisions, String by) {
        jdbc.sql("INSERT INTO petition_backlog_meeting (backlog_id, held_on, attendees, decisions, created_at, "
                        + "created_by) VALUES (:b, :on, :a, :d, :at, :by)")
                .param("b", k.id).param("on", on).param("a", attendees).param("d", decisions)
                .param("at", OffsetDateTime.now(clock)).param("by", by).update();
    }

    void resolution(BacklogCase k, LocalDate on, String measures, Attachment file, boolean agreed, AgeBand band,
            String by, boolean demo) {
        jdbc.sql("INSERT INTO petition_backlog_resolution (backlog_id, resolved_on, measures, evidence_id, evidence_name, "
                        + "petitioner_agreed, age_band, age_years, unit_id, region_code, demo, created_at, created_by) "
                        + "VALUES (:b, :on, :m, :e, :en, :agreed, :band, :years, :u, :r, :demo, :at, :by)")
                .param("b", k.id).param("on", on).param("m", measures).param("e", file == null ? null : file.id())
                .param("en", file == null ? null : file.fileName()).param("agreed", agreed).param("band", band.name())
                .param("years", BacklogAgeRule.ageYears(k.firstPetitionOn, on)).param("u", k.unitId)
                .param("r", k.regionCode).param("demo", demo).param("at", OffsetDateTime.now(clock)).param("by", by)
                .update();
    }

    @Transactional(readOnly = true)
    public Optional<Backlog> find(long id) {
        return jdbc.sql(SELECT + " WHERE b.id = :id").param("id", id).query((rs, n) -> view(rs)).optional();
    }

    /** A case in the caller's scope, else 404. */
    @Transactional(readOnly = true)
    public Backlog get(long id) {
        steps.load(store, id);
        return find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<String> actions(Backlog v) {
        return BacklogCase.TABLE.available(v.status(), caller);
    }

    @Transactional(readOnly = true)
    public List<Meeting> meetings(long id) {
        return jdbc.sql("SELECT * FROM petition_backlog_meeting WHERE backlog_id = :b ORDER BY held_on, id")
                .param("b", id).query((rs, n) -> new Meeting(rs.getLong("id"), rs.getObject("held_on", LocalDate.class),
                        rs.getString("attendees"), rs.getString("decisions"), rs.getString("created_by")))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Resolution> resolutions(long id) {
        return jdbc.sql("SELECT * FROM petition_backlog_resolution WHERE backlog_id = :b ORDER BY resolved_on, id")
                .param("b", id).query((rs, n) -> {
                    long e = rs.getLong("evidence_id");
                    Long evidence = rs.wasNull() ? null : e;
                    return new Resolution(rs.getLong("id"), rs.getObject("resolved_on", LocalDate.class),
                            rs.getString("measures"), evidence, rs.getString("evidence_name"),
                            rs.getBoolean("petitioner_agreed"), AgeBand.valueOf(rs.getString("age_band")),
                            rs.getInt("age_years"));
                }).list();
    }

    @Transactional(readOnly = true)
    public List<Relapse> relapses(long id) {
        return jdbc.sql("SELECT * FROM petition_backlog_relapse WHERE backlog_id = :b ORDER BY petitioned_on, id")
                .param("b", id).query((rs, n) -> new Relapse(rs.getLong("id"),
                        rs.getObject("petitioned_on", LocalDate.class), rs.getString("note")))
                .list();
    }

    /** Cases in the scope matching the filters, newest taken in first; {@code size} at most 5,000. */
    @Transactional(readOnly = true)
    public Paged<Backlog> search(PetitionCommands.Query q, DataScope scope, int page, int size) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.sqlCondition("b.unit_id", "b.region_code"));
        PetitionCommands.Query f = q == null ? PetitionCommands.Query.none() : q;
        if (f.status() != null) {
            where.append(" AND b.status = :status");
            params.put("status", f.status().name());
        }
        if (f.band() != null) {
            where.append(" AND b.age_band = :band");
            params.put("band", f.band().name());
        }
        if (f.year() != null) {
            where.append(" AND b.taken_on BETWEEN :from AND :to");
            params.put("from", LocalDate.of(f.year(), 1, 1));
            params.put("to", LocalDate.of(f.year(), 12, 31));
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" AND (b.case_number LIKE :kw OR b.subject LIKE :kw OR b.petitioner_name LIKE :kw)");
            params.put("kw", "%" + f.q().strip().replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        int s = Math.max(1, Math.min(size, 5000));
        int pg = Math.max(0, page);
        long total = jdbc.sql("SELECT COUNT(*) FROM petition_backlog b" + where).params(params).query(Long.class)
                .single();
        List<Backlog> items = jdbc.sql(SELECT + where + " ORDER BY b.taken_on DESC, b.id DESC LIMIT " + s + " OFFSET "
                + (long) pg * s).params(params).query((rs, n) -> view(rs)).list();
        return new Paged<>(items, total, pg, s);
    }

    public void exported(int rows) {
        audit.record(AuditEntry.of("petitions.backlog.exported", Petitions.CASE_TYPE, "list", rows + " rows"));
    }

    private static Backlog view(ResultSet rs) throws SQLException {
        String band = rs.getString("age_band");
        return new Backlog(rs.getLong("id"), rs.getString("case_number"), BacklogStatus.valueOf(rs.getString("status")),
                rs.getString("petitioner_name"), rs.getString("petitioner_id_masked"),
                rs.getString("petitioner_phone_masked"), rs.getString("subject"),
                rs.getObject("first_petition_on", LocalDate.class), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getString("region_code"), rs.getObject("taken_on", LocalDate.class), rs.getString("leader_post"),
                rs.getString("leader_name"), rs.getObject("resolved_on", LocalDate.class),
                band == null ? null : AgeBand.valueOf(band), rs.getInt("relapse_count"), rs.getInt("version"));
    }
}
