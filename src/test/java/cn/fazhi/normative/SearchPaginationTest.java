package cn.fazhi.normative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;
import cn.fazhi.identity.domain.UserAccounts;

/** Search results, public and staff, go on to the next page with the query and filters kept (issue 10, point 23). */
@IntegrationTest
class SearchPaginationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;

    private String publicPage(String query) throws Exception {
        return mvc.perform(get("/public/normative" + query)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void publicAndStaffSearchResultsArePaged() throws Exception {
        // the demo register is indexed in the background after start: wait until the search finds it
        String first = publicPage("?q=咸安区&size=2");
        for (int i = 0; i < 40 && !first.contains("rel=\"next\""); i++) {
            Thread.sleep(500);
            first = publicPage("?q=咸安区&size=2");
        }
        assertThat(first).contains("第 1 页，共", "rel=\"next\"").doesNotContain("rel=\"prev\"");
        assertThat(first).containsPattern("href=\"/public/normative\\?q=[^\"]*size=2&amp;page=1\"");
        String second = publicPage("?q=咸安区&size=2&page=1");
        assertThat(second).contains("第 2 页，共", "rel=\"prev\"");

        // staff search pages the same way (20 a page): the pager follows the result's pages
        var office = user(accounts.loadDetails("fzb").orElseThrow());
        String staff = mvc.perform(get("/normative?q=咸安区&page=1").with(office))
                .andReturn().getResponse().getContentAsString();
        assertThat(staff).contains("rel=\"prev\"").contains("href=\"/normative?q=");
    }
}
