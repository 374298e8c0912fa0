package org.wegweiser.admin.translation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.wegweiser.content.TranslationStatus;
import org.wegweiser.translation.TranslationLanguage;
import org.wegweiser.translation.TranslationRow;
import org.wegweiser.translation.TranslationService;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The translation workspace of one language: every field with its German source beside the
 * translation, filtered by status and kind. Ctrl+Enter saves as reviewed and moves on.
 */
@Route("translations")
@RolesAllowed({"ADMIN", "EDITOR", "TRANSLATOR"})
class TranslationsView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    static final String OPEN = "open";
    static final String ALL = "all";
    private static final int PAGE = 60;

    private final TranslationService translations;
    private final Select<TranslationLanguage> language = new Select<>();
    private final Select<String> status = new Select<>();
    private final Select<String> kind = new Select<>();
    private final Span progress = new Span();
    private final Div list = new Div();
    private final List<TranslationRowEditor> editors = new ArrayList<>();
    private List<TranslationRow> rows = List.of();
    private int shown;

    TranslationsView(TranslationService translations) {
        this.translations = translations;
        addClassName("admin-page");
        add(new H1(getTranslation("admin.translations.title")));

        language.setLabel(getTranslation("admin.translations.language"));
        language.setItemLabelGenerator(TranslationLanguage::nativeName);
        status.setLabel(getTranslation("admin.translations.status"));
        status.setItems(OPEN, TranslationStatus.MISSING.name(), TranslationStatus.OUTDATED.name(),
                TranslationStatus.DRAFT.name(), TranslationStatus.REVIEWED.name(), ALL);
        status.setItemLabelGenerator(s -> getTranslation("admin.translations.filter." + s));
        status.setValue(OPEN);
        kind.setLabel(getTranslation("admin.translations.kind"));
        kind.setItemLabelGenerator(k -> k.equals(ALL) ? getTranslation("admin.translations.filter.all")
                : getTranslation("admin.translations.entity." + k));
        language.addClassName("admin-translation-language");
        status.addClassName("admin-translation-status");
        kind.addClassName("admin-translation-kind");
        var filters = new FlexLayout(language, status, kind, progress);
        filters.addClassName("admin-translation-filters");
        add(filters);
        var hint = new Paragraph(getTranslation("admin.translations.keyboard"));
        hint.addClassName("admin-hint");
        add(hint);
        list.addClassName("admin-translation-list");
        add(list);

        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(TranslationsView.class, e.getValue().code()));
            }
        });
        status.addValueChangeListener(e -> render());
        kind.addValueChangeListener(e -> render());
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String code) {
        var languages = translations.languages();
        list.removeAll();
        if (languages.isEmpty()) {
            list.add(new Paragraph(getTranslation("admin.translations.noLanguages")));
            return;
        }
        language.setItems(languages);
        var chosen = languages.stream().filter(l -> l.code().equals(code)).findFirst();
        if (code != null && chosen.isEmpty()) {
            list.add(new Paragraph(getTranslation("admin.translations.notYours", code)));
            return;
        }
        language.setValue(chosen.orElse(languages.getFirst()));
        rows = translations.rows(language.getValue().code());
        var kinds = new LinkedHashSet<String>();
        kinds.add(ALL);
        rows.forEach(r -> kinds.add(r.entity()));
        kind.setItems(kinds);
        kind.setValue(ALL);
        render();
    }

    private void render() {
        if (language.getValue() == null || kind.getValue() == null) {
            return;
        }
        list.removeAll();
        editors.clear();
        shown = 0;
        long reviewed = rows.stream().filter(r -> r.status() == TranslationStatus.REVIEWED).count();
        progress.setText(getTranslation("admin.translations.progress", reviewed, rows.size()));
        progress.addClassName("admin-translation-progress");
        showMore();
    }

    private void showMore() {
        list.getChildren().filter(c -> c instanceof Button).toList().forEach(list::remove);
        var matching = rows.stream().filter(this::matches).toList();
        if (matching.isEmpty()) {
            list.add(new Paragraph(getTranslation("admin.translations.none")));
            return;
        }
        int until = Math.min(matching.size(), shown + PAGE);
        for (int i = shown; i < until; i++) {
            var editor = new TranslationRowEditor(translations, matching.get(i), language.getValue(), this::saved);
            editors.add(editor);
            list.add(editor);
        }
        shown = until;
        if (shown < matching.size()) {
            var more = new Button(getTranslation("admin.translations.more", matching.size() - shown), e -> showMore());
            list.add(more);
        }
    }

    private boolean matches(TranslationRow row) {
        boolean statusMatches = switch (status.getValue()) {
            case OPEN -> row.status() != TranslationStatus.REVIEWED;
            case ALL -> true;
            default -> row.status().name().equals(status.getValue());
        };
        return statusMatches && (kind.getValue().equals(ALL) || kind.getValue().equals(row.entity()));
    }

    /** After a save: the progress follows; with Ctrl+Enter the next field gets the focus, loading more rows at the end. */
    private void saved(TranslationRowEditor editor, boolean moveOn) {
        rows = rows.stream().map(r -> same(r, editor.row()) ? editor.row() : r).toList();
        progress.setText(getTranslation("admin.translations.progress",
                rows.stream().filter(r -> r.status() == TranslationStatus.REVIEWED).count(), rows.size()));
        if (!moveOn) {
            return;
        }
        int index = editors.indexOf(editor);
        if (index == editors.size() - 1 && list.getChildren().anyMatch(c -> c instanceof Button)) {
            showMore();
        }
        if (index >= 0 && index + 1 < editors.size()) {
            editors.get(index + 1).focus();
        }
    }

    private static boolean same(TranslationRow a, TranslationRow b) {
        return a.entity().equals(b.entity()) && a.key().equals(b.key()) && a.field().equals(b.field());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.translations.title") + " – " + getTranslation("admin.app.name");
    }
}
