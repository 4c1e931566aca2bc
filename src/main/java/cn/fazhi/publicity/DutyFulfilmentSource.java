package cn.fazhi.publicity;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.fazhi.assessment.AssessmentSource;

/** The assessment's measure of "谁执法谁普法": each roster unit's fulfilment of its 普法 duty list (0..1). */
@Component
class DutyFulfilmentSource implements AssessmentSource {

    private final DutyFulfilments fulfilments;

    DutyFulfilmentSource(DutyFulfilments fulfilments) {
        this.fulfilments = fulfilments;
    }

    @Override
    public String code() {
        return "publicity.duty_fulfilment";
    }

    @Override
    public Map<Long, BigDecimal> attainment(int year) {
        Map<Long, BigDecimal> out = new LinkedHashMap<>();
        fulfilments.of(year, null).forEach(f -> out.put(f.unitId(), f.fulfilment()));
        return out;
    }
}
