package cn.fazhi.calendar.domain;

import java.time.OffsetDateTime;
import java.util.List;

/** One imported holiday notice as listed on the admin page. */
public record NoticeSummary(int year, List<String> sources, OffsetDateTime updatedAt, String updatedBy, int offDays,
        int makeUpDays) {}
