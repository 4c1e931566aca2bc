package cn.fazhi.responsibilities;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** What a page or the API sends to keep powers. */
public final class PowerCommands {

    private PowerCommands() {}

    /**
     * A power (new, or a new version of one): code, 职权类型 code, name, basis (law and article), responsible unit,
     * the day it takes effect, 责任事项 and 追责情形. {@code version}: the row version of the version revised.
     */
    public record Power(@Size(max = 64) String code, @Size(max = 32) String powerType, @Size(max = 300) String name,
            @Size(max = 4000) String basis, Long unitId,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom, @Size(max = 4000) String duties,
            @Size(max = 4000) String accountability, Integer version) {}

    /** List filters: words (code, name, basis), unit, type, state (DRAFT, PUBLISHED). */
    public record Query(@Size(max = 100) String q, Long unitId, @Size(max = 32) String powerType,
            @Size(max = 16) String state) {

        public static Query none() {
            return new Query(null, null, null, null);
        }
    }

    /** A publication: the day the list is published (default today). */
    public record Publish(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn) {}
}
