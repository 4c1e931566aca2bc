package cn.fazhi.platform.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * {@code fazhi.web.trusted-proxies}: the reverse proxies (addresses or CIDR ranges, e.g. {@code 10.0.0.5},
 * {@code 10.0.0.0/24}) whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} headers are believed. Default: none,
 * so a client cannot choose its own address for the rate limits and the audit trail by sending the header itself.
 */
@ConfigurationProperties("fazhi.web")
public record TrustedProxies(List<String> trustedProxies) {

    public TrustedProxies {
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        trustedProxies.forEach(IpAddressMatcher::new); // refuses a malformed entry at start
    }

    public boolean trusts(String address) {
        if (!isIpLiteral(address)) {
            return false;
        }
        for (String proxy : trustedProxies) {
            try {
                if (new IpAddressMatcher(proxy).matches(address.trim())) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                return false; // not an IP address at all
            }
        }
        return false;
    }

    /** An IPv4 or IPv6 literal — never a name, which the matcher would look up in the DNS. */
    public static boolean isIpLiteral(String address) {
        if (address == null || address.isEmpty() || address.length() > 45) {
            return false;
        }
        return address.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") || address.contains(":") && address.matches("[0-9a-fA-F:.]+");
    }
}
