package cn.fazhi.mediation;

/**
 * The columns of the dispute import spreadsheet, in template order. The header text of each column is the message
 * {@link #key()} (Chinese by default); a file must have every {@link #required()} column, the others may be left out.
 */
public enum ImportColumn {
    CATEGORY(true), CHANNEL(true), TOWNSHIP(true), VILLAGE(false), RECEIVED_ON(true), AMOUNT(true), SUMMARY(true),
    COURT_NAME(false), COURT_REFERENCE(false), APPLICANT_KIND(true), APPLICANT_NAME(true), APPLICANT_IDENTIFIER(false),
    APPLICANT_PHONE(false), RESPONDENT_KIND(true), RESPONDENT_NAME(true), RESPONDENT_IDENTIFIER(false),
    RESPONDENT_PHONE(false), STATUS(false), ACCEPTED_ON(false);

    private final boolean required;

    ImportColumn(boolean required) {
        this.required = required;
    }

    public boolean required() {
        return required;
    }

    public String key() {
        return "mediation.import.column." + name();
    }
}
