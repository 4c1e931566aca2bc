package cn.fazhi.services;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.responsibilities.Responsibilities;
import cn.fazhi.search.SearchChanges;

/**
 * Keeps service items: create (version 1), revise (a new version in force from a later day; the current one ends the
 * day before it starts), withdraw (the version in force ends that day), publish the guide. A unit keeps its own items
 * ({@code services:manage} within its data scope), a district-wide role any. Every change is audited; a broken rule
 * ({@link ItemRules}) is a Chinese problem and nothing is saved.
 */
@Service
public class ItemKeeping {

    static final String TYPE = "service_item";

    private final JdbcClient jdbc;
    private final ServiceItems items;
    private final Responsibilities responsibilities;
    private final CurrentUsers currentUsers;
    private final Units units;
    private final AuditTrail audit;
    private final SearchChanges searchChanges;
    private final Clock clock;

    ItemKeeping(JdbcClient jdbc, ServiceItems items, Responsibilities responsibilities, CurrentUsers currentUsers,
            Units units, AuditTrail audit, SearchChanges searchChanges, Clock clock) {
        this.searchChanges = searchChanges;
        this.jdbc = jdbc;
        this.items = items;
        this.responsibilities = responsibilities;
        this.currentUsers = currentUsers;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates an item of the form's unit (the caller's own unit when none is given) with version 1. */
    @Transactional
    public long create(ItemForm f) {
        CurrentUser me = requireManager();
        UnitView unit = units.find(f.unitId() == null ? me.unitId() : f.unitId())
                .orElseThrow(() -> UserFacingException.badRequest("services.item.error.unit"));
        if (!me.scope().covers(unit.id(), unit.regionCode())) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        check(f, null);
        String code = f.code() == null || f.code().isBlank() ? nextCode(unit) : f.code().strip();
        if (jdbc.sql("SELECT COUNT(*) FROM service_item WHERE code = :c").param("c", code).query(Long.class).single() > 0) {
            throw UserFacingException.conflict("services.item.error.codeTaken", code);
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO service_item (code, unit_id, region_code, created_at, created_by, version) VALUES (:c, :u, "
                        + ":r, :at, :by, 1)")
                .param("c", code).param("u", unit.id()).param("r", unit.regionCode()).param("at", now())
                .param("by", me.username()).update(key, "id");
        long id = key.getKey().longValue();
        insertVersion(id, 1, f, me.username());
        searchChanges.changed(GuideSearchSource.TYPE, id);
        audit.record(AuditEntry.of("services.item.created", TYPE, id, code + " " + f.name()));
        return id;
    }

    /** A new version of the item in force from {@code f.effectiveFrom()}, after the current one. */
    @Transactional
    public void revise(long id, ItemForm f) {
        CurrentUser me = requireManager();
        ItemDetails current = owned(id, me);
        if (current.withdrawnOn() != null) {
            throw UserFacingException.conflict("services.item.error.withdrawn");
        }
        ServiceItemView last = items.history(id).get(0);
        check(f, last.effectiveFrom());
        bump(id, f.version());
        jdbc.sql("UPDATE service_item_version SET effective_to = :to WHERE id = :v").param("to", f.effectiveFrom())
                .param("v", last.versionId()).update();
        insertVersion(id, last.versionNo() + 1, f, me.username());
        searchChanges.changed(GuideSearchSource.TYPE, id);
        audit.record(AuditEntry.of("services.item.revised", TYPE, id, last.code() + " v" + (last.versionNo() + 1) + " "
                + f.effectiveFrom()));
    }

    /** Withdraws the item from {@code on}: the version in force ends that day and its guide leaves the portal. */
    @Transactional
    public void withdraw(long id, LocalDate on, Integer version) {
        CurrentUser me = requireManager();
        ItemDetails current = owned(id, me);
        if (current.withdrawnOn() != null) {
            throw UserFacingException.conflict("services.item.error.withdrawn");
        }
        ServiceItemView last = items.history(id).get(0);
        if (on == null || !on.isAfter(last.effectiveFrom())) {
            throw UserFacingException.badRequest("services.item.error.withdrawOn");
        }
        bump(id, version);
        jdbc.sql("UPDATE service_item_version SET effective_to = :to WHERE id = :v").param("to", on)
                .param("v", last.versionId()).update();
        jdbc.sql("UPDATE service_item SET withdrawn_on = :on WHERE id = :id").param("on", on).param("id", id).update();
        searchChanges.changed(GuideSearchSource.TYPE, id);
        audit.record(AuditEntry.of("services.item.withdrawn", TYPE, id, last.code() + " " + on));
    }

    /** Publishes the item's guide on the portal (today); a guide already published keeps its first date. */
    @Transactional
    public void publish(long id, Integer version) {
        CurrentUser me = requireManager();
        ItemDetails current = owned(id, me);
        if (current.withdrawnOn() != null) {
            throw UserFacingException.conflict("services.item.error.withdrawn");
        }
        if (current.publishedOn() != null) {
            throw UserFacingException.conflict("services.item.error.published");
        }
        bump(id, version);
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("UPDATE service_item SET published_on = :on WHERE id = :id").param("on", today).param("id", id).update();
        searchChanges.changed(GuideSearchSource.TYPE, id);
        audit.record(AuditEntry.of("services.item.published", TYPE, id, current.item().code() + " " + today));
    }

    /** The item (with its version in force today, or its last) if the caller may see it; else not found. */
    public ItemDetails visible(long id) {
        ItemDetails d = items.details(id, LocalDate.now(clock))
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        if (!currentUsers.require().scope().covers(d.item().unitId(), d.item().regionCode())) {
            throw UserFacingException.notFound("error.notFound");
        }
        return d;
    }

    /** Whether the caller may keep this item. */
    public boolean canManage(ItemDetails d) {
        CurrentUser me = currentUsers.require();
        return me.can(ServicesPermissions.MANAGE) && me.scope().covers(d.item().unitId(), d.item().regionCode());
    }

    private ItemDetails owned(long id, CurrentUser me) {
        ItemDetails d = visible(id);
        if (!me.scope().covers(d.item().unitId(), d.item().regionCode())) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        return d;
    }

    private CurrentUser requireManager() {
        CurrentUser me = currentUsers.require();
        if (!me.can(ServicesPermissions.MANAGE)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        return me;
    }

    private void check(ItemForm f, LocalDate previousFrom) {
        boolean named = f.powerCode() != null && !f.powerCode().isBlank();
        boolean inForce = named && responsibilities.inForce(f.powerCode().strip(), f.effectiveFrom()).isPresent();
        ItemRules.broken(f, inForce, previousFrom).ifPresent(key -> {
            throw UserFacingException.badRequest(key);
        });
    }

    private void bump(long id, Integer version) {
        int n = jdbc.sql("UPDATE service_item SET version = version + 1 WHERE id = :id AND version = :v").param("id", id)
                .param("v", version == null ? -1 : version).update();
        if (n != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
    }

    private void insertVersion(long itemId, int no, ItemForm f, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO service_item_version (item_id, version_no, effective_from, name, item_type, basis, level, "
                        + "delegated, delegated_on, legal_days, promised_days, joint, online, power_code, legal_article, "
                        + "conditions, fees, places, change_note, created_at, created_by) VALUES (:item, :no, :from, :name, "
                        + ":type, :basis, :level, :delegated, :delegatedOn, :legal, :promised, :joint, :online, :power, "
                        + ":article, :conditions, :fees, :places, :note, :at, :by)")
                .param("item", itemId).param("no", no).param("from", f.effectiveFrom()).param("name", f.name().strip())
                .param("type", f.type().name()).param("basis", f.basis().strip()).param("level", f.level().name())
                .param("delegated", f.delegated()).param("delegatedOn", f.delegatedOn()).param("legal", f.legalDays())
                .param("promised", f.promisedDays()).param("joint", f.joint()).param("online", f.online())
                .param("power", blank(f.powerCode())).param("article", blank(f.legalArticle()))
                .param("conditions", blank(f.conditions())).param("fees", blank(f.fees()))
                .param("places", blank(f.places())).param("note", blank(f.changeNote())).param("at", now())
                .param("by", by).update(key, "id");
        long versionId = key.getKey().longValue();
        List<ItemMaterial> materials = f.materialList();
        for (ItemMaterial m : materials) {
            jdbc.sql("INSERT INTO service_item_material (version_id, position, name, form, copies, required) VALUES (:v, "
                            + ":p, :n, :f, :c, :r)")
                    .param("v", versionId).param("p", m.position()).param("n", m.name()).param("f", m.form())
                    .param("c", m.copies()).param("r", m.required()).update();
        }
    }

    private String nextCode(UnitView unit) {
        long n = jdbc.sql("SELECT COUNT(*) FROM service_item WHERE unit_id = :u").param("u", unit.id()).query(Long.class)
                .single();
        String code;
        do {
            n++;
            code = unit.code() + "-" + String.format("%03d", n);
        } while (jdbc.sql("SELECT COUNT(*) FROM service_item WHERE code = :c").param("c", code).query(Long.class)
                .single() > 0);
        return code;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
