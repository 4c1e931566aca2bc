package cn.fazhi.mediation;

/**
 * 书面 or 口头 agreement. A written agreement takes effect when the parties have signed (sealed, fingerprinted) it and
 * the mediator has signed and the committee sealed it; an oral agreement when it is reached (人民调解法 Arts. 29–30).
 */
public enum AgreementForm {
    WRITTEN, ORAL
}
