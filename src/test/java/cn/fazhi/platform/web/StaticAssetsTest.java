package cn.fazhi.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import cn.fazhi.IntegrationTest;

/**
 * Static files and web jars are served under their own prefixes with a week's caching, without login, and a link to a
 * page is not taken for an asset (WebConfiguration).
 */
@IntegrationTest
class StaticAssetsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ResourceUrlProvider resourceUrls;

    @Test
    void assetsAndWebJarsAreServedAndCached() throws Exception {
        for (String path : new String[] {"/css/fazhi.css", "/js/dashboard.js", "/webjars/htmx.org/dist/htmx.min.js",
                "/webjars/echarts/dist/echarts.min.js"}) {
            mvc.perform(get(path)).andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", containsString("max-age=604800")));
        }
        mvc.perform(get("/css/fazhi.css")).andExpect(content().string(containsString("{")));
    }

    @Test
    void aLinkToAPageIsNoAsset() {
        org.assertj.core.api.Assertions.assertThat(resourceUrls.getForLookupPath("/indicators/x/records")).isNull();
        org.assertj.core.api.Assertions.assertThat(resourceUrls.getForLookupPath("/dashboard")).isNull();
        org.assertj.core.api.Assertions.assertThat(resourceUrls.getForLookupPath("/css/fazhi.css"))
                .isEqualTo("/css/fazhi.css");
    }
}
