package cn.fazhi.responsibilities;

import java.util.List;

/**
 * Implemented (as a bean) by each module whose matters need a responsible unit of the 权责清单, so the gaps page can
 * find those no unit is responsible for. Reads the module's own records, current as of the call.
 */
public interface ClaimedMatters {

    /** The kind code of the matters this bean lists (as in {@link ClaimedMatter#kind()}). */
    String kind();

    /** Every current matter of this kind. */
    List<ClaimedMatter> matters();
}
