package cn.fazhi.services;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The partner regions of 跨域通办 and the items agreed with each (dated): read by everyone with {@code services:view};
 * an item is agreed by a keeper of that item ({@code services:manage} within scope), on a day not before the partner's
 * framework agreement, once per partner.
 */
@Service
public class PartnerRegions {

    /** A partner region with the number of items agreed with it. */
    public record Partner(long id, String name, String province, String regionCode, LocalDate agreedOn, long items) {}

    /** An item agreed with a partner. */
    public record PartnerItem(long itemId, String code, String name, String unitName, LocalDate agreedOn) {}

    private final JdbcClient jdbc;
    private final ServiceItems items;
    private final CurrentUsers currentUsers;
    private final AuditTrail audit;
    private final Clock clock;

    PartnerRegions(JdbcClient jdbc, ServiceItems items, CurrentUsers currentUsers, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.items = items;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Partner> partners() {
        return jdbc.sql("SELECT p.id, p.name, p.province, p.region_code, p.agreed_on, (SELECT COUNT(*) FROM partner_item x "
                        + "WHERE x.partner_id = p.id AND x.withdrawn_on IS NULL) AS n FROM partner_region p ORDER BY p.agreed_on, p.id")
                .query((rs, n) -> new Partner(rs.getLong("id"), rs.getString("name"), rs.getString("province"),
                        rs.getString("region_code"), rs.getObject("agreed_on", LocalDate.class), rs.getLong("n")))
                .list();
    }

    public Partner partner(long id) {
        return partners().stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    /** The items agreed with the partner, with their version in force today. */
    public List<PartnerItem> items(long partnerId) {
        return jdbc.sql("SELECT i.id, i.code, v.name, u.name AS unit_name, x.agreed_on FROM partner_item x "
                        + "JOIN service_item i ON i.id = x.item_id JOIN unit u ON u.id = i.unit_id "
                        + "JOIN service_item_version v ON v.item_id = i.id AND v.effective_from <= :on "
                        + "AND (v.effective_to IS NULL OR v.effective_to > :on) "
                        + "WHERE x.partner_id = :p AND x.withdrawn_on IS NULL ORDER BY x.agreed_on, i.code")
                .param("p", partnerId).param("on", LocalDate.now(clock))
                .query((rs, n) -> new PartnerItem(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("unit_name"), rs.getObject("agreed_on", LocalDate.class)))
                .list();
    }

    /** Agrees the item with this code with the partner from {@code on}. */
    @Transactional
    public void agree(long partnerId, String code, LocalDate on) {
        CurrentUser me = currentUsers.require();
        if (!me.can(ServicesPermissions.MANAGE)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        Partner p = partner(partnerId);
        if (on == null || on.isBefore(p.agreedOn())) {
            throw UserFacingException.badRequest("services.partner.error.date", p.agreedOn());
        }
        ServiceItemView item = items.findByCode(code == null ? "" : code.strip(), on)
                .orElseThrow(() -> UserFacingException.badRequest("services.partner.error.item"));
        if (!me.scope().covers(item.unitId(), item.regionCode())) {
            throw UserFacingException.badRequest("services.partner.error.item");
        }
        if (jdbc.sql("SELECT COUNT(*) FROM partner_item WHERE partner_id = :p AND item_id = :i").param("p", partnerId)
                .param("i", item.id()).query(Long.class).single() > 0) {
            throw UserFacingException.conflict("services.partner.error.twice");
        }
        jdbc.sql("INSERT INTO partner_item (partner_id, item_id, agreed_on, created_at, created_by) VALUES (:p, :i, :on, "
                        + ":at, :by)")
                .param("p", partnerId).param("i", item.id()).param("on", on).param("at", OffsetDateTime.now(clock))
                .param("by", me.username()).update();
        audit.record(AuditEntry.of("services.partner.agreed", "partner_region", partnerId, item.code() + " " + on));
    }
}
