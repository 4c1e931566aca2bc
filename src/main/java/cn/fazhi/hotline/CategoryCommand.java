package cn.fazhi.hotline;

import jakarta.validation.constraints.Size;

/**
 * A category to create or change: code, name, parent (null: top level), urgency, own limits (null: the setting),
 * power codes (comma or space separated; each must be a published power in force), default unit, the enforcement
 * complaint flag, active, sort order; {@code version}: the one read (changes only).
 */
public record CategoryCommand(@Size(max = 32, message = "{hotline.validation.codeTooLong}") String code,
        @Size(max = 100, message = "{hotline.validation.nameTooLong}") String name, Long parentId, Urgency urgency,
        Integer signDays, Integer handleDays,
        @Size(max = 1000, message = "{hotline.validation.powerCodesTooLong}") String powerCodes, Long defaultUnitId,
        Boolean enforcementComplaint, Boolean active, Integer sortOrder, Integer version) {}
