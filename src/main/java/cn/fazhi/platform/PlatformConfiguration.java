package cn.fazhi.platform;

import java.security.Security;
import java.time.Clock;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Platform beans: the clock every rule reads time from, and the BouncyCastle provider for SM3/SM4. */
@Configuration(proxyBeanMethods = false)
public class PlatformConfiguration {

    static {
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
