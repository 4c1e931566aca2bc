package cn.fazhi.petitions;

/**
 * The age band of a backlog case on the day it is resolved, counted from the first petition ({@link BacklogAgeRule}):
 * UNDER3 (below 3 years), BONE (3 to below 5: 骨头案), NAIL (5 to below 10: 钉子案), UNSOLVABLE (10 and more: 无解案).
 * The bands are exclusive, so the three named ones and UNDER3 add up to all resolutions.
 */
public enum AgeBand {
    UNDER3, BONE, NAIL, UNSOLVABLE
}
