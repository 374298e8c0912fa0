package org.wegweiser.preview;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
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
    FilterRegistrationBean<Filter> previewHeaders() {
        // framing (only by admin-ui) is in the Content-Security-Policy of PublicSideSecurity
        Filter filter = (request, response, chain) -> {
            var http = (HttpServletResponse) response;
            http.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            http.setHeader("X-Robots-Tag", "noindex, nofollow");
            chain.doFilter(request, response);
        };
        var registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/preview/*");
        registration.setName("previewHeaders");
        return registration;
    }
}
