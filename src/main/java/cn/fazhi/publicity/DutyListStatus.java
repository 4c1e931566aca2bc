package cn.fazhi.publicity;

/** The state of a 普法责任清单: the unit drafts and submits it, the office publishes it. */
public enum DutyListStatus {
    DRAFT, SUBMITTED, PUBLISHED;

    /** Items may be added only while drafting. */
    public boolean editable() {
        return this == DRAFT;
    }

    DutyListStatus submit() {
        if (this != DRAFT) {
            throw cn.fazhi.platform.web.UserFacingException.conflict("publicity.error.notDraft");
        }
        return SUBMITTED;
    }

    DutyListStatus publish() {
        if (this != SUBMITTED) {
            throw cn.fazhi.platform.web.UserFacingException.conflict("publicity.error.notSubmitted");
        }
        return PUBLISHED;
    }

    DutyListStatus returnToUnit() {
        if (this != SUBMITTED) {
            throw cn.fazhi.platform.web.UserFacingException.conflict("publicity.error.notSubmitted");
        }
        return DRAFT;
    }
}
