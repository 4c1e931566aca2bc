package cn.fazhi.supervision;

import java.time.LocalDate;

import cn.fazhi.calendar.PeriodUnit;

/**
 * A supervision instrument: its number, kind, addressee, content, the reply deadline ({@code replyAmount}
 * {@code dayType} after {@code issuedOn}), the unit's reply and the office's acceptance. {@code overdue}: unanswered
 * and past its deadline today; {@code late}: answered after it.
 */
public record LetterView(long id, long clueId, String clueNumber, String letterNumber, LetterKind kind, long unitId,
        String unitName, String regionCode, String issuerName, String content, LocalDate issuedOn, int replyAmount,
        PeriodUnit dayType, LocalDate dueOn, String reply, LocalDate repliedOn, String repliedBy, LocalDate acceptedOn,
        boolean overdue, boolean late) {}
