package org.wegweiser;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The public application: kiosk mode, phone pages and short links. */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("kiosk.css")
@Meta(name = "referrer", content = "no-referrer")
@Push
public class KioskUiApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(KioskUiApplication.class, args);
    }
}
