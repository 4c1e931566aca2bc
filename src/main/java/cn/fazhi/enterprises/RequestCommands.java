package cn.fazhi.enterprises;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What pages and the API send to {@link EnterpriseRequests}. */
public final class RequestCommands {

    private RequestCommands() {}

    /**
     * A request: the category (a code of the settings' list), title and content; {@code uscc} names the enterprise when
     * the desk files on its behalf (ignored on the portal, where the verified enterprise files); {@code filedOn} the
     * day filed (desk only; default today, never in the future).
     */
    public record File(@Size(max = 18, message = "{enterprises.requests.validation.uscc}") String uscc,
            @Size(max = 32, message = "{enterprises.requests.validation.category}") String category,
            @Size(max = 200, message = "{enterprises.requests.validation.titleTooLong}") String title,
            @Size(max = 4000, message = "{enterprises.requests.validation.textTooLong}") String content,
            @DateTimeFormat(iso = ISO.DATE) LocalDate filedOn) {}

    /**
     * A step: {@code unitId} the unit routed to; {@code reason} why another unit than the first suggestion was chosen
     * (route) or why the request is returned; {@code text} the answer or the 督办 note; {@code rating} a code of the
     * scale and {@code text} its note (rate); {@code on} the business date (default today, never in the future);
     * {@code version} the one read.
     */
    public record Step(Long unitId,
            @Size(max = 1000, message = "{enterprises.requests.validation.reasonTooLong}") String reason,
            @Size(max = 4000, message = "{enterprises.requests.validation.textTooLong}") String text,
            @Size(max = 32, message = "{enterprises.requests.validation.rating}") String rating,
            @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @NotNull(message = "{enterprises.requests.validation.versionRequired}") Integer version) {}

    /** The list's filters: keyword (number, title, content, enterprise), status, category, unit, 督办, year filed. */
    public record Query(@Size(max = 100, message = "{enterprises.requests.validation.keywordTooLong}") String q,
            RequestStatus status, @Size(max = 32) String category, Long unitId, Boolean supervised, Integer year) {

        public static Query none() {
            return new Query(null, null, null, null, null, null);
        }
    }
}
