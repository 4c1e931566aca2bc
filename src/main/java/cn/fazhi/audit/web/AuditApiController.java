package cn.fazhi.audit.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.audit.AuditQuery;
import cn.fazhi.audit.AuditRecord;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.audit.ChainVerification;
import cn.fazhi.audit.ChainWatch;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The audit trail over the API. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "audit")
class AuditApiController {

    private final AuditTrail trail;
    private final ChainWatch watch;

    AuditApiController(AuditTrail trail, ChainWatch watch) {
        this.trail = trail;
        this.watch = watch;
    }

    @GetMapping("/events")
    @PreAuthorize("hasAuthority('audit:log:view')")
    List<AuditRecord> events(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String targetType, @RequestParam(required = false) String targetId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return trail.search(new AuditQuery(actor, action, targetType, targetId, from, to, page, size));
    }

    @GetMapping("/verification")
    @PreAuthorize("hasAuthority('audit:log:verify')")
    @io.swagger.v3.oas.annotations.Operation(summary = "Verify the audit chain now",
            description = "Verifies every row's keyed hash and the checkpoints outside the database; the result is kept "
                    + "and audited, and a broken chain raises the alarm on the administrators' home page.")
    ChainVerification verify() {
        return watch.run("api");
    }
}
