package cn.fazhi.platform.web;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Applies {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only when the request comes from a proxy named in
 * {@link TrustedProxies}; from anyone else the headers are ignored (the server's own forwarded-header handling is off,
 * {@code server.forward-headers-strategy: none}). The client is the right-most address of {@code X-Forwarded-For} that
 * is not itself a trusted proxy — the left part of the header is whatever the client sent and proves nothing.
 * Runs first, so security, the rate limits ({@link PublicFormRateLimit}) and the audit ({@link ClientAddress}) all see
 * the same address.
 */
public class ForwardedHeadersFilter extends OncePerRequestFilter {

    private final TrustedProxies proxies;

    public ForwardedHeadersFilter(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (proxies.trustedProxies().isEmpty() || !proxies.trusts(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        String client = clientOf(request.getHeader("X-Forwarded-For"), request.getRemoteAddr());
        String proto = first(request.getHeader("X-Forwarded-Proto"));
        String scheme = "https".equalsIgnoreCase(proto) ? "https" : "http".equalsIgnoreCase(proto) ? "http" : request.getScheme();
        chain.doFilter(new Forwarded(request, client, scheme), response);
    }

    private String clientOf(String header, String remote) {
        if (header == null || header.isBlank()) {
            return remote;
        }
        String[] hops = header.split(",");
        String client = remote;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!TrustedProxies.isIpLiteral(hop)) {
                break; // a name or garbage: the last address vouched for stays the client
            }
            client = hop;
            if (!proxies.trusts(hop)) {
                break;
            }
        }
        return client;
    }

    private static String first(String header) {
        return header == null ? null : header.split(",")[0].trim();
    }

    private static final class Forwarded extends HttpServletRequestWrapper {
        private final String client;
        private final String scheme;

        Forwarded(HttpServletRequest request, String client, String scheme) {
            super(request);
            this.client = client;
            this.scheme = scheme;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public String getScheme() {
            return scheme;
        }

        @Override
        public boolean isSecure() {
            return "https".equals(scheme);
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer(scheme).append("://").append(getServerName());
            int port = getServerPort();
            if (!("https".equals(scheme) && (port == 443 || port == 80)) && !("http".equals(scheme) && port == 80)) {
                url.append(':').append(port);
            }
            return url.append(getRequestURI());
        }
    }
}
