package cn.fazhi.cases;

/** Which case: its type code (e.g. {@code mediation}) and its id within that type. */
public record CaseRef(String caseType, long caseId) {

    public CaseRef {
        if (caseType == null || !caseType.matches("[a-z][a-z_]{1,31}")) {
            throw new IllegalArgumentException("invalid case type");
        }
    }
}
