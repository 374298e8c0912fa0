package org.wegweiser.kiosk.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import org.wegweiser.content.ContentAssets;
import org.wegweiser.kiosk.KioskSearch;
import org.wegweiser.publishing.PublishedContent;

import java.util.Optional;

/**
 * Search with the kiosk's own keyboard. Results follow each key press; a search that finds
 * nothing offers the A–Z and the topics instead, and its text (nothing else) is counted so
 * editors see what visitors miss.
 */
@Route(value = "kiosk/:lang/search", layout = KioskLayout.class)
class SearchView extends KioskPage implements BeforeLeaveObserver {

    private static final int MAX_QUERY = 60;

    private final ContentAssets assets;
    private final KioskSearch search;
    private final StringBuilder query = new StringBuilder();

    /** The query survives a re-render (new content published while typing) until the kiosk resets. */
    record TypedQuery(String text) {
    }
    private Span queryField;
    private Div results;
    private boolean lastSearchMissed;

    SearchView(PublishedContent published, ContentAssets assets, KioskSearch search, KioskSession kiosk) {
        super(published, kiosk);
        this.assets = assets;
        this.search = search;
        addClassName("kiosk-search");
    }

    @Override
    protected Optional<String> render(BeforeEnterEvent event) {
        String title = t("kiosk.search.title");
        add(new H1(title));
        queryField = new Span();
        queryField.addClassName("kiosk-search-query");
        queryField.getElement().setAttribute("role", "textbox");
        queryField.getElement().setAttribute("aria-readonly", "true");
        queryField.getElement().setAttribute("aria-label", t("kiosk.search.label"));
        queryField.getElement().setAttribute("dir", "auto");
        results = new Div();
        results.addClassName("kiosk-search-results");
        results.getElement().setAttribute("aria-live", "polite");
        var keyboard = new ScreenKeyboard(code(), new ScreenKeyboard.Labels(t("kiosk.keyboard.space"),
                t("kiosk.keyboard.backspace"), t("kiosk.keyboard.clear"), t("kiosk.keyboard.latin"),
                t("kiosk.keyboard.own")), this::type, this::backspace, this::clear);
        add(queryField, results, keyboard);
        var typed = ComponentUtil.getData(ui(), TypedQuery.class);
        query.setLength(0);
        query.append(typed == null ? "" : typed.text());
        update();
        return Optional.of(title);
    }

    private void type(String key) {
        if (query.length() < MAX_QUERY) {
            query.append(key);
            update();
        }
    }

    private void backspace() {
        if (!query.isEmpty()) {
            query.setLength(query.offsetByCodePoints(query.length(), -1));
            update();
        }
    }

    private void clear() {
        countMiss();
        query.setLength(0);
        update();
    }

    private void update() {
        ComponentUtil.setData(ui(), TypedQuery.class, new TypedQuery(query.toString()));
        queryField.setText(query.isEmpty() ? t("kiosk.search.placeholder") : query.toString());
        queryField.getElement().getClassList().set("empty", query.isEmpty());
        results.removeAll();
        if (query.toString().isBlank()) {
            lastSearchMissed = false;
            return;
        }
        var hits = search.find(content, query.toString(), code());
        lastSearchMissed = hits.isEmpty();
        if (hits.isEmpty()) {
            var none = new Div();
            none.addClassName("kiosk-search-none");
            none.add(new Paragraph(t("kiosk.search.none")));
            var directory = new RouterLink(DirectoryView.class, KioskContent.params(code()));
            directory.addClassNames("kiosk-action");
            directory.add(KioskContent.pictogram(assets, "location-pin"), new Span(t("kiosk.directory.open")));
            var topics = new RouterLink(HomeView.class, KioskContent.params(code()));
            topics.addClassNames("kiosk-action");
            topics.add(KioskContent.pictogram(assets, "home"), new Span(t("kiosk.search.topics")));
            none.add(directory, topics);
            results.add(none);
            return;
        }
        var tiles = KioskContent.serviceTiles(content, code(), assets, hits);
        results.add(tiles);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!event.getLocation().getPath().equals(ui().getActiveViewLocation().getPath())) {
            countMiss();
            ComponentUtil.setData(ui(), TypedQuery.class, null);
        }
    }

    /** Counted when the visitor gives up on a query (clears it or leaves), not at every key. */
    private void countMiss() {
        if (lastSearchMissed) {
            search.countMiss(query.toString(), ui().getSession().getBrowser().getAddress());
            lastSearchMissed = false;
        }
    }
}
