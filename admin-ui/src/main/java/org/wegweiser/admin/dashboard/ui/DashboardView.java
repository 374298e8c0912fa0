package org.wegweiser.admin.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.grid.Grid;
import org.wegweiser.content.Attention;
import org.wegweiser.kiosk.KioskFleet;
import org.wegweiser.content.ContentPackageException;
import org.wegweiser.poster.Posters;
import org.wegweiser.content.ContentPackageService;
import org.wegweiser.publishing.PublishedContent;
import org.wegweiser.publishing.PublishingService;
import org.wegweiser.search.SearchMisses;
import org.wegweiser.user.CurrentUser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** What a member of staff sees first: which town, what is published, publishing, and what visitors missed. */
@Route("")
@PermitAll
class DashboardView extends Main implements HasDynamicTitle {

    private final ContentPackageService packages;
    private final PublishedContent published;
    private final PublishingService publishing;
    private final SearchMisses misses;
    private final AuthenticationContext auth;
    private final Posters posters;
    private final KioskFleet fleet;

    DashboardView(ContentPackageService packages, PublishedContent published, PublishingService publishing,
                  SearchMisses misses, AuthenticationContext auth, Posters posters, KioskFleet fleet) {
        this.posters = posters;
        this.fleet = fleet;
        this.packages = packages;
        this.published = published;
        this.publishing = publishing;
        this.misses = misses;
        this.auth = auth;
        addClassName("admin-page");
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("admin.dashboard.title")));
        add(new Paragraph(getTranslation("admin.dashboard.signedIn", auth.getPrincipalName().orElse("?"))));
        published.current().ifPresentOrElse(snapshot -> {
            var town = new Span(snapshot.text(snapshot.organisation().name(), getLocale().getLanguage()));
            town.addClassName("admin-town");
            add(new H2(town));
            var formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                    .withZone(ZoneId.of(snapshot.organisation().timeZone()));
            add(new Paragraph(getTranslation("admin.dashboard.published", snapshot.revision().number(),
                    formatter.format(snapshot.revision().publishedAt()), snapshot.revision().publishedBy())));
            add(new UnorderedList(
                    new ListItem(getTranslation("admin.dashboard.services", snapshot.services().size())),
                    new ListItem(getTranslation("admin.dashboard.topics", snapshot.topics().size())),
                    new ListItem(getTranslation("admin.dashboard.languages", snapshot.languages().size()))));
        }, () -> add(new Paragraph(getTranslation(packages.hasContent()
                ? "admin.dashboard.notPublished" : "admin.dashboard.empty"))));

        if (packages.hasContent() && auth.hasAnyRole("ADMIN", "EDITOR")) {
            var publish = new Button(getTranslation("admin.publish.button"), e -> confirmPublish());
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publish.addClassName("admin-publish");
            add(publish);
        }

        if (packages.hasContent()) {
            var attention = packages.attention();
            add(new H2(getTranslation("admin.dashboard.translations")));
            var grid = new Grid<Attention.LanguageState>();
            grid.addColumn(Attention.LanguageState::nativeName).setHeader(getTranslation("admin.dashboard.language"));
            grid.addColumn(Attention.LanguageState::missing).setHeader(getTranslation("admin.dashboard.missing"));
            grid.addColumn(Attention.LanguageState::draft).setHeader(getTranslation("admin.dashboard.draft"));
            grid.addColumn(Attention.LanguageState::outdated).setHeader(getTranslation("admin.dashboard.outdated"));
            grid.addComponentColumn(this::progress).setHeader(getTranslation("admin.dashboard.progress"))
                    .setFlexGrow(2);
            grid.setItems(attention.languages());
            grid.setAllRowsVisible(true);
            grid.addClassName("admin-translation-state");
            add(grid);
            if (!attention.servicesWithoutPlace().isEmpty()) {
                add(new H2(getTranslation("admin.dashboard.withoutPlace")));
                var list = new UnorderedList();
                attention.servicesWithoutPlace().forEach(title -> list.add(new ListItem(title)));
                add(list);
            }
            if (!attention.servicesWithoutChecklist().isEmpty()) {
                add(new H2(getTranslation("admin.dashboard.withoutChecklist")));
                var list = new UnorderedList();
                list.addClassName("admin-without-checklist");
                attention.servicesWithoutChecklist().forEach(title -> list.add(new ListItem(title)));
                add(list);
            }
            add(new H2(getTranslation("admin.dashboard.notReviewed")));
            add(notReviewed(attention.notReviewed()));
        }

        add(new H2(getTranslation("admin.dashboard.kiosksOffline")));
        var offline = fleet.offline();
        if (offline.isEmpty()) {
            add(new Paragraph(getTranslation("admin.dashboard.allKiosksOnline")));
        } else {
            var seen = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                    .withZone(published.current().map(c -> ZoneId.of(c.organisation().timeZone())).orElse(ZoneId.systemDefault()));
            var list = new UnorderedList();
            list.addClassName("admin-kiosks-offline");
            offline.forEach(k -> list.add(new ListItem(getTranslation("admin.dashboard.kioskOffline", k.setup().name(),
                    k.lastSeen() == null ? getTranslation("admin.kiosks.never") : seen.format(k.lastSeen())))));
            add(list);
        }

        add(new H2(getTranslation("admin.dashboard.topPosters")));
        var top = posters.mostScanned(LocalDate.now().minusDays(29), 5);
        if (top.isEmpty()) {
            add(new Paragraph(getTranslation("admin.dashboard.noScans")));
        } else {
            var list = new UnorderedList();
            top.forEach(t -> list.add(new ListItem(getTranslation("admin.dashboard.posterScans", t.poster().code(),
                    t.poster().target().type() + (t.poster().target().key() == null ? "" : " " + t.poster().target().key()),
                    t.scans()))));
            add(list);
        }

        add(new H2(getTranslation("admin.dashboard.misses")));
        var missed = misses.since(LocalDate.now().minusDays(30), 10);
        if (missed.isEmpty()) {
            add(new Paragraph(getTranslation("admin.dashboard.noMisses")));
        } else {
            var list = new UnorderedList();
            missed.forEach(m -> list.add(new ListItem(getTranslation("admin.dashboard.miss", m.query(), m.misses()))));
            add(list);
        }
    }

    /** Reviewed share as a bar with its number, linking to the language's workspace. */
    private com.vaadin.flow.component.Component progress(Attention.LanguageState state) {
        var bar = new com.vaadin.flow.component.progressbar.ProgressBar(0, Math.max(1, state.total()), state.reviewed());
        bar.getElement().setAttribute("aria-label", getTranslation("admin.dashboard.progressOf", state.nativeName()));
        var link = new com.vaadin.flow.component.html.Anchor("translations/" + state.language(),
                getTranslation("admin.dashboard.percent", state.percentReviewed(), state.reviewed(), state.total()));
        var cell = new com.vaadin.flow.component.html.Div(bar, link);
        cell.addClassName("admin-progress");
        return cell;
    }

    private com.vaadin.flow.component.Component notReviewed(java.util.List<Attention.Unreviewed> due) {
        if (due.isEmpty()) {
            return new Paragraph(getTranslation("admin.dashboard.allReviewed"));
        }
        var formatter = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        var list = new UnorderedList();
        list.addClassName("admin-not-reviewed");
        due.stream().limit(15).forEach(u -> list.add(new ListItem(getTranslation("admin.dashboard.unreviewed",
                getTranslation("admin.translations.entity." + u.entity()), u.name(),
                formatter.format(u.lastChanged())))));
        if (due.size() > 15) {
            list.add(new ListItem(getTranslation("admin.dashboard.moreUnreviewed", due.size() - 15)));
        }
        return list;
    }

    /** Shows what would change on the kiosks before anything is published. */
    private void confirmPublish() {
        var changes = publishing.pendingChanges();
        var dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(getTranslation("admin.publish.confirmTitle", changes.size()));
        if (changes.isEmpty()) {
            dialog.add(new Paragraph(getTranslation("admin.publish.nothing")));
        } else {
            var list = new UnorderedList();
            list.addClassName("admin-pending-changes");
            changes.stream().limit(100).forEach(c -> list.add(new ListItem(getTranslation("admin.publish.change",
                    c.where(), c.language(), c.before() == null ? "—" : c.before(), c.after() == null ? "—" : c.after()))));
            dialog.add(list);
        }
        var confirm = new Button(getTranslation("admin.publish.confirm"), e -> {
            dialog.close();
            publish();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("admin.posters.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void publish() {
        try {
            var revision = publishing.publish(CurrentUser.name(), null);
            Notification.show(getTranslation("admin.publish.done", revision.number()), 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            published.refresh();
            render();
        } catch (ContentPackageException e) {
            var notification = Notification.show(getTranslation("admin.publish.refused", e.problems().size(),
                    e.problems().getFirst().toString()), 10000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.dashboard.title") + " – " + getTranslation("admin.app.name");
    }
}
