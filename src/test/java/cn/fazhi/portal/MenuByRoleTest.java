package cn.fazhi.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;
import cn.fazhi.identity.domain.UserAccounts;

/** The menu shows each role only what it can open and works with (issue 10, point 23). */
@IntegrationTest
class MenuByRoleTest {

    private static final Pattern SIDEBAR = Pattern.compile("<nav class=\"sidebar\".*?</nav>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;

    private String sidebar(String username) throws Exception {
        String page = mvc.perform(get("/").with(user(accounts.loadDetails(username).orElseThrow())))
                .andReturn().getResponse().getContentAsString();
        Matcher m = SIDEBAR.matcher(page);
        assertThat(m.find()).isTrue();
        return m.group();
    }

    @Test
    void mediatorsInspectorsAndLeadersHaveNoAdministrationSection() throws Exception {
        for (String username : List.of("tiaojie", "duchayuan", "leader")) {
            assertThat(sidebar(username)).as(username).doesNotContain("系统管理").doesNotContain("/admin/");
        }
        assertThat(sidebar("admin")).contains("系统管理", "/admin/units");
        assertThat(sidebar("fzb")).contains("系统管理", "/admin/audit");
    }

    @Test
    void everyMenuEntryOpensForItsRole() throws Exception {
        List<String> broken = new ArrayList<>();
        for (String username : List.of("admin", "fzb", "scjg", "wenquan", "tiaojie", "duchayuan", "leader")) {
            var me = accounts.loadDetails(username).orElseThrow();
            Matcher link = LINK.matcher(sidebar(username));
            while (link.find()) {
                int status = mvc.perform(get(link.group(1)).with(user(me))).andReturn().getResponse().getStatus();
                if (status != 200) {
                    broken.add(username + " " + link.group(1) + " " + status);
                }
            }
        }
        assertThat(broken).isEmpty();
    }
}
