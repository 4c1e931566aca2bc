package cn.fazhi.supervision.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.fazhi.supervision.RandomItemView;

/** A published item of the random-inspection list as the portal shows it (no internal fields). */
record PublicRandomItemView(String code, String name, String department, String legalBasis, String inspectionMethod,
        String targetScope, String industryCodes, BigDecimal ratioPercent, String frequency, LocalDate publishedOn) {

    static PublicRandomItemView of(RandomItemView i) {
        return new PublicRandomItemView(i.code(), i.name(), i.unitName(), i.legalBasis(), i.inspectionMethod(),
                i.targetScope(), i.industryCodes(), i.ratioPercent(), i.frequency(), i.publishedOn());
    }
}
