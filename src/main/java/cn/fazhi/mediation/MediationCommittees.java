package cn.fazhi.mediation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.organisation.RegionLevel;
import cn.fazhi.organisation.RegionView;
import cn.fazhi.organisation.Regions;
import cn.fazhi.organisation.UnitType;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.crypto.PersonalDataCipher;
import cn.fazhi.platform.identifiers.Masking;
import cn.fazhi.platform.identifiers.PhoneNumber;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Mediation committees (district, township, village) and their mediators. Committees are seeded per township; staff
 * holding {@code mediation:committee:edit} add mediators within their scope. Phone numbers are stored SM4-encrypted.
 */
@Service
public class MediationCommittees {

    private static final String COMMITTEE = "SELECT c.id, c.name, c.level, c.region_code, c.unit_id, c.active "
            + "FROM mediation_committee c";
    private static final String MEDIATOR = "SELECT m.id, m.committee_id, c.name AS committee_name, m.name, m.phone_enc, "
            + "m.user_id, m.active, m.demo FROM mediator m JOIN mediation_committee c ON c.id = m.committee_id";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;
    private final Regions regions;
    private final Units units;

    MediationCommittees(JdbcClient jdbc, PersonalDataCipher cipher, AuditTrail audit, Clock clock, Regions regions,
            Units units) {
        this.regions = regions;
        this.units = units;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** Committees whose unit and region the scope covers (a township sees its own; the district sees all). */
    public List<CommitteeView> visible(DataScope scope) {
        return jdbc.sql(COMMITTEE + " WHERE " + scope.sqlCondition("c.unit_id", "c.region_code") + " ORDER BY c.id")
                .params(scope.parameters()).query(this::mapCommittee).list();
    }

    public Optional<CommitteeView> find(long id) {
        return jdbc.sql(COMMITTEE + " WHERE c.id = :id").param("id", id).query(this::mapCommittee).optional();
    }

    /** The township's own committee. */
    public Optional<CommitteeView> ofTownship(String townshipCode) {
        return jdbc.sql(COMMITTEE + " WHERE c.level = 'TOWNSHIP' AND c.region_code = :r AND c.active = TRUE")
                .param("r", townshipCode).query(this::mapCommittee).optional();
    }

    public List<MediatorView> mediators(DataScope scope) {
        return jdbc.sql(MEDIATOR + " WHERE " + scope.sqlCondition("c.unit_id", "c.region_code") + " ORDER BY c.id, m.name")
                .params(scope.parameters()).query(this::mapMediator).list();
    }

    /** Active mediators who may handle a dispute in the township: its committees' and the district committee's. */
    public List<MediatorView> mediatorsFor(String townshipCode) {
        return jdbc.sql(MEDIATOR + " WHERE m.active = TRUE AND (c.level = 'DISTRICT' OR c.region_code LIKE :p) ORDER BY c.id, m.name")
                .param("p", townshipCode + "%").query(this::mapMediator).list();
    }

    public Optional<MediatorView> mediator(long id) {
        return jdbc.sql(MEDIATOR + " WHERE m.id = :id").param("id", id).query(this::mapMediator).optional();
    }

    @Transactional
    public MediatorView addMediator(MediatorForm form, DataScope scope) {
        if (form == null || form.committeeId() == null) {
            throw UserFacingException.badRequest("mediation.error.committeeRequired");
        }
        CommitteeView committee = find(form.committeeId()).filter(c -> scope.covers(c.unitId(), c.regionCode()))
                .orElseThrow(() -> UserFacingException.badRequest("mediation.error.committeeUnknown"));
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > 64) {
            throw UserFacingException.badRequest("mediation.error.nameRequired");
        }
        String phone = form.phone() == null || form.phone().isBlank() ? null : form.phone().strip();
        if (phone != null && !PhoneNumber.isValid(phone)) {
            throw UserFacingException.badRequest("mediation.error.phoneInvalid");
        }
        Long userId = null;
        if (form.username() != null && !form.username().isBlank()) {
            userId = jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", form.username().strip())
                    .query(Long.class).optional()
                    .orElseThrow(() -> UserFacingException.badRequest("mediation.error.userUnknown", form.username().strip()));
        }
        jdbc.sql("INSERT INTO mediator (committee_id, name, phone_enc, phone_index, user_id, created_at) "
                        + "VALUES (:c, :n, :pe, :pi, :u, :at)")
                .param("c", committee.id()).param("n", name).param("pe", cipher.encrypt(phone))
                .param("pi", cipher.blindIndex(phone)).param("u", userId).param("at", OffsetDateTime.now(clock)).update();
        long id = jdbc.sql("SELECT MAX(id) FROM mediator WHERE committee_id = :c AND name = :n")
                .param("c", committee.id()).param("n", name).query(Long.class).single();
        audit.record(AuditEntry.of("mediation.mediator.added", "mediator", id, committee.name() + ": " + name));
        return mediator(id).orElseThrow();
    }

    /**
     * Adds a village (community) committee; its disputes are taken in by the township's governance centre, so the
     * committee's unit is that centre. The village must lie in the caller's scope.
     */
    @Transactional
    public CommitteeView addVillageCommittee(VillageCommitteeForm form, DataScope scope) {
        String code = form == null || form.villageCode() == null ? "" : form.villageCode().strip();
        RegionView village = regions.find(code).filter(r -> r.level() == RegionLevel.VILLAGE)
                .orElseThrow(() -> UserFacingException.badRequest("mediation.error.villageUnknown", code));
        UnitView centre = units.all().stream()
                .filter(u -> u.type() == UnitType.GOVERNANCE_CENTRE && u.active()
                        && u.regionCode().equals(village.townshipCode()))
                .findFirst()
                .orElseThrow(() -> UserFacingException.badRequest("mediation.error.committeeUnknown"));
        if (!scope.covers(centre.id(), village.code())) {
            throw UserFacingException.badRequest("mediation.error.townshipOutsideScope");
        }
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw UserFacingException.badRequest("mediation.error.nameRequired");
        }
        if (jdbc.sql("SELECT COUNT(*) FROM mediation_committee WHERE name = :n").param("n", name).query(Long.class)
                .single() > 0) {
            throw UserFacingException.conflict("mediation.error.committeeExists", name);
        }
        jdbc.sql("INSERT INTO mediation_committee (name, level, region_code, unit_id) VALUES (:n, 'VILLAGE', :r, :u)")
                .param("n", name).param("r", village.code()).param("u", centre.id()).update();
        CommitteeView created = jdbc.sql(COMMITTEE + " WHERE c.name = :n").param("n", name).query(this::mapCommittee)
                .single();
        audit.record(AuditEntry.of("mediation.committee.added", "mediation_committee", created.id(), name));
        return created;
    }

    private CommitteeView mapCommittee(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CommitteeView(rs.getLong("id"), rs.getString("name"), CommitteeLevel.valueOf(rs.getString("level")),
                rs.getString("region_code"), rs.getLong("unit_id"), rs.getBoolean("active"));
    }

    private MediatorView mapMediator(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new MediatorView(rs.getLong("id"), rs.getLong("committee_id"), rs.getString("committee_name"),
                rs.getString("name"), Masking.phone(cipher.decrypt(rs.getString("phone_enc"))),
                rs.getObject("user_id", Long.class), rs.getBoolean("active"), rs.getBoolean("demo"));
    }
}
