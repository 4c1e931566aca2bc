package cn.fazhi.hotline;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.fazhi.responsibilities.ClaimedMatter;
import cn.fazhi.responsibilities.ClaimedMatters;

/**
 * The 12345 categories as matters some unit must be responsible for (kind {@code hotline_category}): each active
 * category tickets are classified in, with its default unit and its power codes; one with neither is a gap of the
 * 权责清单.
 */
@Component
class HotlineClaimedMatters implements ClaimedMatters {

    private final Categories categories;

    HotlineClaimedMatters(Categories categories) {
        this.categories = categories;
    }

    @Override
    public String kind() {
        return "hotline_category";
    }

    @Override
    public List<ClaimedMatter> matters() {
        return categories.leaves().stream().map(c -> new ClaimedMatter(kind(), c.id(), c.code(), c.name(),
                c.defaultUnitId(), c.powerCodes(), "/hotline/categories/" + c.id())).toList();
    }
}
