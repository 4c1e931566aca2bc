package cn.fazhi.supervision;

/**
 * The supervision instruments (监督文书). 行政执法监督条例 (国务院令第825号) names them, but its chapters on the
 * instruments were not read (LEGAL-RULES-2 §5.1); their use and periods follow the national sector model
 * 《市场监督管理执法监督暂行规定》(国家市场监督管理总局令第22号) Arts. 18–21 and the local 广东省人民政府令第231号
 * Arts. 20–22 (LEGAL-RULES-2 §5.2, §5.3). Each kind has its own number sequence (case_number_format
 * {@code supervision_<kind>}) and its reply period in {@link LetterProperties}.
 */
public enum LetterKind {
    /** 监督建议书: improvements suggested; rectify and report (广东231号 Art. 20: 30日). */
    SUGGESTION,
    /** 监督通知书: asks for materials or an explanation of a possible failure (总局22号 Art. 18: 10个工作日). */
    NOTICE,
    /** 监督意见书: 普遍性问题或者区域性风险, improve systems and report (总局22号 Art. 21: period set per letter). */
    OPINION,
    /** 监督决定书: orders correction; report within 10个工作日 of correcting (总局22号 Art. 19). */
    DECISION;

    /** The case_number_format row of the kind's numbers. */
    public String numberType() {
        return "supervision_" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
