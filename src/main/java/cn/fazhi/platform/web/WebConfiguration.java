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
    private final java.time.Duration assetMaxAge;

    WebConfiguration(RateLimitProperties rateLimit,
            @org.springframework.beans.factory.annotation.Value("${spring.web.resources.cache.cachecontrol.max-age:7d}")
            java.time.Duration assetMaxAge) {
        this.rateLimit = rateLimit;
        this.assetMaxAge = assetMaxAge;
    }

    /**
     * Static files under {@code /css/}, {@code /js/} and {@code /img/} (from {@code classpath:/static/}) and the web jars
     * under {@code /webjars/} (without their version in the URL). Spring Boot's own mappings are off
     * ({@code spring.web.resources.add-mappings: false}) because they serve {@code /**}: the resource chain, on because
     * of the web-jar locator, then looked up every link a page renders ({@code @{...}}) on the classpath, opening the jar
     * each time — about two thirds of the dashboard's rendering time (issue 4, performance). With these prefixes a link
     * to a page is recognised as no asset at once.
     */
    @Override
    public void addResourceHandlers(org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry registry) {
        org.springframework.http.CacheControl cache = org.springframework.http.CacheControl.maxAge(assetMaxAge);
        for (String folder : new String[] {"css", "js", "img"}) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(cache).resourceChain(true);
        }
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(cache).resourceChain(true)
                .addResolver(new org.springframework.web.servlet.resource.LiteWebJarsResourceResolver());
    }

    /** Forwarded headers from the configured proxies only, before every other filter (security included). */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<ForwardedHeadersFilter> forwardedHeadersFilter(
            TrustedProxies proxies) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new ForwardedHeadersFilter(proxies));
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * One-time form tokens around every {@link SubmitOnce} handler, ordered after (inside) method security so that a
     * caller without the permission gets 403 before the token is looked at.
     */
    @Bean
    @org.springframework.context.annotation.Role(org.springframework.beans.factory.config.BeanDefinition.ROLE_INFRASTRUCTURE)
    static org.springframework.aop.Advisor submitOnceAdvisor(
            org.springframework.beans.factory.ObjectProvider<FormTokens> tokens) {
        var advisor = new org.springframework.aop.support.DefaultPointcutAdvisor(
                org.springframework.aop.support.annotation.AnnotationMatchingPointcut.forMethodAnnotation(SubmitOnce.class),
                new SubmitOnceInterceptor(tokens));
        advisor.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE);
        return advisor;
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
