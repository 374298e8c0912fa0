package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.wegweiser.content.NamedDraft;
import org.wegweiser.content.ServiceDraft;


/** A topic or a document type: its German name and description and its pictogram. */
class NamedForm extends Composite<FormLayout> implements SaveAction.Form<NamedDraft>, SaveAction.Labels {

    private final FormFields<NamedDraft> fields = new FormFields<>(this, this::field);
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final TextField pictogram = new TextField();
    private NamedDraft read;

    NamedForm() {
        pictogram.setHelperText(getTranslation("admin.edit.named.pictogram.help"));
        fields.text(name, "name", true, ServiceDraft.TITLE_MAX).bind(NamedDraft::name, (d, v) -> { });
        fields.text(pictogram, "pictogram", false, ServiceDraft.LINE_MAX).bind(NamedDraft::pictogram, (d, v) -> { });
        fields.text(description, "description", false, ServiceDraft.TEXT_MAX)
                .bind(NamedDraft::description, (d, v) -> { });
        getContent().addClassName("admin-edit-form");
        getContent().add(name, pictogram, description);
        getContent().setColspan(description, 2);
    }

    @Override
    public void read(NamedDraft draft) {
        read = draft;
        fields.binder.readBean(draft);
    }

    @Override
    public NamedDraft valueIfValid() {
        if (!fields.binder.validate().isOk()) {
            return null;
        }
        return new NamedDraft(read.key(), read.version(), pictogram.getValue(), name.getValue(), description.getValue());
    }

    @Override
    public boolean showProblem(String field, String message) {
        return fields.showProblem(field, message);
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
