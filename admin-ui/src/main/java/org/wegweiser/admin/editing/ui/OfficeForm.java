package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.wegweiser.content.ContentEditing;
import org.wegweiser.content.EditChoices;
import org.wegweiser.content.OfficeDraft;
import org.wegweiser.content.ServiceDraft;

import java.util.LinkedHashSet;
import java.util.Map;

/** An office: name, contact, rooms, the weekly hours one line per day, and the exceptions. */
class OfficeForm extends Composite<FormLayout> implements SaveAction.Form<OfficeDraft>, SaveAction.Labels {

    private final FormFields<OfficeDraft> fields = new FormFields<>(this, this::field);
    private final Map<String, String> roomNames;
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final TextField phone = new TextField();
    private final TextField email = new TextField();
    private final TextField appointmentUrl = new TextField();
    private final TextField appointmentPhone = new TextField();
    private final MultiSelectComboBox<String> rooms = new MultiSelectComboBox<>();
    private final WeekHoursFields hours;
    private final ExceptionsField exceptions;
    private OfficeDraft read;

    OfficeForm(EditChoices choices) {
        roomNames = EditChoices.names(choices.rooms());
        fields.text(name, "name", true, ServiceDraft.TITLE_MAX).bind(OfficeDraft::name, (d, v) -> { });
        fields.text(description, "description", false, ServiceDraft.TEXT_MAX).bind(OfficeDraft::description, (d, v) -> { });
        fields.text(phone, "phone", false, ServiceDraft.LINE_MAX).bind(OfficeDraft::phone, (d, v) -> { });
        fields.text(email, "email", false, ServiceDraft.LINE_MAX).bind(OfficeDraft::email, (d, v) -> { });
        fields.text(appointmentUrl, "appointmentUrl", false, ServiceDraft.LINE_MAX)
                .withValidator(v -> v.isBlank() || ContentEditing.isWebAddress(v), getTranslation("admin.edit.url"))
                .bind(OfficeDraft::appointmentUrl, (d, v) -> { });
        fields.text(appointmentPhone, "appointmentPhone", false, ServiceDraft.LINE_MAX)
                .bind(OfficeDraft::appointmentPhone, (d, v) -> { });
        fields.place(rooms, "rooms");
        rooms.setItems(roomNames.keySet());
        rooms.setItemLabelGenerator(k -> roomNames.getOrDefault(k, k));

        var layout = getContent();
        layout.addClassName("admin-edit-form");
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        fields.all().forEach(layout::add);
        layout.setColspan(description, 2);
        layout.setColspan(rooms, 2);

        hours = new WeekHoursFields(layout, getLocale(), fields, field("hours"), OfficeDraft::hours);
        exceptions = new ExceptionsField();
        fields.place(exceptions, "exceptions");
        layout.add(exceptions, 2);
    }

    @Override
    public void read(OfficeDraft draft) {
        read = draft;
        fields.binder.readBean(draft);
        rooms.setValue(new LinkedHashSet<>(draft.rooms()));
        exceptions.setValue(draft.exceptions());
        exceptions.setInvalid(false);
    }

    @Override
    public OfficeDraft valueIfValid() {
        exceptions.setInvalid(false);
        boolean valid = fields.binder.validate().isOk();
        valid &= exceptions.rowsValid();
        if (!valid) {
            return null;
        }
        return new OfficeDraft(read.key(), read.version(), name.getValue(), description.getValue(), phone.getValue(),
                email.getValue(), appointmentUrl.getValue(), appointmentPhone.getValue(), FormFields.ordered(rooms.getValue(), read.rooms()), hours.value(),
                exceptions.getValue());
    }

    @Override
    public boolean showProblem(String field, String message) {
        return fields.showProblem(field, message);
    }

    @Override
    public String field(String field) {
        return getTranslation("admin.edit.office." + field);
    }

    @Override
    public String value(String field, String value) {
        if (field.equals("rooms")) {
            return FormFields.named(value, roomNames);
        }
        return value;
    }
}
