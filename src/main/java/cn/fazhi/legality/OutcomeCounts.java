package cn.fazhi.legality;

/** Reviews concluded in a year within the caller's scope, by outcome. */
public record OutcomeCounts(int year, long pass, long passWithAmendments, long fail) {

    public long total() {
        return pass + passWithAmendments + fail;
    }
}
