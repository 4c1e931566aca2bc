package cn.fazhi.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.platform.web.UserFacingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * The four lenient lists of 包容审慎监管 (不予处罚 / 从轻处罚 / 减轻处罚 / 不予实施行政强制措施; 行政处罚法 Arts. 32, 33 — 首违不罚
 * in Art. 33(1): "初次违法且危害后果轻微并及时改正的，可以不予行政处罚"; 行政强制法 Art. 16(2)), their items and publication, and
 * {@link #matches}: the items of the published lists a case matches, which the penalty case page shows the handler
 * before the decision (fragment {@code enforcement/discretion/lenient-flags}).
 */
@Service
public class LenientLists {

    private static final String ITEM = "SELECT id, kind, violation_code, violation_name, conditions, basis, "
            + "requires_first_offence, requires_harm_minor, requires_corrected FROM enforcement_lenient_item";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Validator validator;
    private final Clock clock;

    LenientLists(JdbcClient jdbc, AuditTrail audit, Validator validator, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    public List<LenientListView> lists() {
        return jdbc.sql("SELECT l.kind, l.edition, l.published, l.published_on, l.version, "
                        + "(SELECT COUNT(*) FROM enforcement_lenient_item i WHERE i.kind = l.kind) AS items "
                        + "FROM enforcement_lenient_list l")
                .query((rs, n) -> new LenientListView(LenientKind.valueOf(rs.getString("kind")), rs.getString("edition"),
                        rs.getBoolean("published"), rs.getObject("published_on", LocalDate.class), rs.getInt("version"),
                        rs.getLong("items")))
                .list().stream().sorted(java.util.Comparator.comparing(LenientListView::kind)).toList();
    }

    public LenientListView list(LenientKind kind) {
        return lists().stream().filter(l -> l.kind() == kind).findFirst().orElseThrow();
    }

    /** The items of {@code kind}'s list whose violation code or name contains {@code q} (blank: all). */
    public List<LenientItemView> items(LenientKind kind, String q) {
        boolean search = q != null && !q.isBlank();
        return jdbc.sql(ITEM + " WHERE kind = :kind" + (search ? " AND (violation_code ILIKE :q OR violation_name ILIKE :q)"
                        : "") + " ORDER BY violation_code, id")
                .param("kind", kind.name())
                .params(search ? java.util.Map.of("q", "%" + q.strip().replace("%", "\\%").replace("_", "\\_") + "%")
                        : java.util.Map.of())
                .query(LenientLists::item).list();
    }

    /** The published lists with their items, for the portal. */
    public List<LenientItemView> publishedItems(LenientKind kind) {
        return list(kind).published() ? items(kind, null) : List.of();
    }

    @Transactional
    public LenientItemView add(LenientKind kind, LenientCommands.Item c, CurrentUser me) {
        validate(c);
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM enforcement_lenient_item WHERE kind = :k AND violation_code = :c")
                .param("k", kind.name()).param("c", c.violationCode().strip()).query(Long.class).single() > 0;
        if (exists) {
            throw UserFacingException.conflict("enforcement.discretion.lenient.duplicate", c.violationCode().strip());
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO enforcement_lenient_item (kind, violation_code, violation_name, conditions, basis, "
                        + "requires_first_offence, requires_harm_minor, requires_corrected, created_at, created_by) "
                        + "VALUES (:k, :code, :name, :cond, :basis, :first, :harm, :corrected, :now, :by)")
                .param("k", kind.name()).param("code", c.violationCode().strip()).param("name", c.violationName().strip())
                .param("cond", c.conditions().strip()).param("basis", c.basis().strip())
                .param("first", c.firstOffence()).param("harm", c.harmMinor())
                .param("corrected", c.corrected()).param("now", OffsetDateTime.now(clock))
                .param("by", me.username())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(AuditEntry.of("enforcement.lenient.item.added", "enforcement_lenient_item", id,
                kind + " " + c.violationCode().strip()));
        return jdbc.sql(ITEM + " WHERE id = :id").param("id", id).query(LenientLists::item).single();
    }

    @Transactional
    public void remove(LenientKind kind, long id) {
        int n = jdbc.sql("DELETE FROM enforcement_lenient_item WHERE id = :id AND kind = :k").param("id", id)
                .param("k", kind.name()).update();
        if (n == 0) {
            throw UserFacingException.notFound("enforcement.discretion.lenient.itemNotFound");
        }
        audit.record(AuditEntry.of("enforcement.lenient.item.removed", "enforcement_lenient_item", id, kind.name()));
    }

    /** Publishes {@code kind}'s list under an edition (an empty list cannot be published). */
    @Transactional
    public LenientListView publish(LenientKind kind, LenientCommands.Publish c) {
        validate(c);
        if (list(kind).items() == 0) {
            throw UserFacingException.badRequest("enforcement.discretion.lenient.empty");
        }
        int n = jdbc.sql("UPDATE enforcement_lenient_list SET published = TRUE, edition = :e, published_on = :on, "
                        + "version = version + 1 WHERE kind = :k AND version = :v")
                .param("e", c.edition().strip()).param("on", LocalDate.now(clock)).param("k", kind.name())
                .param("v", c.version()).update();
        if (n == 0) {
            throw UserFacingException.conflict("enforcement.discretion.version.stale");
        }
        audit.record(AuditEntry.of("enforcement.lenient.published", "enforcement_lenient_list", kind.name(),
                c.edition().strip()));
        return list(kind);
    }

    @Transactional
    public LenientListView withdraw(LenientKind kind) {
        jdbc.sql("UPDATE enforcement_lenient_list SET published = FALSE, version = version + 1 WHERE kind = :k")
                .param("k", kind.name()).update();
        audit.record(AuditEntry.of("enforcement.lenient.withdrawn", "enforcement_lenient_list", kind.name(), null));
        return list(kind);
    }

    /**
     * The items of the <b>published</b> lists for {@code violationCode} that a case with these facts matches: an item
     * matches when every condition it requires holds (首违 — first offence, 危害后果轻微 — minor harm, 及时改正 — corrected;
     * 行政处罚法 Art. 33). An item requiring none of them matches on the violation alone. The handler still decides:
     * 首违不罚 is "可以" (may), and the facts are the handler's.
     */
    public List<LenientMatch> matches(String violationCode, boolean firstOffence, boolean harmMinor, boolean corrected) {
        if (violationCode == null || violationCode.isBlank()) {
            return List.of();
        }
        List<LenientItemView> candidates = jdbc.sql(ITEM + " i WHERE i.violation_code = :code AND EXISTS (SELECT 1 FROM "
                        + "enforcement_lenient_list l WHERE l.kind = i.kind AND l.published = TRUE) ORDER BY i.kind, i.id")
                .param("code", violationCode.strip()).query(LenientLists::item).list();
        List<LenientMatch> matches = new ArrayList<>();
        for (LenientItemView item : candidates) {
            if ((item.requiresFirstOffence() && !firstOffence) || (item.requiresHarmMinor() && !harmMinor)
                    || (item.requiresCorrected() && !corrected)) {
                continue;
            }
            List<String> satisfied = new ArrayList<>();
            if (item.requiresFirstOffence()) {
                satisfied.add("enforcement.discretion.lenient.flag.firstOffence");
            }
            if (item.requiresHarmMinor()) {
                satisfied.add("enforcement.discretion.lenient.flag.harmMinor");
            }
            if (item.requiresCorrected()) {
                satisfied.add("enforcement.discretion.lenient.flag.corrected");
            }
            matches.add(new LenientMatch(item, List.copyOf(satisfied)));
        }
        return matches;
    }

    private void validate(Object command) {
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            String template = violations.stream().sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .findFirst().orElseThrow().getMessageTemplate();
            throw UserFacingException.badRequest(template.startsWith("{") ? template.substring(1, template.length() - 1)
                    : "enforcement.discretion.invalid");
        }
    }

    private static LenientItemView item(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new LenientItemView(rs.getLong("id"), LenientKind.valueOf(rs.getString("kind")),
                rs.getString("violation_code"), rs.getString("violation_name"), rs.getString("conditions"),
                rs.getString("basis"), rs.getBoolean("requires_first_offence"), rs.getBoolean("requires_harm_minor"),
                rs.getBoolean("requires_corrected"));
    }
}
