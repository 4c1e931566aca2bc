package cn.fazhi.oneform;

/** A village or community of the register with its township. */
public record VillageView(String code, String name, String townshipCode, String townshipName) {}
