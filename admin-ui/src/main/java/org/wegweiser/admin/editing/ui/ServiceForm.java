package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.wegweiser.content.ContentEditing;
import org.wegweiser.content.EditChoices;
import org.wegweiser.content.ServiceDraft;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A service's German texts and links. Validation messages sit on the fields; what was typed stays. */
class ServiceForm extends Composite<FormLayout> implements SaveAction.Form<ServiceDraft>, SaveAction.Labels {

    private final FormFields<ServiceDraft> fields = new FormFields<>(this, this::field);
    private final Map<String, Map<String, String>> names = new LinkedHashMap<>();
    private final TextField key = new TextField();
    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final TextArea whatHappens = new TextArea();
    private final TextArea fees = new TextArea();
    private final TextField keywords = new TextField();
    private final TextField pictogram = new TextField();
    private final ComboBox<String> office = new ComboBox<>();
    private final MultiSelectComboBox<String> rooms = new MultiSelectComboBox<>();
    private final ComboBox<String> partnerPlace = new ComboBox<>();
    private final MultiSelectComboBox<String> topics = new MultiSelectComboBox<>();
    private final ChecklistField checklist;
    private final Checkbox appointmentRequired = new Checkbox();
    private final TextField onlineUrl = new TextField();
    private final TextField leikaKey = new TextField();
    private ServiceDraft read;

    ServiceForm(EditChoices choices, boolean creating) {
        names.put("office", EditChoices.names(choices.offices()));
        names.put("rooms", EditChoices.names(choices.rooms()));
        names.put("partnerPlace", EditChoices.names(choices.partnerPlaces()));
        names.put("topics", EditChoices.names(choices.topics()));
        names.put("checklist", EditChoices.names(choices.documentTypes()));
        checklist = new ChecklistField(names.get("checklist"));

        key.setEnabled(creating);
        key.setHelperText(getTranslation("admin.edit.key.help"));
        fields.text(key, "key", creating, 80).bind(ServiceDraft::key, (d, v) -> { });
        fields.text(title, "title", true, ServiceDraft.TITLE_MAX).bind(ServiceDraft::title, (d, v) -> { });
        fields.text(summary, "summary", true, ServiceDraft.TEXT_MAX).bind(ServiceDraft::summary, (d, v) -> { });
        fields.text(whatHappens, "whatHappens", false, ServiceDraft.TEXT_MAX).bind(ServiceDraft::whatHappens, (d, v) -> { });
        fields.text(fees, "fees", false, ServiceDraft.TEXT_MAX).bind(ServiceDraft::fees, (d, v) -> { });
        fields.text(keywords, "keywords", false, ServiceDraft.TEXT_MAX).bind(ServiceDraft::keywords, (d, v) -> { });
        keywords.setHelperText(getTranslation("admin.edit.service.keywords.help"));
        fields.place(office, "office");
        office.setItems(names.get("office").keySet());
        office.setItemLabelGenerator(k -> label("office", k));
        office.setClearButtonVisible(true);
        fields.place(rooms, "rooms");
        rooms.setItems(names.get("rooms").keySet());
        rooms.setItemLabelGenerator(k -> label("rooms", k));
        fields.place(partnerPlace, "partnerPlace");
        partnerPlace.setItems(names.get("partnerPlace").keySet());
        partnerPlace.setItemLabelGenerator(k -> label("partnerPlace", k));
        partnerPlace.setClearButtonVisible(true);
        fields.place(topics, "topics");
        topics.setItems(names.get("topics").keySet());
        topics.setItemLabelGenerator(k -> label("topics", k));
        fields.place(checklist, "checklist");
        fields.place(appointmentRequired, "appointmentRequired");
        fields.text(onlineUrl, "onlineUrl", false, ServiceDraft.LINE_MAX)
                .withValidator(v -> v.isBlank() || ContentEditing.isWebAddress(v), getTranslation("admin.edit.url"))
                .bind(ServiceDraft::onlineUrl, (d, v) -> { });
        fields.text(leikaKey, "leikaKey", false, ServiceDraft.LINE_MAX).bind(ServiceDraft::leikaKey, (d, v) -> { });
        fields.text(pictogram, "pictogram", false, ServiceDraft.LINE_MAX).bind(ServiceDraft::pictogram, (d, v) -> { });

        var layout = getContent();
        layout.addClassName("admin-edit-form");
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        fields.all().forEach(layout::add);
        for (var wide : List.<Component>of(title, summary, whatHappens, fees, keywords, rooms, checklist)) {
            layout.setColspan(wide, 2);
        }
    }

    @Override
    public void read(ServiceDraft draft) {
        read = draft;
        fields.binder.readBean(draft);
        office.setValue(emptyToNull(draft.office()));
        rooms.setValue(new LinkedHashSet<>(draft.rooms()));
        partnerPlace.setValue(emptyToNull(draft.partnerPlace()));
        topics.setValue(new LinkedHashSet<>(draft.topics()));
        checklist.setValue(draft.checklist());
        checklist.setInvalid(false);
        appointmentRequired.setValue(draft.appointmentRequired());
    }

    @Override
    public ServiceDraft valueIfValid() {
        checklist.setInvalid(false);
        if (!fields.binder.validate().isOk()) {
            return null;
        }
        return asTyped();
    }

    /** What the form holds now, valid or not (for the live preview). */
    ServiceDraft asTyped() {
        return new ServiceDraft(key.getValue().strip(), read.version(), title.getValue(), summary.getValue(),
                whatHappens.getValue(), fees.getValue(), keywords.getValue(), pictogram.getValue(),
                Objects.requireNonNullElse(office.getValue(), ""), FormFields.ordered(rooms.getValue(), read.rooms()),
                Objects.requireNonNullElse(partnerPlace.getValue(), ""), FormFields.ordered(topics.getValue(), read.topics()),
                checklist.getValue(), appointmentRequired.getValue(), onlineUrl.getValue(), leikaKey.getValue());
    }

    /** Called after any field changed its value. */
    void onChange(Runnable changed) {
        fields.binder.addValueChangeListener(event -> changed.run());
        List.<com.vaadin.flow.component.HasValue<?, ?>>of(office, rooms, partnerPlace, topics, checklist, appointmentRequired)
                .forEach(field -> field.addValueChangeListener(event -> changed.run()));
    }

    @Override
    public boolean showProblem(String field, String message) {
        return fields.showProblem(field, message);
    }

    @Override
    public String field(String field) {
        return getTranslation("admin.edit.service." + field);
    }

    @Override
    public String value(String field, String value) {
        var known = names.get(field);
        if (known == null) {
            return value;
        }
        return field.equals("checklist") ? String.join(", ", java.util.Arrays.stream(value.split(", "))
                .map(v -> label(field, v)).toList()) : FormFields.named(value, known);
    }

    private String label(String field, String key) {
        if (field.equals("checklist")) {
            String type = key.split("[ :]", 2)[0];
            return names.get(field).getOrDefault(type, type) + key.substring(type.length());
        }
        return names.get(field).getOrDefault(key, key);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

}
