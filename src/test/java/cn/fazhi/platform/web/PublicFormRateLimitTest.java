package cn.fazhi.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.fazhi.IntegrationTest;

/** The public forms answer 429 with a Chinese page once one client address has used up its submissions. */
@IntegrationTest
class PublicFormRateLimitTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RateLimitProperties properties;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void oneAddressIsStoppedAfterItsCapacityOthersAndReadsAreNot() throws Exception {
        String address = "203.0.113." + (int) (Math.random() * 200 + 20);
        for (int i = 0; i < properties.capacity(); i++) {
            mvc.perform(post("/public/reconsideration/track").with(from(address)).with(csrf())
                            .param("code", "NOSUCHCODE").param("secret", "00000000"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("提交过于频繁"))));
        }
        mvc.perform(post("/public/reconsideration/track").with(from(address)).with(csrf())
                        .param("code", "NOSUCHCODE").param("secret", "00000000"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(containsString("同一网络地址提交过于频繁")));
        // another form, another address and plain page views are not affected
        mvc.perform(post("/public/mediation/track").with(from(address)).with(csrf())
                        .param("code", "NOSUCHCODE").param("secret", "00000000"))
                .andExpect(status().is(not429()));
        mvc.perform(post("/public/reconsideration/track").with(from("198.51.100.9")).with(csrf())
                        .param("code", "NOSUCHCODE").param("secret", "00000000"))
                .andExpect(status().isOk());
        mvc.perform(get("/public/reconsideration/track").with(from(address))).andExpect(status().isOk());
    }

    private static org.hamcrest.Matcher<Integer> not429() {
        return not(429);
    }
}
