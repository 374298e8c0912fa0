package org.wegweiser.admin.translation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.security.access.AccessDeniedException;
import org.wegweiser.content.TranslationStatus;
import org.wegweiser.translation.TranslationConflictException;
import org.wegweiser.translation.TranslationLanguage;
import org.wegweiser.translation.TranslationRow;
import org.wegweiser.translation.TranslationService;

import java.util.function.BiConsumer;

/** One field: the German source (old and new when outdated) beside the translation, its status and the saves. */
class TranslationRowEditor extends Section {

    private final TranslationService translations;
    private final BiConsumer<TranslationRowEditor, Boolean> saved;
    private final TextArea target = new TextArea();
    private final Span badge = new Span();
    private final Span message = new Span();
    private TranslationRow row;

    TranslationRowEditor(TranslationService translations, TranslationRow row, TranslationLanguage language,
                         BiConsumer<TranslationRowEditor, Boolean> saved) {
        this.translations = translations;
        this.row = row;
        this.saved = saved;
        addClassName("admin-translation-row");
        getElement().setAttribute("data-field", row.entity() + "/" + row.key() + "/" + row.field());

        var heading = new Div(new Span(getTranslation("admin.translations.entity." + row.entity())),
                new Span(row.entityName()), new Span(getTranslation("admin.translations.field." + row.field())), badge);
        heading.addClassName("admin-translation-heading");
        add(heading);

        var source = new Div();
        source.addClassName("admin-translation-source");
        if (row.status() == TranslationStatus.OUTDATED && row.translatedFrom() != null) {
            source.add(text("admin.translations.oldSource", row.translatedFrom(), "admin-old-source"),
                    text("admin.translations.newSource", row.source(), "admin-new-source"));
            source.addClassName("admin-outdated");
        } else {
            source.add(text("admin.translations.source", row.source(), "admin-new-source"));
        }

        target.setLabel(language.nativeName());
        target.getElement().setAttribute("lang", language.code());
        target.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
        target.setValue(row.text() == null ? "" : row.text());
        target.setWidthFull();
        target.setMaxLength(5000);
        target.addClassName("admin-translation-target");
        // The value comes with the key press: Ctrl+Enter fires no change event that would sync it.
        target.getElement().addEventListener("keydown", e -> save(e.getEventData().get("element.value").asString(),
                        TranslationStatus.REVIEWED, true))
                .setFilter("event.key === 'Enter' && (event.ctrlKey || event.metaKey)")
                .addEventData("element.value");

        var draft = new Button(getTranslation("admin.translations.saveDraft"),
                e -> save(target.getValue(), TranslationStatus.DRAFT, false));
        var reviewed = new Button(getTranslation("admin.translations.saveReviewed"),
                e -> save(target.getValue(), TranslationStatus.REVIEWED, false));
        reviewed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var buttons = new Div(draft, reviewed, message);
        buttons.addClassName("admin-translation-buttons");
        message.getElement().setAttribute("role", "status");
        message.addClassName("admin-translation-message");

        var columns = new Div(source, new Div(target, buttons));
        columns.addClassName("admin-translation-columns");
        add(columns);
        showStatus();
    }

    TranslationRow row() {
        return row;
    }

    void focus() {
        target.focus();
    }

    private void save(String text, TranslationStatus status, boolean moveOn) {
        target.setValue(text);
        target.setInvalid(false);
        message.setText("");
        if (text.isBlank()) {
            target.setErrorMessage(getTranslation("admin.translations.empty"));
            target.setInvalid(true);
            return;
        }
        try {
            row = row.updatedTo(translations.save(row.edit(text, status)));
            message.setText(getTranslation("admin.translations.saved." + status.name()));
            showStatus();
            saved.accept(this, moveOn);
        } catch (TranslationConflictException e) {
            // Keep what was typed; the next save deliberately replaces the other person's text.
            row = row.updatedTo(e.current());
            target.setErrorMessage(getTranslation("admin.translations.conflict",
                    e.current().text() == null ? "—" : e.current().text()));
            target.setInvalid(true);
            showStatus();
        } catch (AccessDeniedException e) {
            target.setErrorMessage(getTranslation("admin.translations.denied"));
            target.setInvalid(true);
        }
    }

    private void showStatus() {
        badge.setText(getTranslation("admin.translations.filter." + row.status().name()));
        badge.setClassName("admin-status admin-status-" + row.status().name().toLowerCase(java.util.Locale.ROOT));
    }

    private Div text(String labelKey, String text, String className) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("admin-source-label");
        var body = new Paragraph(text);
        body.getElement().setAttribute("lang", "de");
        body.getElement().setAttribute("dir", "ltr");
        var box = new Div(label, body);
        box.addClassName(className);
        return box;
    }
}
