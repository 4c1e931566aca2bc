package cn.fazhi.oneform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.IntegrationTest;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.identifiers.ResidentIdNumber;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/** The demo register: oneform.persons for 2023 equals the configured count; valid, unique, fictitious ID numbers. */
@IntegrationTest
class OneformDemoYear2023Test {

    @Autowired Indicators indicators;
    @Autowired JdbcClient jdbc;
    @Autowired cn.fazhi.platform.crypto.PersonalDataCipher cipher;
    @Value("${fazhi.oneform.demo.persons}") int persons;

    @Test
    void thePersonsOf2023AreTheConfiguredCount() {
        IndicatorQuery year = IndicatorQuery.year(2023, "421202", new DataScope(ScopeLevel.DISTRICT, 2, "421202"));
        assertThat(indicators.find("oneform.persons").orElseThrow().value(year))
                .isEqualByComparingTo(BigDecimal.valueOf(persons));
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT SUBSTRING(village_code, 1, 9)) FROM oneform_person WHERE created_by = 'demo'")
                .query(Long.class).single()).isEqualTo(13);
        for (String enc : jdbc.sql("SELECT id_enc FROM oneform_person WHERE created_by = 'demo' ORDER BY id FETCH FIRST 200 ROWS ONLY")
                .query(String.class).list()) {
            String id = cipher.decrypt(enc);
            assertThat(ResidentIdNumber.isValid(id)).isTrue();
            assertThat(id).startsWith("421202");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM oneform_clerk_village cv JOIN app_user u ON u.id = cv.user_id "
                + "WHERE u.username = 'cunwei'").query(Long.class).single()).isEqualTo(1);
    }
}
