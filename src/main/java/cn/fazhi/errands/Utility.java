package cn.fazhi.errands;

/** The bills an agent may pay: phone, water, power, gas. */
public enum Utility {
    PHONE, WATER, POWER, GAS
}
