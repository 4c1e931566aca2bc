package cn.fazhi.rectification;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.security.PermissionSet;

/** The rectification module's permissions and settings (menu entries: added by the module's pages). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RectificationProperties.class)
class RectificationConfiguration {

    @Bean
    PermissionSet rectificationPermissions() {
        return new PermissionSet("rectification", List.of(RectificationPermissions.VIEW, RectificationPermissions.RESPOND,
                RectificationPermissions.ACCEPT));
    }
}
