package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.wegweiser.content.NamedDraft;
import org.wegweiser.content.ServiceDraft;

import java.util.Map;

/** A topic or a document type: its German name and description and its pictogram. */
class NamedForm extends Composite<FormLayout> implements SaveAction.Form<NamedDraft>, SaveAction.Labels {

    private final Binder<NamedDraft> binder = new Binder<>();
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final TextField pictogram = new TextField();
    private final Map<String, Component> fields = Map.of("name", name, "description", description,
            "pictogram", pictogram);
    private NamedDraft read;

    NamedForm() {
        name.setLabel(field("name"));
        description.setLabel(field("description"));
        pictogram.setLabel(field("pictogram"));
        pictogram.setHelperText(getTranslation("admin.edit.named.pictogram.help"));
        binder.forField(name).asRequired(getTranslation("admin.edit.required"))
                .withValidator(v -> v.strip().length() <= ServiceDraft.TITLE_MAX,
                        getTranslation("admin.edit.tooLong", ServiceDraft.TITLE_MAX))
                .bind(NamedDraft::name, (d, v) -> { });
        binder.forField(description).withValidator(v -> v.strip().length() <= ServiceDraft.TEXT_MAX,
                getTranslation("admin.edit.tooLong", ServiceDraft.TEXT_MAX)).bind(NamedDraft::description, (d, v) -> { });
        binder.forField(pictogram).withValidator(v -> v.strip().length() <= ServiceDraft.LINE_MAX,
                getTranslation("admin.edit.tooLong", ServiceDraft.LINE_MAX)).bind(NamedDraft::pictogram, (d, v) -> { });
        getContent().addClassName("admin-edit-form");
        getContent().add(name, pictogram, description);
        getContent().setColspan(description, 2);
    }

    @Override
    public void read(NamedDraft draft) {
        read = draft;
        binder.readBean(draft);
    }

    @Override
    public NamedDraft valueIfValid() {
        if (!binder.validate().isOk()) {
            return null;
        }
        return new NamedDraft(read.key(), read.version(), pictogram.getValue(), name.getValue(), description.getValue());
    }

    @Override
    public boolean showProblem(String field, String message) {
        if (fields.get(field) instanceof HasValidation validated) {
            validated.setErrorMessage(message);
            validated.setInvalid(true);
            return true;
        }
        return false;
    }

    @Override
    public String field(String field) {
        return getTranslation("admin.edit.named." + field);
    }

    @Override
    public String value(String field, String value) {
        return value;
    }
}
