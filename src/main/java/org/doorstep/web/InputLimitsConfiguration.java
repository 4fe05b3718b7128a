package org.doorstep.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.thymeleaf.ITemplateEngine;
import tools.jackson.databind.json.JsonMapper;

/** Hostile input is refused at the edge: bad parameters by {@link RequestHygiene}, bad requests in Chinese. */
@Configuration(proxyBeanMethods = false)
class InputLimitsConfiguration {

    @Bean
    FilterRegistrationBean<RequestHygiene> requestHygiene(ITemplateEngine pages, JsonMapper json) {
        FilterRegistrationBean<RequestHygiene> registration =
                new FilterRegistrationBean<>(new RequestHygiene(pages, json));
        // Right after the character-encoding filter (which must decode parameters as UTF-8 first) and before
        // security, so that no filter or controller ever reads a refused parameter.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    TomcatContextCustomizer chineseErrorReport() {
        return context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ChineseErrorReport.class.getName());
            }
        };
    }
}
