package cn.fazhi.enforcement;

import java.time.LocalDate;

/**
 * One finding of the pre-check: its kind, the message key of the rule it cites, what it is about (a document kind, an
 * act or step name, an officer id — or null) and the day concerned (or null).
 */
public record PrecheckFinding(PrecheckKind kind, String ruleKey, String subject, LocalDate onDay) {

    /** The rule key every kind cites unless the file names its own (a timed step carries its rule). */
    public static String ruleOf(PrecheckKind kind) {
        return "enforcement.filereview.rule." + kind.name();
    }
}
