package cn.fazhi.supervision;

import java.time.LocalDate;

import cn.fazhi.calendar.LegalCalendar;

/**
 * The reply/rectification deadline of an instrument: its kind's period ({@link LetterProperties}) counted from the
 * issue day (not counted), working days with the State Council holidays through the legal calendar.
 */
public final class LetterRules {

    private LetterRules() {}

    public static LocalDate due(LocalDate issuedOn, LetterKind kind, LetterProperties settings, LegalCalendar calendar) {
        LetterProperties.Period p = settings.of(kind);
        return calendar.deadline(issuedOn, p.amount(), p.unit()).deadline();
    }
}
