package cn.fazhi.platform.imports;

/** A finished import: how many records were registered and the first and last case number in file order. */
public record ImportResult(int count, String firstCaseNumber, String lastCaseNumber) {}
