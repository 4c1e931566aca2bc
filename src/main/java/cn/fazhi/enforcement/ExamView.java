package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A qualification exam session with its counts: entered, sat, passed. */
public record ExamView(long id, String name, LocalDate heldOn, String organiser, BigDecimal passMark, long entered,
        long sat, long passed) {}
