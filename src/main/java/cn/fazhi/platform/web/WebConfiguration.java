package cn.fazhi.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** MVC settings shared by every module. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    private final RateLimitProperties rateLimit;

    WebConfiguration(RateLimitProperties rateLimit) {
        this.rateLimit = rateLimit;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new FazhiLocaleResolver();
    }

    /** {@code ?lang=en} or {@code ?lang=zh} switches the language of the session (public pages have no account). */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor).excludePathPatterns("/api/**");
        registry.addInterceptor(new PublicFormRateLimit(rateLimit));
    }
}
