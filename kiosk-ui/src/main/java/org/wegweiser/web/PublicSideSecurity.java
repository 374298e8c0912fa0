package org.wegweiser.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import java.time.Clock;
import java.time.Duration;

/**
 * The public side's guards: security headers on every response (the kiosk runs Vaadin, the
 * phone pages run no script at all) and the rate limits of the writes a visitor can cause.
 */
@Configuration(proxyBeanMethods = false)
public class PublicSideSecurity {

    /** Limits poster scans (/q/…) per client. */
    public static final String SCANS = "scanRateLimit";
    /** Limits counted search misses per kiosk. */
    public static final String SEARCH_MISSES = "searchMissRateLimit";

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders(
            @Value("${wegweiser.admin-ui.url:http://localhost:8081}") String adminUi) {
        String admin = SecurityHeaders.origin(adminUi);
        var registration = new FilterRegistrationBean<>(new SecurityHeaders(request -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.startsWith("/preview/")) {
                // a draft preview is framed by admin-ui's live preview, and by nothing else
                return SecurityHeaders.framedOnlyBy(path.contains("/kiosk/") ? SecurityHeaders.VAADIN_PAGES
                        : SecurityHeaders.NO_SCRIPT_PAGES, admin);
            }
            return path.equals("/kiosk") || path.startsWith("/kiosk/") || path.startsWith("/VAADIN/")
                    ? SecurityHeaders.VAADIN_PAGES : SecurityHeaders.NO_SCRIPT_PAGES;
        }));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean(SCANS)
    ClientRateLimit scanRateLimit(Clock clock,
                                  @Value("${wegweiser.rate-limit.scans.burst:60}") int burst,
                                  @Value("${wegweiser.rate-limit.scans.refill-every:1s}") Duration refillEvery) {
        return new ClientRateLimit(clock, burst, refillEvery);
    }

    @Bean(SEARCH_MISSES)
    ClientRateLimit searchMissRateLimit(Clock clock,
                                        @Value("${wegweiser.rate-limit.search-misses.burst:20}") int burst,
                                        @Value("${wegweiser.rate-limit.search-misses.refill-every:10s}") Duration refillEvery) {
        return new ClientRateLimit(clock, burst, refillEvery);
    }
}
