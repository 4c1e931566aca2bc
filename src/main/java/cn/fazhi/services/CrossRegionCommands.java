package cn.fazhi.services;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** What pages and the API send to {@link CrossRegionHandovers}. */
public final class CrossRegionCommands {

    private CrossRegionCommands() {}

    /**
     * A hand-over registered: {@code direction} OUT (received at our window for a partner's item) or IN (forwarded by
     * a partner for one of our items); the partner, the item's code (agreed with that partner on {@code receivedOn}),
     * the applicant (name; resident ID number when {@code applicantPerson}, else USCC; phone), the materials received
     * (OUT, required) or the partner's reference (IN, required); {@code receivedOn} the day received (OUT) or
     * forwarded (IN), never in the future.
     */
    public record Register(String direction, Long partnerId,
            @Size(max = 64, message = "{services.crossRegion.validation.tooLong}") String itemCode,
            @Size(max = 200, message = "{services.crossRegion.validation.tooLong}") String applicantName,
            Boolean applicantPerson,
            @Size(max = 40, message = "{services.crossRegion.validation.tooLong}") String applicantId,
            @Size(max = 40, message = "{services.crossRegion.validation.tooLong}") String applicantPhone,
            @Size(max = 2000, message = "{services.crossRegion.validation.tooLong}") String materials,
            @Size(max = 100, message = "{services.crossRegion.validation.tooLong}") String partnerReference,
            @DateTimeFormat(iso = ISO.DATE) LocalDate receivedOn) {

        public static Register empty() {
            return new Register("OUT", null, null, null, true, null, null, null, null, null);
        }
    }

    /**
     * A step: {@code on} its date (default today; not in the future, not before the previous step), {@code way} how
     * the materials were sent (send), {@code outcome} the partner's result (result) or the result returned (return),
     * {@code applicationNumber} our application's number (accept, optional), {@code version} the one read.
     */
    public record Step(@DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @Size(max = 200, message = "{services.crossRegion.validation.tooLong}") String way,
            @Size(max = 1000, message = "{services.crossRegion.validation.tooLong}") String outcome,
            @Size(max = 100, message = "{services.crossRegion.validation.tooLong}") String applicationNumber,
            @NotNull(message = "{services.crossRegion.validation.versionRequired}") Integer version) {}

    /** The list's filters: keyword (number, applicant, item, reference), direction, partner, status. */
    public record Query(@Size(max = 100, message = "{services.crossRegion.validation.tooLong}") String q,
            String direction, Long partnerId, CrossRegionStatus status) {

        public static Query none() {
            return new Query(null, null, null, null);
        }
    }
}
