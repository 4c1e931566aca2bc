package cn.fazhi.normative;

import java.time.LocalDate;
import java.util.List;

/** The versions linked to a document, in order of entry into force, each saying whether it was in force on {@code date}. */
public record VersionChain(LocalDate date, List<Version> versions) {

    public record Version(long id, String number, String title, NormativeStatus status, LocalDate effectiveOn,
            LocalDate inForceUntil, boolean inForceOnDate) {}
}
