package cn.fazhi.supervision;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorSql;
import cn.fazhi.indicators.SqlIndicator;

/**
 * Enforcement supervision figures, each by its business date: clues received (by the day received, category: source),
 * instruments issued per kind (by the issue day), clues transferred to the discipline organs (by the transfer day), and
 * the share of instruments answered on time among those answered (by the issue day).
 */
@Configuration(proxyBeanMethods = false)
class ClueIndicators {

    static final SqlIndicator.Source CLUES = new SqlIndicator.Source("supervision_clue c", "c.id", "c.case_number",
            "c.unit_id", "c.region_code", "c.source", "supervision.clue.source.", null,
            "CONCAT('/supervision/clues/', CAST(c.id AS VARCHAR(20)))");

    static final SqlIndicator.Source LETTERS = new SqlIndicator.Source("supervision_letter l", "l.clue_id",
            "l.letter_number", "l.unit_id", "l.region_code", "l.kind", "supervision.letter.kind.", null,
            "CONCAT('/supervision/clues/', CAST(l.clue_id AS VARCHAR(20)))");

    @Bean
    SqlIndicator supervisionCluesReceivedIndicator(IndicatorSql sql) {
        return sql.count("supervision.clues.received", CLUES, "c.received_on", null);
    }

    @Bean
    SqlIndicator supervisionCluesTransferredIndicator(IndicatorSql sql) {
        return sql.count("supervision.clues.transferred", CLUES, "c.transferred_on", null);
    }

    @Bean
    SqlIndicator supervisionLettersSuggestionIndicator(IndicatorSql sql) {
        return letters(sql, LetterKind.SUGGESTION);
    }

    @Bean
    SqlIndicator supervisionLettersNoticeIndicator(IndicatorSql sql) {
        return letters(sql, LetterKind.NOTICE);
    }

    @Bean
    SqlIndicator supervisionLettersOpinionIndicator(IndicatorSql sql) {
        return letters(sql, LetterKind.OPINION);
    }

    @Bean
    SqlIndicator supervisionLettersDecisionIndicator(IndicatorSql sql) {
        return letters(sql, LetterKind.DECISION);
    }

    /** 按期答复率: answered on or before the deadline / answered, by the issue day. */
    @Bean
    Indicator supervisionLettersReplyOnTimeRateIndicator(IndicatorSql sql) {
        return sql.rate("supervision.letters.reply_on_time_rate",
                sql.count("supervision.letters.replied_on_time", LETTERS, "l.issued_on",
                        "l.replied_on IS NOT NULL AND l.replied_on <= l.due_on"),
                sql.count("supervision.letters.replied", LETTERS, "l.issued_on", "l.replied_on IS NOT NULL"));
    }

    private static SqlIndicator letters(IndicatorSql sql, LetterKind kind) {
        // the kind is bound from the enum's names through a fixed SQL constant
        return sql.count("supervision.letters." + kind.name().toLowerCase(java.util.Locale.ROOT), LETTERS, "l.issued_on",
                "l.kind = '" + kind.name() + "'");
    }
}
