package cn.fazhi.mediation;

/** A finished import: how many disputes were registered and the range of their case numbers per file order. */
public record ImportResult(int count, String firstCaseNumber, String lastCaseNumber) {}
