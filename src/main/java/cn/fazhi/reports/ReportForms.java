package cn.fazhi.reports;

/** Input to the reports module (API bodies and page forms). */
public final class ReportForms {

    private ReportForms() {}

    /** Draft the report of {@code year} for {@code regionCode} (district 6 digits or township 9 digits). */
    public record Create(Integer year, String regionCode) {}

    /** New text for a DRAFT report, or for the default template; {@code version} as read. */
    public record EditText(String title, String body, String signature, Integer version) {}

    /** A step: the rejection reason, or the secrecy review's conclusion when approving. */
    public record StepForm(String text, Integer version) {}
}
