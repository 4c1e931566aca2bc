package cn.fazhi.oneform;

import java.util.List;

/** A form definition: columns, filters (attribute, age range at the day produced, sex) and grouping. */
public record FormView(long id, String code, String title, List<String> columns, String attributeFilter,
        Integer minAge, Integer maxAge, String sex, GroupBy groupBy, boolean summaryOnly, String ownerRegion,
        int version) {}
