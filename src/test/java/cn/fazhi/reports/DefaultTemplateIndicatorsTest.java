package cn.fazhi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fazhi.IntegrationTest;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.reports.TemplateTextTest.ReportTemplatesDefault;
import cn.fazhi.reports.domain.TemplateText;

/**
 * Every indicator the built-in template cites is in the registry: a report drafted from it is never refused for an
 * unknown indicator, and never prints a placeholder instead of a figure.
 */
@IntegrationTest
class DefaultTemplateIndicatorsTest {

    @Autowired
    Indicators indicators;

    @Test
    void everyIndicatorTheBuiltInTemplateCitesIsRegistered() {
        List<String> unknown = TemplateText.parse(ReportTemplatesDefault.body()).indicatorIds().stream()
                .filter(id -> indicators.find(TemplateText.indicatorOf(id)).isEmpty()).toList();
        assertThat(unknown).as("indicators the built-in template cites that no module registers").isEmpty();
    }
}
