package cn.fazhi.indicators;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;

/** The dashboard and the records pages, by role and scope; leaders land on the dashboard after signing in. */
@IntegrationTest
class IndicatorPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts userAccounts;
    @Autowired
    TestAccounts accounts;

    @Test
    void leadersAndTheOfficeLandOnTheDashboardOthersOnTheHomePage() throws Exception {
        String leader = accounts.create("pgld", 3, "LEADER");
        mvc.perform(formLogin("/login").user(leader).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/dashboard"));
        String office = accounts.create("pgfzb", 2, "LAW_OFFICE");
        mvc.perform(formLogin("/login").user(office).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/dashboard"));
        String staff = accounts.create("pgwq", 18, "TOWNSHIP_STAFF");
        mvc.perform(formLogin("/login").user(staff).password(TestAccounts.PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void theDashboardShowsTheYearsFiguresEachLinkedToItsRecords() throws Exception {
        mvc.perform(get("/dashboard?year=2023&region=421202").with(user(userAccounts.loadDetails("leader").orElseThrow())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("8,608")))
                .andExpect(content().string(containsString("6.89")))
                .andExpect(content().string(containsString(
                        "/indicators/mediation.disputes.accepted/records?from=2023-01-01&amp;to=2023-12-31&amp;region=421202")))
                .andExpect(content().string(containsString("data-dashboard=")))
                .andExpect(content().string(containsString("/js/dashboard.js")))
                .andExpect(content().string(containsString("温泉街道")));
    }

    @Test
    void aTownshipsStaffSeeTheirTownshipsDashboardOnly() throws Exception {
        var staff = userAccounts.loadDetails(accounts.create("pgwq", 18, "TOWNSHIP_STAFF")).orElseThrow();
        mvc.perform(get("/dashboard?year=2023").with(user(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("温泉街道")))
                .andExpect(content().string(not(containsString("chart-regions"))));
        mvc.perform(get("/dashboard?year=2023&region=421202").with(user(staff))).andExpect(status().isNotFound());
        var mediator = userAccounts.loadDetails(accounts.create("pgmd", 18, "MEDIATOR")).orElseThrow();
        mvc.perform(get("/dashboard").with(user(mediator))).andExpect(status().isForbidden());
    }

    @Test
    void theRecordsPageListsTheRecordsWithLinksToTheirCases() throws Exception {
        var leader = user(userAccounts.loadDetails("leader").orElseThrow());
        mvc.perform(get("/indicators/legal_cases.total/records?from=2023-01-01&to=2023-12-31&region=421202").with(leader))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共 121 条记录")))
                .andExpect(content().string(containsString("href=\"/litigation/")))
                .andExpect(content().string(containsString("第 1 页，共 3 页")));
        mvc.perform(get("/indicators/mediation.disputes.accepted/records?from=2023-01-01&to=2023-12-31&region=421202"
                        + "&category=NEIGHBOUR&page=1").with(leader))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"/mediation/")))
                .andExpect(content().string(containsString("邻里")));
        mvc.perform(get("/indicators/nothing/records?year=2023").with(leader)).andExpect(status().isNotFound());
        mvc.perform(get("/indicators/litigation.cases/records?from=2023-02-01&to=2023-01-01").with(leader))
                .andExpect(status().isBadRequest());
    }

    /** A drill-down into one category shows the value of that slice, which is the number of its records. */
    @Test
    void aCategoryDrillDownShowsTheValueOfItsSlice() throws Exception {
        var leader = user(userAccounts.loadDetails("leader").orElseThrow());
        String page = mvc.perform(get("/indicators/mediation.disputes.accepted/records?from=2023-01-01&to=2023-12-31"
                        + "&region=421202&category=NEIGHBOUR").with(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var total = java.util.regex.Pattern.compile("共 ([\\d,]+) 条记录").matcher(page);
        var value = java.util.regex.Pattern.compile("id=\"figure-value\">([\\d,]+)<").matcher(page);
        org.assertj.core.api.Assertions.assertThat(total.find() && value.find()).isTrue();
        org.assertj.core.api.Assertions.assertThat(value.group(1).replace(",", ""))
                .isEqualTo(total.group(1).replace(",", "")).isNotEqualTo("8608");
    }

    /**
     * The dashboard groups its figures by business area, each area labelled in Chinese; an area whose figures are all
     * zero is folded, one with figures is open; the year prints without a separator (issue 10, point 18).
     */
    @Test
    void theDashboardGroupsFiguresByAreaAndFoldsTheZeroOnes() throws Exception {
        var leader = user(userAccounts.loadDetails("leader").orElseThrow());
        java.util.regex.Pattern area = java.util.regex.Pattern.compile(
                "<details class=\"area\"([^>]*)>\\s*<summary><span>([^<]*)</span>");
        String full = mvc.perform(get("/dashboard?year=2023&region=421202").with(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(full).contains("2023年").doesNotContain("2,023");
        var m = area.matcher(full);
        int areas = 0;
        while (m.find()) {
            areas++;
            org.assertj.core.api.Assertions.assertThat(m.group(2)).as("an area's label").matches(".*\\p{IsHan}.*");
            if (m.group(1).contains("data-area=\"mediation\"")) {
                org.assertj.core.api.Assertions.assertThat(m.group(1)).contains("open");
            }
        }
        org.assertj.core.api.Assertions.assertThat(areas).isGreaterThanOrEqualTo(5);
        String empty = mvc.perform(get("/dashboard?year=2019&region=421202").with(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var folded = area.matcher(empty);
        int zeroAreas = 0;
        while (folded.find()) {
            if (folded.group(1).contains("data-area=\"mediation\"")) {
                zeroAreas++;
                org.assertj.core.api.Assertions.assertThat(folded.group(1)).as("a zero-only area is folded")
                        .doesNotContain("open");
            }
        }
        org.assertj.core.api.Assertions.assertThat(zeroAreas).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(empty).contains("均为零");
    }
}
