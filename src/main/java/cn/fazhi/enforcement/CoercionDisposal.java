package cn.fazhi.enforcement;

/** What is decided on a 查封/扣押/冻结 before its period ends (行政强制法 Arts. 27, 28, 33): 没收, 销毁 or 解除. */
public enum CoercionDisposal { CONFISCATE, DESTROY, RELEASE }
