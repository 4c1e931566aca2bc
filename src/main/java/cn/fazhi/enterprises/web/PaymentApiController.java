package cn.fazhi.enterprises.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.enterprises.PaymentCommands;
import cn.fazhi.enterprises.PaymentPublications;
import cn.fazhi.enterprises.PaymentRecords;
import cn.fazhi.enterprises.PaymentView;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** SME payments and their annual publication over REST: the same permissions, scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1/enterprises/payments")
@Tag(name = "企业解忧码：中小企业款项支付")
@PreAuthorize("hasAuthority('enterprises:view')")
class PaymentApiController {

    /** Which body's figures of which year to publish. */
    record Publish(Long unitId, Integer year) {}

    private final PaymentRecords payments;
    private final PaymentPublications publications;
    private final CurrentUsers currentUsers;

    PaymentApiController(PaymentRecords payments, PaymentPublications publications, CurrentUsers currentUsers) {
        this.payments = payments;
        this.publications = publications;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    @Operation(summary = "查询中小企业款项", description = "本单位（营商环境专员为全区）；可按合同或企业检索、付款单位、是否逾期、到期年度筛选；含逾期天数与逾期利息")
    Paged<PaymentView> search(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "unitId", required = false) Long unitId,
            @RequestParam(name = "overdue", required = false) Boolean overdue,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw UserFacingException.badRequest("enterprises.error.paging");
        }
        return payments.search(new PaymentCommands.Query(q, unitId, overdue, year), currentUsers.require().scope(), page,
                size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看一笔款项")
    PaymentView get(@PathVariable long id) {
        return payments.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyAuthority('enterprises:handle', 'enterprises:dispatch')")
    @Operation(summary = "登记应付中小企业款项", description = "付款期限默认30日，合同约定最长60日（条例第9条）；验收的自验收合格之日起算（第10条）；合同约定年利率（%），未约定按每日万分之五计逾期利息（第17条）")
    PaymentView record(@RequestBody(required = false) PaymentCommands.Record c) {
        return payments.record(c);
    }

    @PostMapping("/{id}/paid")
    @PreAuthorize("hasAnyAuthority('enterprises:handle', 'enterprises:dispatch')")
    @Operation(summary = "登记已付款", description = "付款日期与金额（可部分支付）")
    PaymentView paid(@PathVariable long id, @RequestBody(required = false) PaymentCommands.Pay c) {
        return payments.pay(id, c);
    }

    @GetMapping("/publications/{year}")
    @Operation(summary = "年度逾期账款公示", description = "条例第18条：各单位上年末逾期未支付的合同数量与金额（已公示）")
    List<PaymentPublications.Figures> published(@PathVariable int year) {
        return publications.published(year);
    }

    @GetMapping("/publications/{year}/missing")
    @Operation(summary = "未按时公示的单位", description = "本人范围内有款项记录但尚未公示该年度的单位，及其当前数字")
    List<PaymentPublications.Figures> missing(@PathVariable int year) {
        if (year < 2000 || year > 9999) {
            throw UserFacingException.badRequest("enterprises.publication.error.year");
        }
        return publications.missing(year, currentUsers.require().scope());
    }

    @PostMapping("/publications")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyAuthority('enterprises:handle', 'enterprises:dispatch')")
    @Operation(summary = "公示年度逾期账款", description = "本单位或（营商环境专员）任一单位；每单位每年一次，数字冻结")
    PaymentPublications.Figures publish(@RequestBody(required = false) Publish c) {
        if (c == null || c.unitId() == null || c.year() == null) {
            throw UserFacingException.badRequest("enterprises.publication.error.year");
        }
        return publications.publish(c.unitId(), c.year());
    }
}
