package cn.fazhi.cases;

/**
 * Implemented by each case type so the kernel can decide whether the current caller may read one of its cases
 * (permission and data scope), e.g. before an attachment is downloaded.
 */
public interface CaseAccess {

    String caseType();

    boolean canRead(long caseId);
}
