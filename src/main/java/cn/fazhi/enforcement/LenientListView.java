package cn.fazhi.enforcement;

import java.time.LocalDate;

/** One of the four lists: its edition, whether and when it was published, how many items it holds. */
public record LenientListView(LenientKind kind, String edition, boolean published, LocalDate publishedOn, int version,
        long items) {}
