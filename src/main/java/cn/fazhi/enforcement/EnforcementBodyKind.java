package cn.fazhi.enforcement;

/**
 * The legal standing of an enforcement body (行政处罚法 Arts. 17–21): an agency with its own authority, an
 * organisation authorised by a law or regulation, or an organisation entrusted by an agency and acting in its name.
 */
public enum EnforcementBodyKind {
    /** 法定行政机关 (Art. 17). */
    STATUTORY,
    /** 法律法规授权的组织 (Art. 19). */
    AUTHORISED,
    /** 受委托组织 (Arts. 20–21): acts in the name of the entrusting agency, which answers for it. */
    ENTRUSTED
}
