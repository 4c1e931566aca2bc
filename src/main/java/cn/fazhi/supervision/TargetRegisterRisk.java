package cn.fazhi.supervision;

/**
 * 信用风险分类 of a market entity (A low … D high; 国发〔2019〕18号 (九): sample ratio and frequency follow the credit
 * grade and the risk).
 */
public enum TargetRegisterRisk {
    A, B, C, D
}
