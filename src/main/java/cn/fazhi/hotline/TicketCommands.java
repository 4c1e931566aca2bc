package cn.fazhi.hotline;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What pages and the API send to {@link Tickets}. */
public final class TicketCommands {

    private TicketCommands() {}

    /**
     * A ticket taken in by the centre: channel, category, the caller (name and phone, both optional; confidential on
     * request), title, content, address, the day received (default today, never in the future).
     */
    public record Intake(Channel channel, Long categoryId,
            @Size(max = 50, message = "{hotline.validation.nameTooLong}") String callerName,
            @Size(max = 20, message = "{hotline.validation.phoneTooLong}") String callerPhone, Boolean confidential,
            @Size(max = 200, message = "{hotline.validation.titleTooLong}") String title,
            @Size(max = 4000, message = "{hotline.validation.textTooLong}") String content,
            @Size(max = 300, message = "{hotline.validation.addressTooLong}") String address,
            @DateTimeFormat(iso = ISO.DATE) LocalDate receivedOn) {}

    /**
     * A step on a ticket: {@code unitId} the unit dispatched to; {@code reason} why another unit than the first
     * suggestion was chosen (dispatch), or why the ticket is returned or closed without a visit; {@code ruling}: this
     * dispatch follows a ruling on a disputed dispatch; {@code text} the reply or the direct answer;
     * {@code satisfaction} a code of the scale and {@code text} the visit note (visit); {@code on} the business date
     * (default today, never in the future); {@code version} the one read.
     */
    public record Step(Long unitId, @Size(max = 1000, message = "{hotline.validation.reasonTooLong}") String reason,
            Boolean ruling, @Size(max = 4000, message = "{hotline.validation.textTooLong}") String text,
            @Size(max = 32, message = "{hotline.validation.satisfactionTooLong}") String satisfaction,
            @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @NotNull(message = "{hotline.validation.versionRequired}") Integer version) {}

    /**
     * The list's filters: keyword (number, title, content), status, category, unit, channel, supervised (督办: open
     * past a limit, or returned), year received.
     */
    public record Query(@Size(max = 100, message = "{hotline.validation.keywordTooLong}") String q, TicketStatus status,
            Long categoryId, Long unitId, Channel channel, Boolean supervised, Integer year) {

        public static Query none() {
            return new Query(null, null, null, null, null, null, null);
        }
    }
}
