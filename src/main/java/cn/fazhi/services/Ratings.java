package cn.fazhi.services;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.calendar.PeriodUnit;
import cn.fazhi.cases.CaseSteps;
import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.cases.TrackingReceipts;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.rectification.Problems;
import cn.fazhi.rectification.ProblemView;
import cn.fazhi.rectification.RaiseProblem;

/**
 * 好差评 (国办发〔2019〕51号: 一次一评、一事一评): a finished application is rated once, 1 (非常不满意) … 5 (非常满意). A bad
 * rating (score ≤ {@code bad-score}) under the applicant's real name gets a return visit within {@code visit-days}
 * working days and a rectification raised at once through the rectification machinery (issued by 区政务服务局, unit
 * 13, to the responsible department; linked both ways). The periods are settings: the national one is not confirmed
 * (LEGAL-RULES-2 §8).
 */
@Service
public class Ratings {

    /** 区政务服务局: issues the rectifications of bad ratings and accepts them. */
    public static final long ISSUER_UNIT = 13L;
    public static final List<String> CHANNELS = List.of("WINDOW", "ONLINE", "SELF_SERVICE", "SMS", "HOTLINE");

    /** A rating as shown. */
    public record RatingView(long id, long applicationId, String caseNumber, int score, boolean bad, String channel,
            boolean realName, String comment, LocalDate ratedOn, LocalDate visitDue, LocalDate visitedOn,
            String visitNote, Long problemId) {}

    private final JdbcClient jdbc;
    private final Applications applications;
    private final ApplicationRepository store;
    private final CaseSteps steps;
    private final CaseTimeline timeline;
    private final TrackingReceipts receipts;
    private final Problems problems;
    private final LegalCalendar calendar;
    private final AuditTrail audit;
    private final Caller caller;
    private final ApplicationProperties settings;
    private final Clock clock;

    Ratings(JdbcClient jdbc, Applications applications, ApplicationRepository store, CaseSteps steps,
            CaseTimeline timeline, TrackingReceipts receipts, Problems problems, LegalCalendar calendar, AuditTrail audit,
            Caller caller, ApplicationProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.store = store;
        this.steps = steps;
        this.timeline = timeline;
        this.receipts = receipts;
        this.problems = problems;
        this.calendar = calendar;
        this.audit = audit;
        this.caller = caller;
        this.settings = settings;
        this.clock = clock;
    }

    /** Rated at the window or on a pad by staff who may see the application. */
    @Transactional
    public RatingView rate(long applicationId, ApplicationCommands.Rate c) {
        steps.load(store, applicationId);
        if (!caller.can(ApplicationPermissions.INTAKE) && !caller.can(ApplicationPermissions.HANDLE)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        return record(applicationId, c, LocalDate.now(clock));
    }

    /** Rated by the applicant on the portal with the tracking receipt. */
    @Transactional
    public RatingView rateByReceipt(String code, String secret, ApplicationCommands.Rate c) {
        long id = receipts.open(Applications.CASE_TYPE, code, secret);
        ApplicationCommands.Rate online = c == null ? null
                : new ApplicationCommands.Rate(c.score(), "ONLINE", c.realName(), c.comment());
        return record(id, online, LocalDate.now(clock));
    }

    /** Records a rating on {@code on} (also the demo year's). */
    RatingView record(long applicationId, ApplicationCommands.Rate c, LocalDate on) {
        if (c == null || c.score() == null || c.score() < 1 || c.score() > 5) {
            throw UserFacingException.badRequest("services.rating.error.score");
        }
        String channel = c.channel() == null || c.channel().isBlank() ? "WINDOW" : c.channel().strip();
        if (!CHANNELS.contains(channel)) {
            throw UserFacingException.badRequest("services.rating.error.channel");
        }
        String comment = c.comment() == null || c.comment().isBlank() ? null : c.comment().strip();
        if (comment != null && comment.length() > 1000) {
            throw UserFacingException.badRequest("services.application.error.tooLong", 1000);
        }
        ApplicationView a = applications.find(applicationId);
        if (!a.status().finished()) {
            throw UserFacingException.conflict("services.rating.error.notFinished");
        }
        if (find(applicationId).isPresent()) {
            throw UserFacingException.conflict("services.rating.error.once");
        }
        if (a.decidedOn() != null && on.isBefore(a.decidedOn())) {
            throw UserFacingException.badRequest("services.application.error.beforeStart", a.decidedOn());
        }
        boolean realName = c.realName() == null || c.realName();
        boolean bad = c.score() <= settings.badScore();
        LocalDate visitDue = bad && realName
                ? calendar.deadline(on, settings.visitDays(), PeriodUnit.WORKING_DAYS).deadline() : null;
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO service_rating (application_id, score, channel, real_name, comment, rated_on, unit_id, "
                        + "region_code, visit_due, created_at) VALUES (:a, :s, :c, :rn, :cm, :on, :u, :r, :due, :at)")
                .param("a", applicationId).param("s", c.score()).param("c", channel).param("rn", realName)
                .param("cm", comment).param("on", on).param("u", a.unitId()).param("r", a.regionCode())
                .param("due", visitDue).param("at", OffsetDateTime.now(clock)).update(keys, "id");
        long ratingId = keys.getKeyAs(Long.class);
        timeline.record(Applications.ref(applicationId), "rated", Integer.toString(c.score()));
        audit.record(AuditEntry.of("services.rating.recorded", Applications.CASE_TYPE, applicationId,
                a.caseNumber() + " " + c.score()));
        if (bad && realName) {
            ProblemView p = problems.raise(new RaiseProblem(Applications.CASE_TYPE, applicationId, a.caseNumber(),
                    "/services/applications/" + applicationId,
                    "好差评实名差评（" + c.score() + "分）：" + a.itemName() + (comment == null ? "" : "。评价内容：" + comment),
                    "国办发〔2019〕51号 差评整改", a.unitId(), ISSUER_UNIT, on,
                    on.plusDays(settings.rectifyDays())));
            jdbc.sql("UPDATE service_rating SET problem_id = :p WHERE id = :id").param("p", p.id()).param("id", ratingId)
                    .update();
        }
        return find(applicationId).orElseThrow();
    }

    /** The return visit after a bad rating with a real name, recorded once. */
    @Transactional
    public RatingView visit(long applicationId, ApplicationCommands.Visit c) {
        steps.load(store, applicationId);
        if (!caller.can(ApplicationPermissions.HANDLE) && !caller.can(ApplicationPermissions.INTAKE)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        RatingView r = find(applicationId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        if (r.visitDue() == null) {
            throw UserFacingException.conflict("services.rating.error.noVisit");
        }
        if (r.visitedOn() != null) {
            throw UserFacingException.conflict("services.rating.error.visited");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = c == null || c.on() == null ? today : c.on();
        if (on.isAfter(today) || on.isBefore(r.ratedOn())) {
            throw UserFacingException.badRequest("services.application.error.beforeStart", r.ratedOn());
        }
        String note = Application.required(c == null ? null : c.note(), 2000, "services.rating.error.visitNote");
        jdbc.sql("UPDATE service_rating SET visited_on = :on, visit_note = :n WHERE id = :id").param("on", on)
                .param("n", note).param("id", r.id()).update();
        timeline.record(Applications.ref(applicationId), "visited", note);
        audit.record(AuditEntry.of("services.rating.visited", Applications.CASE_TYPE, applicationId, r.caseNumber()));
        return find(applicationId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<RatingView> find(long applicationId) {
        return jdbc.sql("SELECT r.*, a.case_number FROM service_rating r JOIN service_application a ON a.id = r.application_id "
                        + "WHERE r.application_id = :a")
                .param("a", applicationId)
                .query((rs, n) -> new RatingView(rs.getLong("id"), rs.getLong("application_id"),
                        rs.getString("case_number"), rs.getInt("score"), rs.getInt("score") <= settings.badScore(),
                        rs.getString("channel"), rs.getBoolean("real_name"), rs.getString("comment"),
                        rs.getObject("rated_on", LocalDate.class), rs.getObject("visit_due", LocalDate.class),
                        rs.getObject("visited_on", LocalDate.class), rs.getString("visit_note"),
                        rs.getObject("problem_id", Long.class)))
                .optional();
    }
}
