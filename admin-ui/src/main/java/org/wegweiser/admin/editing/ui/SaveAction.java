package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.wegweiser.content.EditConflict;
import org.wegweiser.content.EditMerge;
import org.wegweiser.content.EditRefused;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What every editor does on save: the form keeps what was typed whatever happens, and a banner
 * says what happened. A conflict opens a dialog with the other person's changes and offers to
 * take their version with the editor's own changes put back, to be saved again.
 *
 * @param <T> the editor's draft record
 */
final class SaveAction<T extends Record> {

    /** The form side of an editor. */
    interface Form<T> {
        /** The values as typed, or null after marking the invalid fields. */
        T valueIfValid();

        void read(T draft);

        /** Marks a field refused by the service; false when the form has no such field. */
        boolean showProblem(String field, String message);
    }

    private final Component host;
    private final Form<T> form;
    private final Class<T> type;
    private final Div banner = new Div();
    private final Labels labels;
    private T opened;

    /** How the conflict dialog names a field and shows a value of it. */
    interface Labels {
        String field(String field);

        String value(String field, String value);
    }

    SaveAction(Component host, Form<T> form, Class<T> type, Labels labels) {
        this.host = host;
        this.form = form;
        this.type = type;
        this.labels = labels;
        banner.addClassName("admin-save-banner");
        banner.getElement().setAttribute("role", "alert");
        banner.setVisible(false);
    }

    Div banner() {
        return banner;
    }

    /** The draft the editor started from. */
    void opened(T draft) {
        this.opened = draft;
        form.read(draft);
    }

    T opened() {
        return opened;
    }

    void save(Function<T, T> saving, Consumer<T> saved) {
        banner.setVisible(false);
        banner.removeClassName("admin-save-ok");
        T edited = form.valueIfValid();
        if (edited == null) {
            show(text("admin.edit.invalid"), false);
            return;
        }
        try {
            T result = saving.apply(edited);
            opened = result;
            form.read(result);
            show(text("admin.edit.saved"), true);
            saved.accept(result);
        } catch (EditConflict conflict) {
            show(text("admin.edit.conflict.banner"), false);
            conflictDialog(conflict, edited);
        } catch (EditRefused refused) {
            var unplaced = refused.problems().stream().filter(p -> !form.showProblem(p.field(), message(p))).toList();
            show(text("admin.edit.refused") + unplaced.stream().map(p -> " " + message(p)).reduce("", String::concat),
                    false);
        } catch (DataAccessException | TransactionException unreachable) {
            show(text("admin.edit.databaseDown"), false);
        }
    }

    private void conflictDialog(EditConflict conflict, T mine) {
        var dialog = new Dialog();
        dialog.addClassName("admin-conflict");
        dialog.setHeaderTitle(text("admin.edit.conflict.title"));
        String who = conflict.actor() == null ? text("admin.edit.conflict.someone") : conflict.actor();
        String when = conflict.at() == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(com.vaadin.flow.component.UI.getCurrent().getLocale()).withZone(ZoneId.systemDefault()).format(conflict.at());
        dialog.add(new Paragraph(host.getTranslation("admin.edit.conflict.text", who, when)));
        var list = new UnorderedList();
        list.addClassName("admin-conflict-changes");
        conflict.changes().forEach(change -> list.add(new ListItem(host.getTranslation("admin.edit.conflict.change",
                labels.field(change.field()), shown(change.field(), change.before()),
                shown(change.field(), change.after())))));
        dialog.add(list);
        dialog.add(new Paragraph(text("admin.edit.conflict.hint")));
        T theirs = conflict.current(type);
        var reapply = new Button(text("admin.edit.conflict.reapply"), e -> {
            T merged = EditMerge.reapply(opened, mine, theirs);
            opened = theirs;
            form.read(merged);
            show(text("admin.edit.conflict.reapplied"), false);
            dialog.close();
        });
        reapply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var keep = new Button(text("admin.edit.conflict.keep"), e -> dialog.close());
        dialog.getFooter().add(keep, reapply);
        dialog.open();
    }

    private String shown(String field, String value) {
        return value == null || value.isEmpty() ? text("admin.edit.conflict.empty") : labels.value(field, value);
    }

    private String message(EditRefused.Problem problem) {
        return host.getTranslation("admin." + problem.message(), problem.detail() == null ? "" : problem.detail());
    }

    private void show(String message, boolean ok) {
        banner.setText(message);
        if (ok) {
            banner.addClassName("admin-save-ok");
        }
        banner.setVisible(true);
    }

    private String text(String key) {
        return host.getTranslation(key);
    }
}
