package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.wegweiser.content.AnnouncementDraft;
import org.wegweiser.content.ServiceDraft;

import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Map;

/** An announcement: its German text, from when until when it shows, and where. */
class AnnouncementForm extends Composite<FormLayout> implements SaveAction.Form<AnnouncementDraft>, SaveAction.Labels {

    private final FormFields<AnnouncementDraft> fields = new FormFields<>(this, this::field);
    private final TextArea text = new TextArea();
    private final DateTimePicker validFrom = new DateTimePicker();
    private final DateTimePicker validUntil = new DateTimePicker();
    private final CheckboxGroup<String> sites = new CheckboxGroup<>();
    private final Map<String, String> siteNames;
    private AnnouncementDraft read;

    AnnouncementForm(Map<String, String> siteNames) {
        this.siteNames = siteNames;
        fields.place(validFrom, "validFrom");
        fields.place(validUntil, "validUntil");
        fields.place(sites, "sites");
        // Staff type dates more often than they pick them; the calendar opens from its button.
        validFrom.setAutoOpen(false);
        validUntil.setAutoOpen(false);
        sites.setItems(siteNames.keySet());
        sites.setItemLabelGenerator(k -> siteNames.getOrDefault(k, k));
        sites.setHelperText(getTranslation("admin.edit.announcement.sites.help"));
        fields.text(text, "text", true, ServiceDraft.TEXT_MAX).bind(AnnouncementDraft::text, (d, v) -> { });
        // Not asRequired: the picker then puts aria-required on its group, which that role does not allow.
        fields.binder.forField(validFrom).withValidator(java.util.Objects::nonNull, getTranslation("admin.edit.required"))
                .bind(d -> time(d.validFrom()), (d, v) -> { });
        fields.binder.forField(validUntil).withValidator(java.util.Objects::nonNull, getTranslation("admin.edit.required"))
                .withValidator(v -> validFrom.isEmpty() || v.isAfter(validFrom.getValue()),
                        getTranslation("admin.edit.announcement.order"))
                .bind(d -> time(d.validUntil()), (d, v) -> { });
        getContent().addClassName("admin-edit-form");
        getContent().add(text, 2);
        getContent().add(validFrom, validUntil);
        getContent().add(sites, 2);
    }

    private static LocalDateTime time(String value) {
        return value == null || value.isEmpty() ? null : LocalDateTime.parse(value);
    }

    @Override
    public void read(AnnouncementDraft draft) {
        read = draft;
        fields.binder.readBean(draft);
        sites.setValue(new LinkedHashSet<>(draft.sites()));
    }

    @Override
    public AnnouncementDraft valueIfValid() {
        if (!fields.binder.validate().isOk()) {
            return null;
        }
        return new AnnouncementDraft(read.key(), read.version(), text.getValue(), validFrom.getValue().toString(),
                validUntil.getValue().toString(),
                siteNames.keySet().stream().filter(sites.getValue()::contains).toList());
    }

    @Override
    public boolean showProblem(String field, String message) {
        return fields.showProblem(field, message);
    }

    @Override
    public String field(String field) {
        return getTranslation("admin.edit.announcement." + field);
    }

    @Override
    public String value(String field, String value) {
        if (field.equals("sites")) {
            return FormFields.named(value, siteNames);
        }
        return value;
    }
}
