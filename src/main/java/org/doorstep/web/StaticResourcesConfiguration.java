package org.doorstep.web;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Versioned links to static files, resolved once each (see {@link StaticResourceLinks}). */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfiguration {

    /** Declared with Spring's filter type, so that Spring Boot does not register its own filter beside it. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter(
            ObjectProvider<ResourceUrlProvider> urls) {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
                new StaticResourceLinks(urls, StaticResourceLinks.staticPrefixes()));
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }
}
