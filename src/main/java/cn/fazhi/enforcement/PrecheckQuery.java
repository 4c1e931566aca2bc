package cn.fazhi.enforcement;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** Filters of the pre-check list: closing period, unit, kind of finding, only files with findings, case number. */
public record PrecheckQuery(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Long unitId, PrecheckKind kind,
        Boolean withFindings, String keyword, Integer page) {

    /** Whether only files with findings are asked for (absent: all). */
    public boolean onlyWithFindings() {
        return Boolean.TRUE.equals(withFindings);
    }

    public static final int SIZE = 20;

    public int pageIndex() {
        return page == null || page < 0 ? 0 : page;
    }

    public int size() {
        return SIZE;
    }
}
