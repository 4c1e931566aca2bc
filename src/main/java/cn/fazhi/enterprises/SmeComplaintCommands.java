package cn.fazhi.enterprises;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What pages and the API send to {@link SmeComplaints}. */
public final class SmeComplaintCommands {

    private SmeComplaintCommands() {}

    /**
     * A complaint: the district body that owes the payment, the amount (yuan), the day it was due, the contract's
     * reference, what happened; {@code uscc} the enterprise when the desk files on its behalf; {@code receivedOn} (desk
     * only; default today).
     */
    public record File(@Size(max = 18, message = "{enterprises.requests.validation.uscc}") String uscc,
            Long respondentUnitId, BigDecimal amount, @DateTimeFormat(iso = ISO.DATE) LocalDate paymentDue,
            @Size(max = 100, message = "{enterprises.complaints.validation.contractTooLong}") String contractRef,
            @Size(max = 4000, message = "{enterprises.requests.validation.textTooLong}") String content,
            @DateTimeFormat(iso = ISO.DATE) LocalDate receivedOn) {}

    /**
     * A step: {@code unitId} the handling body (transfer); {@code reason} why it is refused or extended;
     * {@code approver} the head who approved the extension, {@code extendTo} its new due day; {@code text} the 督办 note
     * or the written result; {@code on} the business date; {@code version} the one read.
     */
    public record Step(Long unitId,
            @Size(max = 1000, message = "{enterprises.requests.validation.reasonTooLong}") String reason,
            @Size(max = 100, message = "{enterprises.complaints.validation.approverTooLong}") String approver,
            @DateTimeFormat(iso = ISO.DATE) LocalDate extendTo,
            @Size(max = 4000, message = "{enterprises.requests.validation.textTooLong}") String text,
            @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @NotNull(message = "{enterprises.requests.validation.versionRequired}") Integer version) {}

    /** The list's filters: keyword (number, content, enterprise), status, year received. */
    public record Query(@Size(max = 100, message = "{enterprises.requests.validation.keywordTooLong}") String q,
            SmeComplaintStatus status, Integer year) {

        public static Query none() {
            return new Query(null, null, null);
        }
    }
}
