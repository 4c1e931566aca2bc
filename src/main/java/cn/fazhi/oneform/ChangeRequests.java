package cn.fazhi.oneform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.platform.identifiers.PhoneNumber;
import cn.fazhi.platform.identifiers.ResidentIdNumber;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Change requests: a village clerk asks for a change of their village's register with reason and evidence; the
 * township reviews it — approved, the change is applied to the register (the person's history and the audit trail
 * record it); rejected, with the reason. Nothing in the register changes without an approved request (or an import).
 */
@Service
public class ChangeRequests {

    private static final String SELECT = "SELECT c.*, v.name AS village_name FROM oneform_change c "
            + "JOIN region v ON v.code = c.village_code";

    private final JdbcClient jdbc;
    private final Register register;
    private final OneformProperties properties;
    private final AuditTrail audit;
    private final Clock clock;
    private final cn.fazhi.platform.crypto.PersonalDataCipher cipher;

    ChangeRequests(JdbcClient jdbc, Register register, OneformProperties properties, AuditTrail audit, Clock clock,
            cn.fazhi.platform.crypto.PersonalDataCipher cipher) {
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.register = register;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** Files a request (oneform:request) for a village the caller keeps; checked now and again when approved. */
    @Transactional
    public ChangeView file(ChangeCommand c, CurrentUser user) {
        if (!user.can(OneformPermissions.REQUEST)) {
            throw UserFacingException.forbidden("oneform.error.forbidden");
        }
        RegisterScope scope = RegisterScope.of(user);
        Map<String, String> payload = new LinkedHashMap<>();
        String village;
        String summary;
        PersonView person = null;
        if (c.kind() == ChangeKind.ADD_PERSON) {
            village = required(c.village(), "oneform.error.villageRequired");
            if (!register.covers(scope, village)) {
                throw UserFacingException.badRequest("oneform.error.villageUnknown", village);
            }
            payload.put("householdNo", required(c.householdNo(), "oneform.error.householdRequired"));
            payload.put("name", required(c.name(), "oneform.error.nameRequired"));
            payload.put("idNumber", ResidentIdNumber.normalise(required(c.idNumber(), "oneform.error.idRequired")));
            if (c.relation() == null) {
                throw UserFacingException.badRequest("oneform.error.relationRequired");
            }
            payload.put("relation", c.relation().name());
            put(payload, "phone", c.phone());
            put(payload, "groupName", c.groupName());
            put(payload, "address", c.address());
            summary = payload.get("name");
        } else {
            if (c.personId() == null) {
                throw UserFacingException.badRequest("oneform.error.personRequired");
            }
            person = register.get(c.personId(), scope);
            village = person.villageCode();
            summary = person.name();
            switch (c.kind()) {
                case SET_ATTRIBUTE -> {
                    payload.put("attribute", required(c.attribute(), "oneform.error.attributeRequired"));
                    put(payload, "grade", c.grade());
                    payload.put("source", required(c.source(), "oneform.error.sourceRequired"));
                    payload.put("date", date(c.date()).toString());
                }
                case REMOVE_ATTRIBUTE -> payload.put("attribute", required(c.attribute(), "oneform.error.attributeRequired"));
                case MOVE_HOUSEHOLD -> {
                    payload.put("groupName", required(c.groupName(), "oneform.error.groupRequired"));
                    put(payload, "address", c.address());
                }
                case DEATH, REMOVAL -> payload.put("date", date(c.date()).toString());
                default -> throw new IllegalStateException();
            }
        }
        check(c.kind(), village, person, payload);
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("INSERT INTO oneform_change (kind, village_code, person_id, payload, summary, reason, evidence, "
                + "status, requested_by, requested_at) VALUES (:k, :v, :p, :pl, :s, :r, :e, 'PENDING', :by, :at)")
                .param("k", c.kind().name()).param("v", village).param("p", c.personId() == null ? null : c.personId())
                .param("pl", encode(seal(payload))).param("s", summary).param("r", c.reason().strip())
                .param("e", c.evidence() == null || c.evidence().isBlank() ? null : c.evidence().strip())
                .param("by", user.username()).param("at", now).update();
        long id = jdbc.sql("SELECT MAX(id) FROM oneform_change WHERE requested_by = :by").param("by", user.username())
                .query(Long.class).single();
        audit.record(AuditEntry.of("oneform.change.filed", "oneform_change", id, c.kind().name() + " " + summary));
        return find(id);
    }

    /**
     * The township's review (oneform:review, a request of its villages, still pending, at the version read): approve
     * applies the change; reject needs the reason.
     */
    @Transactional
    public ChangeView review(long id, boolean approve, String note, int version, CurrentUser user) {
        if (!user.can(OneformPermissions.REVIEW)) {
            throw UserFacingException.forbidden("oneform.error.forbidden");
        }
        ChangeView c = get(id, RegisterScope.of(user));
        if (!c.status().reviewable()) {
            throw UserFacingException.conflict("oneform.error.notPending");
        }
        if (c.version() != version) {
            throw UserFacingException.conflict("oneform.error.stale");
        }
        String trimmed = note == null ? "" : note.strip();
        if (!approve && trimmed.isEmpty()) {
            throw UserFacingException.badRequest("oneform.error.rejectReason");
        }
        if (trimmed.length() > 500) {
            throw UserFacingException.badRequest("oneform.error.noteTooLong");
        }
        if (approve) {
            apply(c, user.username());
        }
        int updated = jdbc.sql("UPDATE oneform_change SET status = :s, reviewed_by = :by, reviewed_at = :at, "
                + "review_note = :n, version = version + 1 WHERE id = :id AND version = :ver AND status = 'PENDING'")
                .param("s", approve ? "APPROVED" : "REJECTED").param("by", user.username())
                .param("at", OffsetDateTime.now(clock)).param("n", trimmed.isEmpty() ? null : trimmed)
                .param("id", id).param("ver", version).update();
        if (updated != 1) {
            throw UserFacingException.conflict("oneform.error.stale");
        }
        audit.record(AuditEntry.of(approve ? "oneform.change.approved" : "oneform.change.rejected", "oneform_change",
                id, c.kind().name() + " " + c.summary() + (trimmed.isEmpty() ? "" : " " + trimmed)));
        return find(id);
    }

    public ChangeView get(long id, RegisterScope scope) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("id", id);
        return jdbc.sql(SELECT + " WHERE c.id = :id AND " + scope.sql("c.village_code")).params(params)
                .query(this::map).optional()
                .orElseThrow(() -> UserFacingException.notFound("oneform.error.changeNotFound", id));
    }

    public Paged<ChangeView> search(ChangeStatus status, RegisterScope scope, int page, int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw UserFacingException.badRequest("oneform.error.paging");
        }
        String where = " WHERE " + scope.sql("c.village_code") + (status == null ? "" : " AND c.status = :status");
        Map<String, Object> params = new HashMap<>(scope.parameters());
        if (status != null) {
            params.put("status", status.name());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM oneform_change c" + where).params(params).query(Long.class).single();
        List<ChangeView> items = jdbc.sql(SELECT + where + " ORDER BY c.id DESC OFFSET " + ((long) page * size)
                + " ROWS FETCH NEXT " + size + " ROWS ONLY").params(params).query(this::map).list();
        return new Paged<>(items, total, page, size);
    }

    public List<ChangeView> forPerson(long personId) {
        return jdbc.sql(SELECT + " WHERE c.person_id = :p ORDER BY c.id DESC").param("p", personId).query(this::map)
                .list();
    }

    private ChangeView find(long id) {
        return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(this::map).single();
    }

    /** The checks of a request against the register as it is now (at filing and again at approval). */
    private void check(ChangeKind kind, String village, PersonView person, Map<String, String> p) {
        switch (kind) {
            case ADD_PERSON -> {
                if (!ResidentIdNumber.isValid(p.get("idNumber"))) {
                    throw UserFacingException.badRequest("oneform.error.idInvalid", p.get("idNumber"));
                }
                if (register.idRegistered(p.get("idNumber"))) {
                    throw UserFacingException.conflict("oneform.error.idRegistered");
                }
                if (p.get("phone") != null && !PhoneNumber.isValid(p.get("phone"))) {
                    throw UserFacingException.badRequest("oneform.error.phoneInvalid", p.get("phone"));
                }
                java.util.Optional<String> existing = register.householdVillage(p.get("householdNo"));
                if (existing.isPresent() && !existing.get().equals(village)) {
                    throw UserFacingException.badRequest("oneform.error.householdElsewhere", p.get("householdNo"));
                }
                if (existing.isEmpty() && p.get("address") == null) {
                    throw UserFacingException.badRequest("oneform.error.addressRequired");
                }
            }
            case SET_ATTRIBUTE -> {
                String a = p.get("attribute");
                if (!properties.known(a)) {
                    throw UserFacingException.badRequest("oneform.error.attributeUnknown", a);
                }
                boolean graded = properties.graded().contains(a);
                if (graded != (p.get("grade") != null) || graded && !properties.grades().contains(p.get("grade"))) {
                    throw UserFacingException.badRequest("oneform.error.grade", String.join("、", properties.grades()));
                }
            }
            case REMOVE_ATTRIBUTE -> {
                if (register.attributes(person.id()).stream().noneMatch(a -> a.code().equals(p.get("attribute")))) {
                    throw UserFacingException.badRequest("oneform.error.attributeAbsent");
                }
            }
            case MOVE_HOUSEHOLD, DEATH, REMOVAL -> {
                if (person.status() != PersonStatus.ACTIVE) {
                    throw UserFacingException.conflict("oneform.error.personInactive");
                }
            }
        }
    }

    private void apply(ChangeView c, String by) {
        Map<String, String> p = unseal(decode(jdbc.sql("SELECT payload FROM oneform_change WHERE id = :id")
                .param("id", c.id()).query(String.class).single()));
        PersonView person = c.personId() == null ? null
                : register.get(c.personId(), new RegisterScope(RegisterScope.Kind.REGION, c.villageCode(), 0));
        check(c.kind(), c.villageCode(), person, p);
        LocalDate today = LocalDate.now(clock);
        switch (c.kind()) {
            case ADD_PERSON -> {
                RegisterWriter writer = register.writer(by);
                if (register.householdVillage(p.get("householdNo")).isEmpty()) {
                    writer.household(p.get("householdNo"), c.villageCode(), writer.group(c.villageCode(),
                            p.get("groupName")), p.get("address"));
                }
                writer.person(new NewPerson(p.get("householdNo"), c.villageCode(), p.get("name"), p.get("idNumber"),
                        Relation.valueOf(p.get("relation")), p.get("phone"), today, List.of()));
                writer.flush();
                long personId = jdbc.sql("SELECT MAX(id) FROM oneform_person WHERE household_no = :h")
                        .param("h", p.get("householdNo")).query(Long.class).single();
                jdbc.sql("UPDATE oneform_change SET person_id = :p WHERE id = :id").param("p", personId)
                        .param("id", c.id()).update();
                register.history(personId, "ADD_PERSON", p.get("householdNo"), c.id(), by);
            }
            case SET_ATTRIBUTE -> {
                jdbc.sql("DELETE FROM oneform_attribute WHERE person_id = :p AND code = :c").param("p", person.id())
                        .param("c", p.get("attribute")).update();
                jdbc.sql("INSERT INTO oneform_attribute (person_id, code, grade, source, recorded_on) "
                        + "VALUES (:p, :c, :g, :s, :d)").param("p", person.id()).param("c", p.get("attribute"))
                        .param("g", p.get("grade")).param("s", p.get("source")).param("d", LocalDate.parse(p.get("date")))
                        .update();
                register.history(person.id(), "SET_ATTRIBUTE", p.get("attribute")
                        + (p.get("grade") == null ? "" : ":" + p.get("grade")) + " " + p.get("source") + " "
                        + p.get("date"), c.id(), by);
            }
            case REMOVE_ATTRIBUTE -> {
                jdbc.sql("DELETE FROM oneform_attribute WHERE person_id = :p AND code = :c").param("p", person.id())
                        .param("c", p.get("attribute")).update();
                register.history(person.id(), "REMOVE_ATTRIBUTE", p.get("attribute"), c.id(), by);
            }
            case MOVE_HOUSEHOLD -> {
                Long group = register.writer(by).group(c.villageCode(), p.get("groupName"));
                jdbc.sql("UPDATE oneform_household SET group_id = :g" + (p.get("address") == null ? "" : ", address = :a")
                        + " WHERE number = :n").param("g", group).param("n", person.householdNo())
                        .params(p.get("address") == null ? Map.of() : Map.of("a", p.get("address"))).update();
                for (Long member : jdbc.sql("SELECT id FROM oneform_person WHERE household_no = :n")
                        .param("n", person.householdNo()).query(Long.class).list()) {
                    register.history(member, "MOVE_HOUSEHOLD", p.get("groupName")
                            + (p.get("address") == null ? "" : " " + p.get("address")), c.id(), by);
                }
            }
            case DEATH, REMOVAL -> {
                jdbc.sql("UPDATE oneform_person SET status = :s, version = version + 1 WHERE id = :id")
                        .param("s", c.kind() == ChangeKind.DEATH ? "DECEASED" : "REMOVED").param("id", person.id())
                        .update();
                register.history(person.id(), c.kind().name(), p.get("date"), c.id(), by);
            }
        }
    }

    private LocalDate date(LocalDate d) {
        if (d == null) {
            throw UserFacingException.badRequest("oneform.error.dateRequired");
        }
        if (d.isAfter(LocalDate.now(clock))) {
            throw UserFacingException.badRequest("oneform.error.dateFuture");
        }
        return d;
    }

    private static String required(String value, String key) {
        if (value == null || value.isBlank()) {
            throw UserFacingException.badRequest(key);
        }
        return value.strip();
    }

    private static void put(Map<String, String> payload, String key, String value) {
        if (value != null && !value.isBlank()) {
            payload.put(key, value.strip());
        }
    }

    /** The ID number and phone of a request are stored encrypted, with a masked copy for the pages. */
    private Map<String, String> seal(Map<String, String> payload) {
        Map<String, String> out = new LinkedHashMap<>();
        payload.forEach((k, v) -> {
            if (k.equals("idNumber") || k.equals("phone")) {
                out.put(k + "Masked", k.equals("idNumber") ? cn.fazhi.platform.identifiers.Masking.idNumber(v)
                        : cn.fazhi.platform.identifiers.Masking.phone(v));
                out.put(k + "Enc", cipher.encrypt(v));
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    private Map<String, String> unseal(Map<String, String> sealed) {
        Map<String, String> out = new LinkedHashMap<>();
        sealed.forEach((k, v) -> {
            if (k.endsWith("Enc")) {
                out.put(k.substring(0, k.length() - 3), cipher.decrypt(v));
            } else if (!k.endsWith("Masked")) {
                out.put(k, v);
            }
        });
        return out;
    }

    static String encode(Map<String, String> payload) {
        StringBuilder s = new StringBuilder();
        payload.forEach((k, v) -> s.append(k).append('=').append(v.replace('\n', ' ').replace('\r', ' ')).append('\n'));
        return s.toString();
    }

    static Map<String, String> decode(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                m.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return m;
    }

    private static Map<String, String> visible(Map<String, String> sealed) {
        sealed.keySet().removeIf(k -> k.endsWith("Enc"));
        return sealed;
    }

    private ChangeView map(ResultSet rs, int n) throws SQLException {
        return new ChangeView(rs.getLong("id"), ChangeKind.valueOf(rs.getString("kind")), rs.getString("village_code"),
                rs.getString("village_name"), (Long) rs.getObject("person_id", Long.class), rs.getString("summary"),
                visible(decode(rs.getString("payload"))), rs.getString("reason"), rs.getString("evidence"),
                ChangeStatus.valueOf(rs.getString("status")), rs.getString("requested_by"),
                rs.getObject("requested_at", OffsetDateTime.class), rs.getString("reviewed_by"),
                rs.getObject("reviewed_at", OffsetDateTime.class), rs.getString("review_note"), rs.getInt("version"));
    }
}
