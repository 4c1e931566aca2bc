package cn.fazhi.oneform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.indicators.IndicatorSql;
import cn.fazhi.indicators.SqlIndicator;

/**
 * Register figures, each by its business date: persons on the register (by the day registered, active or not — a
 * death later does not unregister the year's entry). The register has no owning unit: a unit's staff count none.
 * Records list the masked ID number, never the name.
 */
@Configuration(proxyBeanMethods = false)
class OneformIndicators {

    static final SqlIndicator.Source PERSONS = new SqlIndicator.Source("oneform_person p", "p.id", "p.id_masked",
            "CAST(NULL AS BIGINT)", "p.village_code", null, null, null, "CONCAT('/oneform/persons/', p.id)");

    /** 一套表登记人数. */
    @Bean
    SqlIndicator oneformPersonsIndicator(IndicatorSql sql) {
        return sql.count("oneform.persons", PERSONS, "p.registered_on", null);
    }
}
