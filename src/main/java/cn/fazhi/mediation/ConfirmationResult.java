package cn.fazhi.mediation;

/** The court's ruling on an application for judicial confirmation (民事诉讼法 Art. 206). */
public enum ConfirmationResult {
    CONFIRMED, REJECTED
}
