package cn.fazhi.enterprises;

import java.util.List;

/**
 * Contributed by each part of the help desk that files things for an enterprise (policy applications, requests,
 * complaints): the desk page lists them, and the rating service rates only the finished ones of the enterprise
 * verified in the session.
 */
public interface DeskItems {

    /** The enterprise's items, newest first. */
    List<DeskItem> of(long enterpriseId);
}
