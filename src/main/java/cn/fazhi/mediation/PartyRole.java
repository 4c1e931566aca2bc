package cn.fazhi.mediation;

/** 申请人 or 被申请人. */
public enum PartyRole {
    APPLICANT, RESPONDENT
}
