package org.wegweiser.admin.dashboard.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.wegweiser.content.ContentPackageService;
import org.wegweiser.publishing.PublishedContent;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** What a member of staff sees first: which town, what is published, and how much content there is. */
@Route("")
@PermitAll
class DashboardView extends Main implements HasDynamicTitle {

    DashboardView(ContentPackageService packages, PublishedContent published, AuthenticationContext auth) {
        addClassName("admin-dashboard");
        add(new H1(getTranslation("admin.dashboard.title")));
        add(new Paragraph(getTranslation("admin.dashboard.signedIn",
                auth.getPrincipalName().orElse("?"))));
        published.current().ifPresentOrElse(snapshot -> {
            var town = new Span(snapshot.text(snapshot.organisation().name(), getLocale().getLanguage()));
            town.addClassName("admin-town");
            add(new H2(town));
            var formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                    .withZone(ZoneId.of(snapshot.organisation().timeZone()));
            add(new Paragraph(getTranslation("admin.dashboard.published", snapshot.revision().number(),
                    formatter.format(snapshot.revision().publishedAt()), snapshot.revision().publishedBy())));
            var facts = new UnorderedList(
                    new ListItem(getTranslation("admin.dashboard.services", snapshot.services().size())),
                    new ListItem(getTranslation("admin.dashboard.topics", snapshot.topics().size())),
                    new ListItem(getTranslation("admin.dashboard.languages", snapshot.languages().size())));
            add(facts);
        }, () -> add(new Paragraph(getTranslation(packages.hasContent()
                ? "admin.dashboard.notPublished" : "admin.dashboard.empty"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.dashboard.title") + " – " + getTranslation("admin.app.name");
    }
}
