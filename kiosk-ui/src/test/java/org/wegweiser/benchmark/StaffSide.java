package org.wegweiser.benchmark;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.wegweiser.kiosk.KioskAlerts;
import org.wegweiser.kiosk.KioskFleet;

/**
 * What the benchmark runs beside kiosk-ui: the shared domain alone (Flyway, content import,
 * publishing, posters), as admin-ui uses it, without a web server. kiosk-ui itself runs as its
 * own process from the jar, so it learns of a publication as in production, by polling.
 * Deliberately not a {@code @Configuration}: kiosk-ui's own tests scan this package and must not
 * pick it up (it switches Vaadin off).
 */
@EnableAutoConfiguration(excludeName = {"com.vaadin.flow.spring.SpringBootAutoConfiguration",
        "com.vaadin.flow.spring.SpringSecurityAutoConfiguration", "com.vaadin.flow.spring.VaadinScopesConfig"})
@AutoConfigurationPackage(basePackages = "org.wegweiser")
@ComponentScan(basePackages = "org.wegweiser", excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = {"org\\.wegweiser\\.(kiosk|phone|web|benchmark)\\..*", "org\\.wegweiser\\.KioskUiApplication"}))
// the kiosk fleet lives in org.wegweiser.kiosk beside kiosk-ui's own classes: an administrator pairs the kiosks
@Import({KioskFleet.class, KioskAlerts.class})
class StaffSide {
}
