package org.wegweiser;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The staff application: login, content, publishing, posters, kiosks, users. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("admin.css")
public class AdminUiApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(AdminUiApplication.class, args);
    }
}
