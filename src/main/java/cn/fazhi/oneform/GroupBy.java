package cn.fazhi.oneform;

/** How a form's rows are grouped (with a count per group and a total). */
public enum GroupBy {
    NONE, TOWNSHIP, VILLAGE
}
