package cn.fazhi.assessment;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.duties.DutyLists;
import cn.fazhi.duties.Shufa;

/**
 * The duties module's measures as assessment sources. They live here rather than in {@code duties} because the
 * assessment already reads the duties module's roster: a source bean in {@code duties} would make the two modules
 * depend on each other. {@code duties.shufa}: the unit's 书面述法 report of the year submitted and its grade
 * (好 1, 较好 0.85, 一般 0.7, 差 0.5, not evaluated 0.6, missing 0); {@code duties.first_duty}: the share of its head's
 * duty-list items with evidence.
 */
@Configuration(proxyBeanMethods = false)
class DutiesSources {

    record Bound(String code, java.util.function.IntFunction<Map<Long, BigDecimal>> reader) implements AssessmentSource {
        @Override
        public Map<Long, BigDecimal> attainment(int year) {
            return reader.apply(year);
        }
    }

    @Bean
    AssessmentSource dutiesShufaSource(Shufa shufa) {
        return new Bound("duties.shufa", shufa::attainment);
    }

    @Bean
    AssessmentSource dutiesFirstDutySource(DutyLists lists) {
        return new Bound("duties.first_duty", lists::attainment);
    }
}
