package cn.fazhi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Which address and scheme a request gets, table-driven: forwarded headers count only from a configured proxy, the
 * client is the right-most hop that is no trusted proxy, and a hop that is no IP address is never believed.
 */
class ForwardedHeadersFilterTest {

    @ParameterizedTest(name = "{0} from {1} with [{2}] -> {3}")
    @CsvSource(delimiter = '|', value = {
            "none configured     | 127.0.0.1  | 198.51.100.7             | http  | 127.0.0.1    | http",
            "none configured     | 10.0.0.5   | 198.51.100.7             | https | 10.0.0.5     | http",
            "configured          | 10.0.0.5   | 198.51.100.7             | https | 198.51.100.7 | https",
            "not the proxy       | 10.0.0.6   | 198.51.100.7             | https | 10.0.0.6     | http",
            "spoofed left part   | 10.0.0.5   | 1.2.3.4, 198.51.100.7    | http  | 198.51.100.7 | http",
            "two proxies         | 10.0.0.5   | 198.51.100.7, 10.0.0.9   | http  | 198.51.100.7 | http",
            "a name is no client | 10.0.0.5   | 198.51.100.7, evil.example | http | 10.0.0.5    | http",
            "no header           | 10.0.0.5   |                          |       | 10.0.0.5     | http",
    })
    void appliesForwardedHeadersOnlyFromTrustedProxies(String name, String remote, String forwardedFor, String proto,
            String expectedAddress, String expectedScheme) throws Exception {
        List<String> proxies = name.startsWith("none") ? List.of() : List.of("10.0.0.5", "10.0.0.8/30");
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/public");
        request.setRemoteAddr(remote);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        if (proto != null) {
            request.addHeader("X-Forwarded-Proto", proto);
        }
        MockFilterChain chain = new MockFilterChain();
        new ForwardedHeadersFilter(new TrustedProxies(proxies)).doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest().getRemoteAddr()).isEqualTo(expectedAddress);
        assertThat(chain.getRequest().getScheme()).isEqualTo(expectedScheme);
        assertThat(chain.getRequest().isSecure()).isEqualTo("https".equals(expectedScheme));
    }
}
