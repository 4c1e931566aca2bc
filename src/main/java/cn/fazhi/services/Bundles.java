package cn.fazhi.services;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;

/**
 * 一件事 bundles (国发〔2024〕3号 "高效办成一件事"): several items behind one form and one set of materials. Applying
 * to a bundle creates one application per item, each handled in parallel by its own department on its own clocks;
 * the combined answer is given when all of them are finished.
 */
@Service
public class Bundles {

    /** A bundle with its items (names as in force today). */
    public record BundleView(long id, String code, String name, String description, long unitId, List<Long> itemIds,
            List<String> itemNames) {}

    /** A bundle to keep: at least two distinct items in force. */
    public record CreateBundle(String code, String name, String description, List<Long> itemIds) {}

    /** An application to a bundle: the applicant and the materials once, for all items. */
    public record BundleApply(String channel, String applicantKind, String applicantName, String applicantId, String phone,
            String agentName, String agentId, List<String> materials) {}

    /** The combined answer: every application of the bundle, and whether all are finished. */
    public record Answer(long id, long bundleId, String bundleName, String applicantName, LocalDate receivedOn,
            List<ApplicationView> applications, boolean complete) {}

    private final JdbcClient jdbc;
    private final Applications applications;
    private final ServiceItems items;
    private final Caller caller;
    private final AuditTrail audit;
    private final Clock clock;

    Bundles(JdbcClient jdbc, Applications applications, ServiceItems items, Caller caller, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.items = items;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public BundleView create(CreateBundle c) {
        if (!caller.can(ApplicationPermissions.MANAGE) || caller.scope() == null) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        String code = Application.required(c == null ? null : c.code(), 64, "services.bundle.error.code");
        String name = Application.required(c.name(), 200, "services.bundle.error.name");
        LinkedHashSet<Long> ids = new LinkedHashSet<>(c.itemIds() == null ? List.of() : c.itemIds());
        ids.remove(null);
        if (ids.size() < 2) {
            throw UserFacingException.badRequest("services.bundle.error.items");
        }
        LocalDate today = LocalDate.now(clock);
        for (long id : ids) {
            items.find(id, today).orElseThrow(() -> UserFacingException.badRequest("services.application.error.item"));
        }
        if (jdbc.sql("SELECT COUNT(*) FROM service_bundle WHERE code = :c").param("c", code).query(Long.class).single() > 0) {
            throw UserFacingException.conflict("services.bundle.error.codeTaken");
        }
        String description = c.description() == null || c.description().isBlank() ? null : c.description().strip();
        if (description != null && description.length() > 2000) {
            throw UserFacingException.badRequest("services.application.error.tooLong", 2000);
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO service_bundle (code, name, description, unit_id, created_at, created_by) "
                        + "VALUES (:c, :n, :d, :u, :at, :by)")
                .param("c", code).param("n", name).param("d", description).param("u", caller.scope().unitId())
                .param("at", OffsetDateTime.now(clock)).param("by", Actors.current()).update(key, "id");
        long id = key.getKeyAs(Long.class);
        int order = 0;
        for (long item : ids) {
            jdbc.sql("INSERT INTO service_bundle_item (bundle_id, item_id, sort_order) VALUES (:b, :i, :o)").param("b", id)
                    .param("i", item).param("o", order++).update();
        }
        audit.record(AuditEntry.of("services.bundle.created", "service_bundle", id, code + " " + name));
        return find(id);
    }

    @Transactional(readOnly = true)
    public List<BundleView> all() {
        return jdbc.sql("SELECT id FROM service_bundle WHERE active ORDER BY code").query(Long.class).list().stream()
                .map(this::find).toList();
    }

    @Transactional(readOnly = true)
    public BundleView find(long id) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("SELECT * FROM service_bundle WHERE id = :id").param("id", id).query((rs, n) -> {
            List<Long> ids = jdbc.sql("SELECT item_id FROM service_bundle_item WHERE bundle_id = :b ORDER BY sort_order")
                    .param("b", id).query(Long.class).list();
            List<String> names = ids.stream().map(i -> items.find(i, today).map(ServiceItemView::name).orElse("—")).toList();
            return new BundleView(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("description"),
                    rs.getLong("unit_id"), ids, names);
        }).optional().orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    /** Received at the window: one application per item, all or nothing. */
    @Transactional
    public Answer apply(long bundleId, BundleApply c) {
        if (!caller.can(ApplicationPermissions.INTAKE) || caller.scope() == null) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        BundleView b = find(bundleId);
        if (c == null) {
            throw UserFacingException.badRequest("services.application.error.applicantName");
        }
        LocalDate today = LocalDate.now(clock);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO service_bundle_application (bundle_id, applicant_name, received_on, created_at) "
                        + "VALUES (:b, :n, :on, :at)")
                .param("b", bundleId).param("n", c.applicantName() == null ? "" : c.applicantName().strip())
                .param("on", today).param("at", OffsetDateTime.now(clock)).update(key, "id");
        long answerId = key.getKeyAs(Long.class);
        List<Long> created = new ArrayList<>();
        for (long item : b.itemIds()) {
            ApplicationView v = applications.receive(new ApplicationCommands.Receive(item, c.channel(), c.applicantKind(),
                    c.applicantName(), c.applicantId(), c.phone(), c.agentName(), c.agentId(), c.materials(), today, null,
                    null));
            created.add(v.id());
        }
        jdbc.sql("UPDATE service_bundle_application SET applicant_name = :n WHERE id = :id")
                .param("n", c.applicantName().strip()).param("id", answerId).update();
        for (long id : created) {
            jdbc.sql("UPDATE service_application SET bundle_application_id = :b WHERE id = :id").param("b", answerId)
                    .param("id", id).update();
        }
        audit.record(AuditEntry.of("services.bundle.applied", "service_bundle", bundleId, b.code() + " → " + created.size()));
        return answer(answerId);
    }

    /** The combined answer, if the caller may read at least one of its applications (else 404). */
    @Transactional
    public Answer answer(long answerId) {
        List<Long> ids = jdbc.sql("SELECT id FROM service_application WHERE bundle_application_id = :b ORDER BY id")
                .param("b", answerId).query(Long.class).list();
        List<ApplicationView> list = new ArrayList<>();
        for (long id : ids) {
            if (applications.readable(id)) {
                list.add(applications.get(id));
            }
        }
        if (list.isEmpty()) {
            throw UserFacingException.notFound("error.notFound");
        }
        boolean complete = list.size() == ids.size() && list.stream().allMatch(a -> a.status().finished());
        return jdbc.sql("SELECT a.*, b.name FROM service_bundle_application a JOIN service_bundle b ON b.id = a.bundle_id "
                        + "WHERE a.id = :id").param("id", answerId)
                .query((rs, n) -> new Answer(rs.getLong("id"), rs.getLong("bundle_id"), rs.getString("name"),
                        rs.getString("applicant_name"), rs.getObject("received_on", LocalDate.class), list, complete))
                .single();
    }
}
