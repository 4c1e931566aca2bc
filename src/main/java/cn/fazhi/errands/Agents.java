package cn.fazhi.errands;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.cases.CaseParties;
import cn.fazhi.platform.crypto.PersonalDataCipher;
import cn.fazhi.platform.imports.ImportError;
import cn.fazhi.platform.imports.ImportRejected;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Agents (代办员): registered by township staff (or imported from .xlsx, all or nothing), their trainings and status.
 * ID number and phone are sealed by {@link CaseParties} (SM4, blind index, masked); the full numbers are revealed only
 * with {@code errands:reveal}, audited. An agent sees only themselves.
 */
@Service
public class Agents {

    static final String SELECT = "SELECT a.*, r.name AS township, au.username FROM errand_agent a "
            + "JOIN region r ON r.code = a.region_code LEFT JOIN app_user au ON au.id = a.user_id";

    /** The import sheet's columns. */
    static final List<Spreadsheets.Column> COLUMNS = List.of(new Spreadsheets.Column("errands.field.name", true),
            new Spreadsheets.Column("errands.field.idNumber", true), new Spreadsheets.Column("errands.field.phone", true),
            new Spreadsheets.Column("errands.field.township", true), new Spreadsheets.Column("errands.field.village", true),
            new Spreadsheets.Column("errands.field.joinedOn", false),
            new Spreadsheets.Column("errands.field.username", false));

    private final JdbcClient jdbc;
    private final CaseParties parties;
    private final PersonalDataCipher cipher;
    private final Townships townships;
    private final ErrandCallers callers;
    private final AuditTrail audit;
    private final Caller caller;
    private final MessageSource messages;
    private final Clock clock;

    Agents(JdbcClient jdbc, CaseParties parties, PersonalDataCipher cipher, Townships townships, ErrandCallers callers,
            AuditTrail audit, Caller caller, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.parties = parties;
        this.cipher = cipher;
        this.townships = townships;
        this.callers = callers;
        this.audit = audit;
        this.caller = caller;
        this.messages = messages;
        this.clock = clock;
    }

    private void requireManage() {
        if (!caller.can(ErrandPermissions.MANAGE)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
    }

    /** Registers an agent (ACTIVE). Refused with a Chinese 400 on any bad field; nothing is saved then. */
    @Transactional
    public Views.Agent create(Commands.NewAgent c) {
        requireManage();
        long id = insert(c, caller.scope());
        Views.Agent v = find(id);
        audit.record(AuditEntry.of("errands.agent.created", "errand_agent", id, v.name() + " " + v.township()));
        return v;
    }

    private long insert(Commands.NewAgent c, DataScope scope) {
        if (c == null) {
            throw UserFacingException.badRequest("errands.error.nameRequired");
        }
        String name = Errand.text(c.name(), true, "errands.error.nameRequired");
        if (name.length() > 100) {
            throw UserFacingException.badRequest("errands.error.tooLong", 100);
        }
        if (c.idNumber() == null || c.idNumber().isBlank()) {
            throw UserFacingException.badRequest("errands.error.idRequired");
        }
        if (c.phone() == null || c.phone().isBlank()) {
            throw UserFacingException.badRequest("errands.error.phoneRequired");
        }
        CaseParties.Sealed sealed = parties.seal(true, c.idNumber(), c.phone());
        Views.Township t = townships.resolve(c.regionCode(), scope);
        String village = Errand.text(c.village(), true, "errands.error.villageRequired");
        if (village.length() > 100) {
            throw UserFacingException.badRequest("errands.error.tooLong", 100);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate joined = c.joinedOn() == null ? today : c.joinedOn();
        if (joined.isAfter(today)) {
            throw UserFacingException.badRequest("errands.error.future");
        }
        if (jdbc.sql("SELECT COUNT(*) FROM errand_agent WHERE id_index = :i").param("i", sealed.identifierIndex())
                .query(Long.class).single() > 0) {
            throw UserFacingException.badRequest("errands.error.agentExists");
        }
        Long user = null;
        if (c.username() != null && !c.username().isBlank()) {
            user = jdbc.sql("SELECT u.id FROM app_user u JOIN user_role ur ON ur.user_id = u.id JOIN app_role r "
                            + "ON r.id = ur.role_id WHERE u.username = :u AND r.code = 'ERRAND_AGENT'")
                    .param("u", c.username().strip()).query(Long.class).optional()
                    .orElseThrow(() -> UserFacingException.badRequest("errands.error.userUnknown"));
            if (jdbc.sql("SELECT COUNT(*) FROM errand_agent WHERE user_id = :u").param("u", user).query(Long.class)
                    .single() > 0) {
                throw UserFacingException.badRequest("errands.error.userLinked");
            }
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO errand_agent (name, id_enc, id_index, id_masked, phone_enc, phone_index, phone_masked, "
                        + "unit_id, region_code, village, user_id, status, joined_on, created_at, created_by) VALUES (:n, "
                        + ":ie, :ii, :im, :pe, :pi, :pm, :unit, :region, :village, :user, 'ACTIVE', :joined, :at, :by)")
                .param("n", name).param("ie", sealed.identifierEnc()).param("ii", sealed.identifierIndex())
                .param("im", sealed.identifierMasked()).param("pe", sealed.phoneEnc()).param("pi", sealed.phoneIndex())
                .param("pm", sealed.phoneMasked()).param("unit", t.unitId()).param("region", t.regionCode())
                .param("village", village).param("user", user).param("joined", joined)
                .param("at", OffsetDateTime.now(clock)).param("by", Actors.current()).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /**
     * Imports agents from an .xlsx sheet: every row is checked; one bad row refuses the whole file (nothing saved) and
     * the refusal names each bad row and column.
     */
    @Transactional
    public int importSheet(String fileName, Path file) {
        requireManage();
        Spreadsheets.checkFileType(fileName, file);
        DataScope scope = caller.scope();
        Map<String, String> townshipByName = new HashMap<>();
        for (Views.Township t : townships.in(scope)) {
            townshipByName.put(t.name(), t.regionCode());
            townshipByName.put(t.regionCode(), t.regionCode());
        }
        List<ImportError> errors = new ArrayList<>();
        Set<Integer> badRows = new HashSet<>();
        int[] count = {0};
        Spreadsheets.read(file, COLUMNS, messages, (row, cells) -> {
            String township = cells.get("errands.field.township");
            String region = township == null ? null : townshipByName.get(township);
            if (region == null) {
                errors.add(ImportError.at(row, "errands.field.township", "errands.error.townshipUnknown"));
                badRows.add(row);
                return;
            }
            LocalDate joined = null;
            String joinedText = cells.get("errands.field.joinedOn");
            if (joinedText != null && !joinedText.isBlank()) {
                joined = Spreadsheets.date(joinedText).orElse(null);
                if (joined == null) {
                    errors.add(ImportError.at(row, "errands.field.joinedOn", "errands.error.date"));
                    badRows.add(row);
                    return;
                }
            }
            try {
                insert(new Commands.NewAgent(cells.get("errands.field.name"), cells.get("errands.field.idNumber"),
                        cells.get("errands.field.phone"), region, cells.get("errands.field.village"),
                        cells.get("errands.field.username"), joined), scope);
                count[0]++;
            } catch (UserFacingException e) {
                errors.add(ImportError.at(row, null, e.messageKey(), e.args()));
                badRows.add(row);
            }
        });
        if (!errors.isEmpty()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            throw new ImportRejected(errors, badRows.size());
        }
        if (count[0] == 0) {
            throw UserFacingException.badRequest("import.error.empty");
        }
        audit.record(AuditEntry.of("errands.agent.imported", "errand_agent", null, count[0] + " rows"));
        return count[0];
    }

    /** An agent by id, unscoped (callers check access). */
    public Views.Agent find(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query(Agents::view).optional()
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    /** An agent the caller may see (permission and scope; an agent only themselves), else 404. */
    @Transactional(readOnly = true)
    public Views.Agent get(long id) {
        if (!caller.can(ErrandPermissions.VIEW) || caller.scope() == null) {
            throw UserFacingException.notFound("error.notFound");
        }
        Views.Agent a = find(id);
        Long own = callers.ownAgentId();
        if (own != null ? own != a.id() : !caller.scope().covers(a.unitId(), a.regionCode())) {
            throw UserFacingException.notFound("error.notFound");
        }
        return a;
    }

    /** The plain number of a stored (encrypted) agent ID, for filing on the beneficiary's behalf (not shown). */
    String plainId(String encrypted) {
        return cipher.decrypt(encrypted);
    }

    public List<Views.Training> trainings(long agentId) {
        return jdbc.sql("SELECT id, held_on, topic FROM errand_training WHERE agent_id = :a ORDER BY held_on DESC, id DESC")
                .param("a", agentId)
                .query((rs, n) -> new Views.Training(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
                .list();
    }

    @Transactional
    public Views.Training addTraining(long agentId, Commands.NewTraining c) {
        requireManage();
        get(agentId);
        if (c == null || c.heldOn() == null) {
            throw UserFacingException.badRequest("errands.error.dateRequired");
        }
        if (c.heldOn().isAfter(LocalDate.now(clock))) {
            throw UserFacingException.badRequest("errands.error.future");
        }
        String topic = Errand.text(c.topic(), true, "errands.error.topicRequired");
        if (topic.length() > 200) {
            throw UserFacingException.badRequest("errands.error.tooLong", 200);
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO errand_training (agent_id, held_on, topic) VALUES (:a, :on, :t)").param("a", agentId)
                .param("on", c.heldOn()).param("t", topic).update(keys, "id");
        audit.record(AuditEntry.of("errands.agent.trained", "errand_agent", agentId, c.heldOn() + " " + topic));
        return new Views.Training(keys.getKeyAs(Long.class), c.heldOn(), topic);
    }

    /** Suspends, re-activates or records that the agent left (with the date); version-checked. */
    @Transactional
    public Views.Agent changeStatus(long agentId, Commands.AgentStatusChange c) {
        requireManage();
        Views.Agent a = get(agentId);
        if (c == null || c.status() == null) {
            throw UserFacingException.badRequest("errands.error.statusRequired");
        }
        if (c.version() == null) {
            throw UserFacingException.badRequest("cases.step.versionRequired");
        }
        if (a.status() == AgentStatus.LEFT) {
            throw UserFacingException.conflict("errands.error.agentLeft");
        }
        LocalDate on = c.on() == null ? LocalDate.now(clock) : c.on();
        if (on.isAfter(LocalDate.now(clock)) || on.isBefore(a.joinedOn())) {
            throw UserFacingException.badRequest("errands.error.tooEarly", a.joinedOn());
        }
        int n = jdbc.sql("UPDATE errand_agent SET status = :s, left_on = :left, version = version + 1 WHERE id = :id "
                        + "AND version = :v")
                .param("s", c.status().name()).param("left", c.status() == AgentStatus.LEFT ? on : null)
                .param("id", agentId).param("v", c.version()).update();
        if (n != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
        audit.record(AuditEntry.of("errands.agent.status", "errand_agent", agentId, a.status() + " → " + c.status()));
        return find(agentId);
    }

    /** The agent's full ID number and phone (permission {@code errands:reveal}, audited). */
    @Transactional
    public Views.Revealed reveal(long agentId) {
        if (!caller.can(ErrandPermissions.REVEAL)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        get(agentId);
        Views.Revealed r = jdbc.sql("SELECT id_enc, phone_enc FROM errand_agent WHERE id = :id").param("id", agentId)
                .query((rs, n) -> new Views.Revealed(cipher.decrypt(rs.getString(1)), cipher.decrypt(rs.getString(2))))
                .single();
        audit.record(AuditEntry.of("errands.agent.revealed", "errand_agent", agentId, "id number and phone"));
        return r;
    }

    /** Agents in scope matching the filters (name, village or masked number; township; status), by township and name. */
    @Transactional(readOnly = true)
    public Paged<Views.Agent> search(Commands.Query q, int page, int size) {
        if (!caller.can(ErrandPermissions.VIEW) || caller.scope() == null) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        Map<String, Object> params = new HashMap<>(caller.scope().parameters());
        StringBuilder where = new StringBuilder(" WHERE ").append(caller.scope().sqlCondition("a.unit_id", "a.region_code"));
        Long own = callers.ownAgentId();
        if (own != null) {
            where.append(" AND a.id = :own");
            params.put("own", own);
        }
        Commands.Query f = q == null ? Commands.Query.none() : q;
        if (f.regionCode() != null && !f.regionCode().isBlank()) {
            where.append(" AND a.region_code = :region");
            params.put("region", f.regionCode().strip());
        }
        if (f.status() != null && !f.status().isBlank()) {
            where.append(" AND a.status = :status");
            params.put("status", f.status().strip());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" AND (a.name LIKE :kw OR a.village LIKE :kw)");
            params.put("kw", "%" + f.q().strip().replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        int s = Math.max(1, Math.min(size, 5000));
        int pg = Math.max(0, page);
        long total = jdbc.sql("SELECT COUNT(*) FROM errand_agent a" + where).params(params).query(Long.class).single();
        List<Views.Agent> items = jdbc.sql(SELECT + where + " ORDER BY a.region_code, a.name, a.id LIMIT " + s
                + " OFFSET " + (long) pg * s).params(params).query(Agents::view).list();
        return new Paged<>(items, total, pg, s);
    }

    public void exported(int rows) {
        audit.record(AuditEntry.of("errands.agent.exported", "errand_agent", "list", rows + " rows"));
    }

    static Views.Agent view(ResultSet rs, int n) throws SQLException {
        long user = rs.getLong("user_id");
        Long userId = rs.wasNull() ? null : user;
        return new Views.Agent(rs.getLong("id"), rs.getString("name"), rs.getString("id_masked"),
                rs.getString("phone_masked"), rs.getLong("unit_id"), rs.getString("region_code"), rs.getString("township"),
                rs.getString("village"), userId, rs.getString("username"), AgentStatus.valueOf(rs.getString("status")),
                rs.getObject("joined_on", LocalDate.class), rs.getObject("left_on", LocalDate.class), rs.getInt("version"));
    }
}
