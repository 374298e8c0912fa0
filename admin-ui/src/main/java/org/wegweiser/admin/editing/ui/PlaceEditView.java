package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.RouterLink;
import org.wegweiser.content.EditRefused;

/**
 * What the editors of sites, buildings, floors and rooms share: a key opens one, no key makes a
 * new one, saved through {@link SaveAction} like every other editor.
 *
 * @param <D> the draft record
 * @param <F> the form
 */
abstract class PlaceEditView<D extends Record, F extends Component & SaveAction.Form<D> & SaveAction.Labels>
        extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final String kind;
    private final Class<D> type;
    private final Class<? extends Component> list;
    private final H1 heading = new H1();
    private String title = "";

    /** @param kind as the bundle names it: {@code site}, {@code building}, {@code floor}, {@code room} */
    PlaceEditView(String kind, Class<D> type, Class<? extends Component> list) {
        this.kind = kind;
        this.type = type;
        this.list = list;
        addClassName("admin-page");
    }

    abstract F form(boolean creating);

    abstract D opened(String key);

    abstract D blank();

    abstract D save(D opened, D edited);

    abstract D create(D created);

    abstract String title(D draft);

    abstract String key(D draft);

    /** Removes the place; only editors that offer deleting override it. */
    void delete(String key) {
        throw new UnsupportedOperationException();
    }

    boolean deletable() {
        return false;
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String key) {
        removeAll();
        boolean creating = key == null;
        F form = form(creating);
        var save = new SaveAction<>(this, form, type, form);
        Runnable onSave;
        if (creating) {
            title = getTranslation("admin.edit.places." + kind + ".new");
            save.opened(blank());
            onSave = () -> save.save(this::create, created -> getUI().ifPresent(ui -> ui.navigate(getClass(),
                    key(created))));
        } else {
            var opened = opened(key);
            title = title(opened);
            save.opened(opened);
            onSave = () -> save.save(edited -> save(save.opened(), edited), saved -> heading.setText(title(saved)));
        }
        heading.setText(title);
        add(new RouterLink(getTranslation("admin.edit.places." + kind + ".back"), list), heading, new EditorColumn(save, form, onSave));
        if (!creating && deletable()) {
            add(deleteButton(key));
        }
    }

    /** Deleting asks first; a place something refers to stays, and the message says what refers to it. */
    private Div deleteButton(String key) {
        var refused = new Div();
        refused.addClassName("admin-upload-refused");
        refused.getElement().setAttribute("role", "alert");
        refused.setVisible(false);
        var delete = new Button(getTranslation("admin.edit.places." + kind + ".delete"), e -> {
            var dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("admin.edit.places." + kind + ".delete.title", title));
            dialog.add(new Paragraph(getTranslation("admin.edit.places.delete.text")));
            var confirm = new Button(getTranslation("admin.edit.places." + kind + ".delete"), c -> {
                dialog.close();
                try {
                    delete(key);
                    getUI().ifPresent(ui -> ui.navigate(list));
                } catch (EditRefused refusal) {
                    refused.setText(refusal.problems().stream().map(p -> getTranslation("admin." + p.message(),
                            p.detail() == null ? "" : p.detail())).collect(java.util.stream.Collectors.joining(" ")));
                    refused.setVisible(true);
                }
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(new Button(getTranslation("admin.edit.places.delete.cancel"), c -> dialog.close()),
                    confirm);
            dialog.open();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var box = new Div(delete, refused);
        box.addClassName("admin-place-delete");
        return box;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("admin.app.name");
    }
}
