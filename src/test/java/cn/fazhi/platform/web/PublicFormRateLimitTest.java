package cn.fazhi.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
        // the bucket refills evenly while we post, so count how many pass before the first refusal and bound it
        long started = System.nanoTime();
        int granted = 0;
        org.springframework.test.web.servlet.MvcResult refused = null;
        for (int i = 0; i < properties.capacity() * 3 && refused == null; i++) {
            var result = mvc.perform(post("/public/reconsideration/track").with(from(address)).with(csrf())
                    .param("code", "NOSUCHCODE").param("secret", "00000000")).andReturn();
            if (result.getResponse().getStatus() == 429) {
                refused = result;
            } else {
                granted++;
                org.assertj.core.api.Assertions.assertThat(result.getResponse().getStatus()).isEqualTo(200);
            }
        }
        double refills = (System.nanoTime() - started) / (double) properties.period().toNanos() * properties.capacity();
        org.assertj.core.api.Assertions.assertThat(refused).as("refused within three capacities").isNotNull();
        org.assertj.core.api.Assertions.assertThat(granted).isBetween(properties.capacity(),
                properties.capacity() + (int) Math.ceil(refills));
        org.assertj.core.api.Assertions.assertThat(refused.getResponse().getHeader("Retry-After")).isNotBlank();
        org.assertj.core.api.Assertions.assertThat(refused.getResponse().getContentAsString(
                java.nio.charset.StandardCharsets.UTF_8)).contains("同一网络地址提交过于频繁");
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
