package io.rolewire.web;

import io.rolewire.runs.RunLifecycle;
import jakarta.servlet.DispatcherType;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** MVC plumbing shared by every controller of the web module. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebLimits.class)
class WebConfiguration implements WebMvcConfigurer {

    private final ObjectProvider<RunLifecycle> lifecycle;

    WebConfiguration(ObjectProvider<RunLifecycle> lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** Looked up per request, so web slices without the runs module still start. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PendingApprovalsCount(lifecycle)).excludePathPatterns("/api/**");
    }

    /** Decimal digits only, no sign, no leading zero: one spelling per id. */
    private static final Pattern CANONICAL_ID = Pattern.compile("0|[1-9][0-9]{0,18}");

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
    }

    /**
     * Spring's own conversion reads {@code 0x2}, {@code +2} and {@code 002} as 2, so one run had
     * many URLs, and a check on the URL (the cross-site export guard) could miss one of them. Every
     * id and number bound by MVC must now be written the one canonical way; anything else is a type
     * mismatch (404 for a page, 400 in the API).
     */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Long.class, (Converter<String, Long>) WebConfiguration::canonicalLong);
    }

    @Bean
    FilterRegistrationBean<RequestLimits> requestLimits(WebLimits limits) {
        FilterRegistrationBean<RequestLimits> registration = new FilterRegistrationBean<>(new RequestLimits(limits));
        // after the character-encoding filter (which must see the request first), before security
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    private static Long canonicalLong(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (!CANONICAL_ID.matcher(text).matches()) {
            throw new IllegalArgumentException("not a canonical whole number");
        }
        return Long.valueOf(text);
    }
}
