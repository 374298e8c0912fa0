package org.wegweiser.kiosk.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import org.wegweiser.publishing.PublishedContent;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/** The A–Z of offices and rooms, sorted as the visitor's language sorts, grouped by first letter. */
@Route(value = "kiosk/:lang/a-z", layout = KioskLayout.class)
class DirectoryView extends KioskPage {

    private record Entry(String name, String detail, String office, String lang, String dir) {
    }

    DirectoryView(PublishedContent published, KioskSession kiosk) {
        super(published, kiosk);
        addClassName("kiosk-directory");
    }

    @Override
    protected Optional<String> render(BeforeEnterEvent event) {
        String title = t("kiosk.directory.title");
        add(new H1(title));
        var entries = new ArrayList<Entry>();
        for (var office : content.content().offices()) {
            var shown = content.languageOf(office.name(), code());
            String rooms = String.join(", ", office.rooms().stream().map(content::room).flatMap(Optional::stream)
                    .map(p -> p.room().number()).toList());
            entries.add(new Entry(content.text(office.name(), code()), rooms, office.key(), shown.code(),
                    shown.rightToLeft() ? "rtl" : "ltr"));
            for (var roomKey : office.rooms()) {
                content.room(roomKey).filter(p -> !p.room().name().isEmpty()).ifPresent(place -> {
                    var roomShown = content.languageOf(place.room().name(), code());
                    entries.add(new Entry(content.text(place.room().name(), code()), place.room().number(),
                            office.key(), roomShown.code(), roomShown.rightToLeft() ? "rtl" : "ltr"));
                });
            }
        }
        var collator = Collator.getInstance(locale());
        entries.sort(Comparator.comparing(Entry::name, collator));
        var groups = new LinkedHashMap<String, List<Entry>>();
        for (var entry : entries) {
            String letter = entry.name().isEmpty() ? "#" : entry.name().substring(0, 1).toUpperCase(locale());
            groups.computeIfAbsent(letter, k -> new ArrayList<>()).add(entry);
        }
        groups.forEach((letter, group) -> {
            add(withClass(new H2(letter), "kiosk-directory-letter"));
            var list = new UnorderedList();
            list.addClassName("kiosk-directory-list");
            for (var entry : group) {
                var link = new RouterLink(OfficeView.class, KioskContent.params(code(), "office", entry.office()));
                var name = new Span(entry.name());
                name.getElement().setAttribute("lang", entry.lang());
                name.getElement().setAttribute("dir", entry.dir());
                var detail = new Span("\u2066" + entry.detail() + "\u2069");
                detail.addClassName("kiosk-directory-detail");
                link.add(name, detail);
                link.addClassName("kiosk-directory-entry");
                list.add(new ListItem(link));
            }
            add(list);
        });
        return Optional.of(title);
    }
}
