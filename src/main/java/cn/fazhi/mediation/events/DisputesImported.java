package cn.fazhi.mediation.events;

/** A spreadsheet of disputes was imported: {@code count} disputes registered in one transaction. */
public record DisputesImported(int count, String firstCaseNumber, String lastCaseNumber, String fileName) {}
