package org.wegweiser.preview;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/**
 * Draft previews (/preview/…) are for staff only: never cached, never indexed, and framed only
 * by admin-ui ({@code wegweiser.admin-ui.url}). See docs/adr/006-draft-preview.md.
 */
@Configuration(proxyBeanMethods = false)
class PreviewResponseHeaders {

    @Bean
    FilterRegistrationBean<Filter> previewHeaders(@Value("${wegweiser.admin-ui.url:http://localhost:8081}") String adminUi) {
        String origin = java.net.URI.create(adminUi).resolve("/").toString().replaceAll("/$", "");
        Filter filter = (request, response, chain) -> {
            var http = (HttpServletResponse) response;
            http.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            http.setHeader("X-Robots-Tag", "noindex, nofollow");
            http.setHeader("Content-Security-Policy", "frame-ancestors " + origin);
            chain.doFilter(request, response);
        };
        var registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/preview/*");
        registration.setName("previewHeaders");
        return registration;
    }
}
