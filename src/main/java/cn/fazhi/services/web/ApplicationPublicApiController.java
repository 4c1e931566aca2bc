package cn.fazhi.services.web;

import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.platform.web.Paged;
import cn.fazhi.services.ApplicationCommands;
import cn.fazhi.services.ApplicationView;
import cn.fazhi.services.Applications;
import cn.fazhi.services.Ratings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The portal's applications: apply online, track with the receipt, rate once finished, the published overdue reasons. */
@RestController
@RequestMapping("/api/v1/public/services")
@Tag(name = "政务服务（公众）")
class ApplicationPublicApiController {

    private final Applications applications;
    private final Ratings ratings;

    ApplicationPublicApiController(Applications applications, Ratings ratings) {
        this.applications = applications;
        this.ratings = ratings;
    }

    /** What the applicant sees of an application: no personal numbers beyond the masked name. */
    record Tracked(String caseNumber, String itemName, String status, LocalDate receivedOn, LocalDate acceptedOn,
            boolean deemedAccepted, String correctionItems, LocalDate promisedDue, LocalDate legalDue,
            LocalDate decidedOn, String outcome, String refusalReason, String remedyNotice, LocalDate servedOn,
            boolean rateable) {

        static Tracked of(ApplicationView a, boolean rated) {
            return new Tracked(a.caseNumber(), a.itemName(), a.status().name(), a.receivedOn(), a.acceptedOn(),
                    a.deemedAccepted(), a.correctionItems(), a.promisedDue(), a.legalDue(), a.decidedOn(), a.outcome(),
                    a.refusalReason(), a.remedyNotice(), a.servedOn(), a.status().finished() && !rated);
        }
    }

    record Filed(String caseNumber, String code, String secret) {}

    record Track(String code, String secret) {}

    record RateByReceipt(String code, String secret, Integer score, Boolean realName, String comment) {}

    /** A published overdue reason. */
    record Overdue(String caseNumber, String itemName, String unitName, LocalDate promisedDue, LocalDate decidedOn,
            String reason, LocalDate publishedOn) {}

    @PostMapping("/applications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "网上申请", description = "仅限可网上办理的事项；返回办件编号和查询码、查询密码（只显示一次）")
    Filed apply(@RequestBody(required = false) ApplicationCommands.Receive c) {
        Applications.OnlineReceipt r = applications.receiveOnline(c);
        return new Filed(r.application().caseNumber(), r.code(), r.secret());
    }

    @PostMapping("/applications/track")
    @Operation(summary = "办件查询", description = "凭查询码和查询密码查看办理进度")
    Tracked track(@RequestBody(required = false) Track t) {
        ApplicationView a = applications.track(t == null ? null : t.code(), t == null ? null : t.secret());
        return Tracked.of(a, ratings.find(a.id()).isPresent());
    }

    @PostMapping("/applications/rating")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "好差评", description = "办结后凭查询码评价一次：score 1 非常不满意 … 5 非常满意")
    Tracked rate(@RequestBody(required = false) RateByReceipt r) {
        RateByReceipt b = r == null ? new RateByReceipt(null, null, null, null, null) : r;
        ratings.rateByReceipt(b.code(), b.secret(), new ApplicationCommands.Rate(b.score(), "ONLINE", b.realName(),
                b.comment()));
        ApplicationView a = applications.track(b.code(), b.secret());
        return Tracked.of(a, true);
    }

    @GetMapping("/overdue")
    @Operation(summary = "超承诺时限办件说明", description = "优化营商环境条例第三十六条：超过公布的承诺时限的，公开说明理由")
    Paged<Overdue> overdue(@RequestParam(name = "page", defaultValue = "0") int page) {
        Paged<ApplicationView> p = applications.publishedOverdue(page, 20);
        return new Paged<>(p.items().stream().map(a -> new Overdue(a.caseNumber(), a.itemName(), a.unitName(),
                a.promisedDue(), a.decidedOn(), a.overdueReason(), a.overduePublishedOn())).toList(), p.total(), p.page(),
                p.size());
    }
}
