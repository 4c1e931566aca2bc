package cn.fazhi.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Implemented by each enforcement case type (penalty, coercion) so the case-file evaluation reads every type's
 * closed files the same way.
 */
public interface CaseFileSource {

    /** The kernel's case type code. */
    String caseType();

    /** The file of one case, if it exists. */
    Optional<CaseFile> file(long caseId);

    /** The ids of cases closed between {@code from} and {@code to} (inclusive), optionally of one unit. */
    List<Long> closedBetween(LocalDate from, LocalDate to, Long unitId);
}
