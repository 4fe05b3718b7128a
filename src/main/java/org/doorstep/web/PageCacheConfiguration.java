package org.doorstep.web;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The rendered-page cache of the portal: {@link PageCacheFilter} in front, {@link CachedPage} on the handlers. */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration implements WebMvcConfigurer {

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache) {
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(new PageCacheFilter(cache));
        // After the parameter checks and the public address, right before the security filters: a cached page
        // costs a map look-up, not the security chain; the pages it holds were sent through that chain once.
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PageCacheFilter.Pages());
    }
}
