package cn.fazhi.portal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;
import cn.fazhi.identity.domain.UserAccounts;

/** Chinese by default, English on request; the public portal needs no login; errors are friendly pages. */
@IntegrationTest
class LanguageAndPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Test
    void aUserSwitchesToEnglishAndBack() throws Exception {
        var leader = accounts.loadDetails("leader").orElseThrow();
        mvc.perform(get("/").with(user(leader))).andExpect(content().string(containsString("您好")));
        // sessions live in the database (Spring Session): carry its cookie as a browser would
        Cookie session = mvc.perform(post("/account/locale").param("lang", "en").with(user(leader)).with(csrf()))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/").with(user(leader)).cookie(session))
                .andExpect(content().string(containsString("Hello"))).andExpect(content().string(not(containsString("您好"))));
        mvc.perform(post("/account/locale").param("lang", "zh").with(user(leader)).with(csrf()).cookie(session));
        mvc.perform(get("/").with(user(leader)).cookie(session)).andExpect(content().string(containsString("您好")));
    }

    @Test
    void pagesAreChineseWhateverTheBrowserAsksAndSwitchOnRequest() throws Exception {
        mvc.perform(get("/public").header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(content().string(containsString("公众门户")));
        Cookie session = mvc.perform(get("/public").param("lang", "en")).andExpect(content().string(containsString("Public portal")))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/public/calendar").cookie(session)).andExpect(content().string(containsString("Deadline calculator")));
    }

    @Test
    void theApiFollowsAcceptLanguage() throws Exception {
        mvc.perform(get("/api/v1/calendar/days/2023-02-30").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andExpect(content().string(not(containsString("日期"))));
        mvc.perform(get("/api/v1/calendar/days/2023-02-30"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("日期")));
    }

    @Test
    void thePublicPortalListsTheCalendarWithoutLogin() throws Exception {
        mvc.perform(get("/public")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/public/calendar")))
                .andExpect(content().string(containsString("公众门户")));
    }

    @Test
    void anUnknownPageIsAFriendlyChinese404() throws Exception {
        mvc.perform(get("/no/such/page").with(user(accounts.loadDetails("leader").orElseThrow())))
                .andExpect(status().isNotFound());
    }

    @Test
    void theHomePageShowsTheUsersOwnRecentActions() throws Exception {
        var admin = accounts.loadDetails("admin").orElseThrow();
        mvc.perform(get("/").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("我最近的操作")))
                .andExpect(content().string(containsString("区司法局")));
    }
}
