package cn.fazhi.enterprises;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.rectification.ProblemView;
import cn.fazhi.rectification.Problems;
import cn.fazhi.rectification.RaiseProblem;

/**
 * The desk's rating service: the enterprise verified through its desk code rates each finished item of its desk
 * ({@link DeskItems}) once, and the desk service in general once a year, 1 (very dissatisfied) … 5 (very satisfied)
 * with a comment. A score at or below {@code bad-score} (a setting: no national rule for enterprise desks) raises a
 * rectification problem at the unit responsible for the item (the lead unit for the service in general), issued by the
 * lead unit, linked to the rating.
 */
@Service
public class DeskRatings {

    /** The case type of the service in general (its item id is the year). */
    public static final String GENERAL = "desk";
    static final String TYPE = "enterprise_rating";

    /** A rating as shown. */
    public record Rating(long id, String caseType, long itemId, String caseNumber, String unitName, int score,
            String comment, LocalDate ratedOn, Long problemId) {}

    private final JdbcClient jdbc;
    private final List<DeskItems> items;
    private final Problems problems;
    private final Units units;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final EnterpriseDeskProperties settings;
    private final Clock clock;

    DeskRatings(JdbcClient jdbc, List<DeskItems> items, Problems problems, Units units, AuditTrail audit,
            MessageSource messages, EnterpriseDeskProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.items = items;
        this.problems = problems;
        this.units = units;
        this.audit = audit;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    /** Every item of the enterprise from every contributing part, newest first. */
    public List<DeskItem> itemsOf(long enterpriseId) {
        return items.stream().flatMap(s -> s.of(enterpriseId).stream())
                .sorted(java.util.Comparator.comparing(DeskItem::on, java.util.Comparator.nullsLast(
                        java.util.Comparator.reverseOrder())))
                .toList();
    }

    /**
     * Rates an item of {@code enterprise} ({@code caseType}/{@code itemId} one of its finished desk items) or, with
     * {@code caseType} {@value #GENERAL}, the desk service in general this year.
     */
    @Transactional
    public Rating rate(EnterpriseView enterprise, String caseType, long itemId, Integer score, String comment) {
        if (score == null || score < 1 || score > 5) {
            throw UserFacingException.badRequest("enterprises.rating.error.score");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > 1000) {
            throw UserFacingException.badRequest("enterprises.rating.error.comment", 1000);
        }
        LocalDate today = LocalDate.now(clock);
        long unitId;
        String number;
        String title;
        long key;
        if (GENERAL.equals(caseType)) {
            unitId = settings.leadUnitId();
            number = null;
            title = messages.getMessage("enterprises.rating.general", null, Locale.SIMPLIFIED_CHINESE);
            key = today.getYear();
        } else {
            DeskItem item = itemsOf(enterprise.id()).stream()
                    .filter(i -> i.caseType().equals(caseType) && i.id() == itemId).findFirst()
                    .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
            if (!item.finished()) {
                throw UserFacingException.conflict("enterprises.rating.error.notFinished");
            }
            unitId = item.unitId() == null ? settings.leadUnitId() : item.unitId();
            number = item.caseNumber();
            title = item.title();
            key = itemId;
        }
        if (find(enterprise.id(), caseType, key).isPresent()) {
            throw UserFacingException.conflict("enterprises.rating.error.once");
        }
        UnitView unit = units.find(unitId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO enterprise_desk_rating (enterprise_id, case_type, item_id, case_number, unit_id, score, "
                        + "comment, rated_on, created_at) VALUES (:e, :t, :i, :n, :u, :s, :c, :on, :at)")
                .param("e", enterprise.id()).param("t", caseType).param("i", key).param("n", number)
                .param("u", unit.id()).param("s", score).param("c", text).param("on", today)
                .param("at", OffsetDateTime.now(clock)).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        audit.record(AuditEntry.of("enterprises.rating.recorded", TYPE, id,
                enterprise.uscc() + " " + caseType + " " + key + " " + score));
        if (score <= settings.badScore()) {
            String label = (number == null ? title : number) + " / " + enterprise.name();
            ProblemView p = problems.raise(new RaiseProblem(TYPE, id, label, "/enterprises/register/" + enterprise.id(),
                    messages.getMessage("enterprises.rating.finding", new Object[] {score, enterprise.name(), title,
                        text == null ? "-" : text}, Locale.SIMPLIFIED_CHINESE),
                    messages.getMessage("enterprises.rating.rule", null, Locale.SIMPLIFIED_CHINESE), unit.id(),
                    settings.leadUnitId(), today, today.plusDays(settings.rectifyDays())));
            jdbc.sql("UPDATE enterprise_desk_rating SET problem_id = :p WHERE id = :id").param("p", p.id())
                    .param("id", id).update();
        }
        return find(enterprise.id(), caseType, key).orElseThrow();
    }

    /** The enterprise's ratings, newest first. */
    @Transactional(readOnly = true)
    public List<Rating> of(long enterpriseId) {
        return jdbc.sql("SELECT r.*, u.name AS unit_name FROM enterprise_desk_rating r JOIN unit u ON u.id = r.unit_id "
                        + "WHERE r.enterprise_id = :e ORDER BY r.rated_on DESC, r.id DESC")
                .param("e", enterpriseId).query((rs, n) -> map(rs)).list();
    }

    Optional<Rating> find(long enterpriseId, String caseType, long itemId) {
        return jdbc.sql("SELECT r.*, u.name AS unit_name FROM enterprise_desk_rating r JOIN unit u ON u.id = r.unit_id "
                        + "WHERE r.enterprise_id = :e AND r.case_type = :t AND r.item_id = :i")
                .param("e", enterpriseId).param("t", caseType).param("i", itemId).query((rs, n) -> map(rs)).optional();
    }

    /** Whether the desk service in general was rated this year. */
    public boolean generalRatedThisYear(long enterpriseId) {
        return find(enterpriseId, GENERAL, LocalDate.now(clock).getYear()).isPresent();
    }

    private static Rating map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Rating(rs.getLong("id"), rs.getString("case_type"), rs.getLong("item_id"),
                rs.getString("case_number"), rs.getString("unit_name"), rs.getInt("score"), rs.getString("comment"),
                rs.getObject("rated_on", LocalDate.class), (Long) rs.getObject("problem_id", Long.class));
    }
}
