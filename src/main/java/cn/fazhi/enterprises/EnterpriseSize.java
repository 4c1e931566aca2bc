package cn.fazhi.enterprises;

/** 企业规模 by the 中小企业划型标准规定 (工信部联企业〔2011〕300号): micro, small, medium, large. */
public enum EnterpriseSize {
    MICRO, SMALL, MEDIUM, LARGE;

    /** Whether the 保障中小企业款项支付条例 protects it (micro, small and medium enterprises). */
    public boolean sme() {
        return this != LARGE;
    }
}
