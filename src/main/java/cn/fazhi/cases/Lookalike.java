package cn.fazhi.cases;

import java.time.LocalDate;

/** An existing case that a new one looks like ({@link DuplicateCaseRule}); {@code path} is its page. */
public record Lookalike(long id, String caseNumber, LocalDate receivedOn, String path) {}
