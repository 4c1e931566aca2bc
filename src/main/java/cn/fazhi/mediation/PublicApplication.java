package cn.fazhi.mediation;

import java.math.BigDecimal;

/** A citizen's online application for mediation (public portal). */
public record PublicApplication(String applicantName, String applicantIdNumber, String applicantPhone,
        String respondentName, String respondentPhone, String townshipCode, String villageCode,
        DisputeCategory category, String summary, BigDecimal amount) {}
