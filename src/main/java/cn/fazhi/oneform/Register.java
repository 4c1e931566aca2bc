package cn.fazhi.oneform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.platform.crypto.PersonalDataCipher;
import cn.fazhi.platform.identifiers.ResidentIdNumber;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The register of persons and households: search by name or ID number (blind index) within the caller's scope,
 * a person with attributes and history, the unmasked ID number for those allowed (audited), villages, groups and the
 * villages a clerk keeps. Changes come only through {@link ChangeRequests} (a village asks, the township approves) and
 * {@link RegisterImport}.
 */
@Service
public class Register {

    static final String FROM = " FROM oneform_person p JOIN oneform_household h ON h.number = p.household_no "
            + "JOIN region v ON v.code = p.village_code JOIN region t ON t.code = v.parent_code "
            + "LEFT JOIN oneform_group g ON g.id = h.group_id";
    static final String COLUMNS = "SELECT p.id, p.name, p.id_masked, p.sex, p.born_on, p.relation, p.phone_masked, "
            + "p.status, p.village_code, v.name AS village_name, t.name AS township_name, g.name AS group_name, "
            + "p.household_no, h.address, p.registered_on, p.version";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final PersonalDataCipher cipher;
    private final AuditTrail audit;
    private final OneformProperties properties;
    private final Clock clock;

    Register(JdbcClient jdbc, JdbcTemplate template, PersonalDataCipher cipher, AuditTrail audit,
            OneformProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.cipher = cipher;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A search: {@code q} is a whole ID number (found through its blind index) or the start of a name; optionally one
     * village and one attribute; active persons only unless {@code all}.
     */
    public record Query(String q, String village, String attribute, Boolean all) {
        public static Query none() {
            return new Query(null, null, null, null);
        }
    }

    public Paged<PersonView> search(Query query, RegisterScope scope, int page, int size) {
        if (page < 0 || size < 1 || size > 5000) {
            throw UserFacingException.badRequest("oneform.error.paging");
        }
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.sql("p.village_code"));
        Map<String, Object> params = new HashMap<>(scope.parameters());
        String q = query.q() == null ? "" : query.q().strip();
        if (!q.isEmpty()) {
            String id = ResidentIdNumber.normalise(q);
            if (id.matches("\\d{17}[\\dX]")) {
                where.append(" AND p.id_blind = :blind");
                params.put("blind", cipher.blindIndex(id));
            } else {
                where.append(" AND p.name LIKE :name");
                params.put("name", q.replace("%", "").replace("_", "") + "%");
            }
        }
        if (query.village() != null && !query.village().isBlank()) {
            where.append(" AND p.village_code = :village");
            params.put("village", query.village().strip());
        }
        if (query.attribute() != null && !query.attribute().isBlank()) {
            where.append(" AND EXISTS (SELECT 1 FROM oneform_attribute a WHERE a.person_id = p.id AND a.code = :attr)");
            params.put("attr", query.attribute().strip());
        }
        if (!Boolean.TRUE.equals(query.all())) {
            where.append(" AND p.status = 'ACTIVE'");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM oneform_person p" + where).params(params).query(Long.class).single();
        List<PersonView> items = jdbc.sql(COLUMNS + FROM + where + " ORDER BY p.village_code, p.household_no, p.id"
                + " OFFSET " + ((long) page * size) + " ROWS FETCH NEXT " + size + " ROWS ONLY")
                .params(params).query(this::map).list();
        return new Paged<>(items, total, page, size);
    }

    /** A person within the caller's scope; 404 outside it. */
    public PersonView get(long id, RegisterScope scope) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("id", id);
        return jdbc.sql(COLUMNS + FROM + " WHERE p.id = :id AND " + scope.sql("p.village_code")).params(params)
                .query(this::map).optional()
                .orElseThrow(() -> UserFacingException.notFound("oneform.error.personNotFound", id));
    }

    public List<AttributeView> attributes(long personId) {
        return jdbc.sql("SELECT code, grade, source, recorded_on FROM oneform_attribute WHERE person_id = :id ORDER BY code")
                .param("id", personId).query((rs, n) -> new AttributeView(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getObject(4, LocalDate.class))).list();
    }

    /** The person's history, oldest first: the registration, then every change applied. */
    public List<HistoryEntry> history(long personId) {
        List<HistoryEntry> entries = new ArrayList<>();
        jdbc.sql("SELECT created_at, created_by, registered_on FROM oneform_person WHERE id = :id").param("id", personId)
                .query(rs -> {
                    entries.add(new HistoryEntry(rs.getObject(1, OffsetDateTime.class), "REGISTERED",
                            String.valueOf(rs.getObject(3, LocalDate.class)), rs.getString(2), null));
                });
        entries.addAll(jdbc.sql("SELECT at, action, detail, by_user, change_id FROM oneform_history "
                + "WHERE person_id = :id ORDER BY at, id").param("id", personId)
                .query((rs, n) -> new HistoryEntry(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), (Long) rs.getObject(5, Long.class))).list());
        return entries;
    }

    /** The unmasked ID number: only with {@code oneform:reveal}, every reveal audited. */
    @Transactional
    public String revealId(long id, CurrentUser user) {
        if (!user.can(OneformPermissions.REVEAL)) {
            throw UserFacingException.forbidden("oneform.error.revealForbidden");
        }
        get(id, RegisterScope.of(user));
        String plain = cipher.decrypt(jdbc.sql("SELECT id_enc FROM oneform_person WHERE id = :id").param("id", id)
                .query(String.class).single());
        audit.record(AuditEntry.of("oneform.person.revealed", "oneform_person", id, "id_number"));
        return plain;
    }

    /** The villages the caller sees (with their township), in code order. */
    public List<VillageView> villages(RegisterScope scope) {
        return jdbc.sql("SELECT v.code, v.name, t.code, t.name FROM region v JOIN region t ON t.code = v.parent_code "
                + "WHERE v.level = 'VILLAGE' AND v.code LIKE '421202%' AND " + scope.sql("v.code") + " ORDER BY v.code")
                .params(scope.parameters()).query((rs, n) -> new VillageView(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4))).list();
    }

    public boolean covers(RegisterScope scope, String villageCode) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("code", villageCode);
        return jdbc.sql("SELECT COUNT(*) FROM region v WHERE v.code = :code AND v.level = 'VILLAGE' AND "
                + scope.sql("v.code")).params(params).query(Long.class).single() > 0;
    }

    public List<String> groups(String villageCode) {
        return jdbc.sql("SELECT name FROM oneform_group WHERE village_code = :v ORDER BY sort_order, id")
                .param("v", villageCode).query(String.class).list();
    }

    /**
     * Assigns a village to a village clerk (by township staff who manage the register, within their township).
     */
    @Transactional
    public void assignClerk(long userId, String villageCode, CurrentUser by) {
        if (!by.can(OneformPermissions.MANAGE)) {
            throw UserFacingException.forbidden("oneform.error.forbidden");
        }
        if (villageCode == null || !covers(RegisterScope.of(by), villageCode)) {
            throw UserFacingException.badRequest("oneform.error.villageUnknown", villageCode);
        }
        if (jdbc.sql("SELECT COUNT(*) FROM user_role ur JOIN app_role r ON r.id = ur.role_id JOIN app_user u "
                + "ON u.id = ur.user_id WHERE ur.user_id = :u AND r.code = 'VILLAGE_CLERK' AND u.region_code = :t")
                .param("u", userId).param("t", villageCode.substring(0, 9)).query(Long.class).single() == 0) {
            throw UserFacingException.badRequest("oneform.error.notClerk", userId);
        }
        if (jdbc.sql("SELECT COUNT(*) FROM oneform_clerk_village WHERE user_id = :u AND village_code = :v")
                .param("u", userId).param("v", villageCode).query(Long.class).single() == 0) {
            jdbc.sql("INSERT INTO oneform_clerk_village (user_id, village_code) VALUES (:u, :v)").param("u", userId)
                    .param("v", villageCode).update();
            audit.record(AuditEntry.of("oneform.clerk.assigned", "app_user", userId, villageCode));
        }
    }

    /** A household's village, or empty. */
    java.util.Optional<String> householdVillage(String number) {
        return jdbc.sql("SELECT village_code FROM oneform_household WHERE number = :n").param("n", number)
                .query(String.class).optional();
    }

    boolean idRegistered(String idNumber) {
        return jdbc.sql("SELECT COUNT(*) FROM oneform_person WHERE id_blind = :b")
                .param("b", cipher.blindIndex(ResidentIdNumber.normalise(idNumber))).query(Long.class).single() > 0;
    }

    RegisterWriter writer(String by) {
        return new RegisterWriter(template, cipher, properties.batch(), by, OffsetDateTime.now(clock));
    }

    void history(long personId, String action, String detail, Long changeId, String by) {
        jdbc.sql("INSERT INTO oneform_history (person_id, action, detail, change_id, at, by_user) "
                + "VALUES (:p, :a, :d, :c, :at, :by)").param("p", personId).param("a", action).param("d", detail)
                .param("c", changeId).param("at", OffsetDateTime.now(clock)).param("by", by).update();
    }

    PersonView map(ResultSet rs, int n) throws SQLException {
        LocalDate born = rs.getObject("born_on", LocalDate.class);
        return new PersonView(rs.getLong("id"), rs.getString("name"), rs.getString("id_masked"), rs.getString("sex"),
                born, IdNumbers.age(born, LocalDate.now(clock)), Relation.valueOf(rs.getString("relation")),
                rs.getString("phone_masked"), PersonStatus.valueOf(rs.getString("status")),
                rs.getString("village_code"), rs.getString("village_name"), rs.getString("township_name"),
                rs.getString("group_name"), rs.getString("household_no"), rs.getString("address"),
                rs.getObject("registered_on", LocalDate.class), rs.getInt("version"));
    }
}
