package org.wegweiser.kiosk.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;
import org.wegweiser.kiosk.KioskCredentials;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Only a paired kiosk gets kiosk mode: a phone or an ordinary browser that opens a kiosk page
 * ({@code /kiosk/ar/service/reisepass}) is sent to the same page for phones. {@code /kiosk}
 * itself shows an unpaired browser the pairing screen.
 */
@Configuration(proxyBeanMethods = false)
class UnpairedToPhonePages {

    private static final Set<String> OWN = Set.of("paired", "open", "pair");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> unpairedToPhonePagesFilter(KioskCredentials credentials) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                var segments = List.of(request.getRequestURI().substring(request.getContextPath().length())
                        .replaceFirst("^/kiosk/?", "").split("/"));
                boolean kioskPage = "GET".equals(request.getMethod()) && !segments.getFirst().isEmpty()
                        && !OWN.contains(segments.getFirst());
                if (kioskPage && credentials.kiosk(KioskCredentials.secret(request.getCookies()).orElse(null)).isEmpty()) {
                    response.sendRedirect(request.getContextPath() + phonePage(segments));
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/kiosk/*");
        return registration;
    }

    /** The phone page that shows what the kiosk page would: /kiosk/{lang}/service/{key} → /s/{key}?lang={lang}. */
    static String phonePage(List<String> segments) {
        String lang = "?lang=" + UriUtils.encodeQueryParam(segments.getFirst(), StandardCharsets.UTF_8);
        if (segments.size() >= 3) {
            String key = UriUtils.encodePathSegment(segments.get(2), StandardCharsets.UTF_8);
            switch (segments.get(1)) {
                case "service" -> {
                    return "/s/" + key + lang;
                }
                case "topic" -> {
                    return "/t/" + key + lang;
                }
                case "office" -> {
                    return "/o/" + key + lang;
                }
                default -> {
                }
            }
        }
        return "/" + lang;
    }
}
