package org.wegweiser.admin.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;
import org.wegweiser.kiosk.KioskFleet;
import org.wegweiser.kiosk.KioskStatus;
import org.wegweiser.kiosk.UnknownPairingCodeException;
import org.wegweiser.publishing.PublishedContent;
import org.wegweiser.user.CurrentUser;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The kiosks in the lobbies: pair a new one by its code, see which are online, change, reload or revoke one. */
@Route("kiosks")
@RolesAllowed("ADMIN")
class KiosksView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final KioskFleet fleet;
    private final PublishedContent published;
    private final Grid<KioskStatus> grid = new Grid<>();
    private final TextField code = new TextField();

    KiosksView(KioskFleet fleet, PublishedContent published) {
        this.fleet = fleet;
        this.published = published;
        addClassName("admin-page");
        add(new H1(getTranslation("admin.kiosks.title")));
        add(new H2(getTranslation("admin.kiosks.pair")));
        published.current().ifPresentOrElse(content -> {
            add(new Paragraph(getTranslation("admin.kiosks.pairHelp")));
            code.setLabel(getTranslation("admin.kiosks.code"));
            code.setMaxLength(16);
            var form = new KioskForm(content);
            var pair = new Button(getTranslation("admin.kiosks.pairButton"), e -> {
                code.setInvalid(false);
                form.read().ifPresent(setup -> {
                    try {
                        fleet.pair(code.getValue(), setup, CurrentUser.name());
                        code.clear();
                        form.fill(new org.wegweiser.kiosk.KioskSetup(getTranslation("admin.kiosks.newName"),
                                setup.site(), setup.floor(), setup.x(), setup.y(), setup.idleSeconds(), setup.languages()));
                        Notification.show(getTranslation("admin.kiosks.paired", setup.name()), 5000,
                                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        refresh();
                    } catch (UnknownPairingCodeException unknown) {
                        code.setErrorMessage(getTranslation("admin.kiosks.codeUnknown"));
                        code.setInvalid(true);
                    }
                });
            });
            pair.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(code, form, pair);
        }, () -> add(new Paragraph(getTranslation("admin.kiosks.nothingPublished"))));

        add(new H2(getTranslation("admin.kiosks.fleet")));
        var time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(published.current().map(c -> ZoneId.of(c.organisation().timeZone())).orElse(ZoneId.systemDefault()));
        grid.addColumn(k -> k.setup().name()).setHeader(getTranslation("admin.kiosks.name"));
        grid.addColumn(k -> siteName(k.setup().site())).setHeader(getTranslation("admin.kiosks.site"));
        grid.addComponentColumn(this::state).setHeader(getTranslation("admin.kiosks.state"));
        grid.addColumn(k -> k.lastSeen() == null ? getTranslation("admin.kiosks.never") : time.format(k.lastSeen()))
                .setHeader(getTranslation("admin.kiosks.lastSeen"));
        grid.addColumn(k -> k.softwareVersion() == null ? "" : k.softwareVersion()).setHeader(getTranslation("admin.kiosks.version"));
        grid.addColumn(k -> k.screenSize() == null ? "" : k.screenSize()).setHeader(getTranslation("admin.kiosks.screen"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("admin.kiosks.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addClassName("admin-kiosks");
        add(grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // The QR code on an unpaired kiosk opens this page with its code filled in.
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(code::setValue);
    }

    private void refresh() {
        grid.setItems(fleet.kiosks());
    }

    private String siteName(String key) {
        return published.current().flatMap(c -> c.content().sites().stream().filter(s -> s.key().equals(key)).findFirst()
                .map(s -> c.text(s.name(), getLocale().getLanguage()))).orElse(key);
    }

    private Span state(KioskStatus kiosk) {
        String key = kiosk.revoked() ? "admin.kiosks.revoked" : kiosk.online() ? "admin.kiosks.online" : "admin.kiosks.offline";
        var badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add("badge " + (kiosk.revoked() ? "contrast" : kiosk.online() ? "success" : "error"));
        badge.addClassName("admin-kiosk-state");
        return badge;
    }

    private Div actions(KioskStatus kiosk) {
        var actions = new Div();
        if (kiosk.revoked()) {
            return actions;
        }
        var edit = new Button(getTranslation("admin.kiosks.edit"), e -> edit(kiosk));
        var reload = new Button(getTranslation("admin.kiosks.reload"), e -> {
            fleet.requestReload(kiosk.id(), CurrentUser.name());
            Notification.show(getTranslation("admin.kiosks.reloadRequested", kiosk.setup().name()), 5000,
                    Notification.Position.BOTTOM_START);
            refresh();
        });
        var revoke = new Button(getTranslation("admin.kiosks.revoke"), e -> confirmRevoke(kiosk));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(edit, reload, revoke);
        return actions;
    }

    private void edit(KioskStatus kiosk) {
        published.current().ifPresent(content -> {
            var dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("admin.kiosks.editTitle", kiosk.setup().name()));
            var form = new KioskForm(content);
            form.fill(kiosk.setup());
            dialog.add(form);
            var save = new Button(getTranslation("admin.kiosks.save"), e -> form.read().ifPresent(setup -> {
                try {
                    fleet.update(kiosk.id(), kiosk.version(), setup, CurrentUser.name());
                    dialog.close();
                    refresh();
                } catch (OptimisticLockingFailureException conflict) {
                    Notification.show(getTranslation("admin.kiosks.conflict"), 8000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            }));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(new Button(getTranslation("admin.posters.cancel"), e -> dialog.close()), save);
            dialog.open();
        });
    }

    private void confirmRevoke(KioskStatus kiosk) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.kiosks.revokeTitle", kiosk.setup().name()));
        dialog.add(new Paragraph(getTranslation("admin.kiosks.revokeText")));
        var confirm = new Button(getTranslation("admin.kiosks.revoke"), e -> {
            fleet.revoke(kiosk.id(), CurrentUser.name());
            dialog.close();
            refresh();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("admin.posters.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.kiosks.title") + " – " + getTranslation("admin.app.name");
    }
}
