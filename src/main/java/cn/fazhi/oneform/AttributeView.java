package cn.fazhi.oneform;

import java.time.LocalDate;

/** One attribute of a person (低保, 残疾 with its grade …) with where it comes from and as of when. */
public record AttributeView(String code, String grade, String source, LocalDate recordedOn) {}
