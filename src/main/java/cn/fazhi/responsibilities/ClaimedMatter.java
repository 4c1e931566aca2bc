package cn.fazhi.responsibilities;

import java.util.List;

/**
 * A matter another module holds that some unit must be responsible for: a service item, an enforcement matter, a 12345
 * category. {@code kind}: the claiming module's kind code (e.g. {@code service_item}, {@code enforcement_matter},
 * {@code hotline_category}); {@code unitId}: the unit the module names as responsible (null: none); {@code
 * powerCodes}: the powers of the list it names (may be empty); {@code path}: its page, for the evidence link.
 */
public record ClaimedMatter(String kind, long id, String code, String name, Long unitId, List<String> powerCodes,
        String path) {}
