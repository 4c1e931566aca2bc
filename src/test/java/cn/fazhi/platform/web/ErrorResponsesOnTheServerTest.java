package cn.fazhi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import cn.fazhi.TestAccounts;

/**
 * Issue 10, point 9: URLs that Tomcat or the firewall refuse before a controller is chosen ({@code %00}, an encoded
 * slash, a URL beyond the header limit) answer in Chinese on a real server — an RFC 9457 problem body under
 * {@code /api/}, a Chinese page elsewhere — not Tomcat's English HTML page, and never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import(TestAccounts.class)
@ActiveProfiles("test")
class ErrorResponsesOnTheServerTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String path(String prefix, String kind) {
        return switch (kind) {
            case "nul" -> prefix + "v1/public/normative/x%00y";
            case "slash" -> prefix + "v1/public/normative/a%2Fb";
            case "long" -> prefix + "v1/public/normative/" + "a".repeat(20_000);
            case "dots" -> prefix + "v1/public/normative/%2e%2e/%2e%2e/x";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul", "slash", "long", "dots"})
    void aRefusedUrlUnderTheApiIsAProblemBodyInChinese(String kind) throws Exception {
        HttpResponse<String> r = get(path("/api/", kind));
        assertThat(r.statusCode()).as(kind).isBetween(400, 499);
        assertThat(r.headers().firstValue("Content-Type")).as(r.headers() + " " + r.body()).get().asString().startsWith("application/problem+json");
        assertThat(r.body()).contains("\"detail\"").contains("请求").doesNotContain("Tomcat").doesNotContain("HTTP Status")
                .hasSizeLessThan(2000);
    }

    /** (A URL beyond the header limit is refused before Tomcat knows its path: it gets the problem body.) */
    @ParameterizedTest
    @ValueSource(strings = {"nul", "slash", "dots"})
    void aRefusedUrlElsewhereIsAChinesePage(String kind) throws Exception {
        HttpResponse<String> r = get(path("/public/", kind));
        assertThat(r.statusCode()).as(kind).isBetween(400, 499);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(r.body()).contains("出错了").doesNotContain("Tomcat").doesNotContain("HTTP Status")
                .hasSizeLessThan(20_000);
    }
}
