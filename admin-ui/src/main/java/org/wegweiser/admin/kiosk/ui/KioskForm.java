package org.wegweiser.admin.kiosk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.kiosk.KioskSetup;
import org.wegweiser.publishing.ContentSnapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Name, site, floor and "you are here", idle time and offered languages of one kiosk. */
class KioskForm extends Composite<FormLayout> {

    /** What the form edits; a record would not bind field by field. */
    static final class Values {
        String name;
        ContentPackage.Site site;
        ContentPackage.Floor floor;
        Double x = 0.5;
        Double y = 0.9;
        Integer idleSeconds = 60;
        java.util.Set<String> languages = new java.util.LinkedHashSet<>();
    }

    private final Binder<Values> binder = new Binder<>();
    private final ContentSnapshot content;
    private final ComboBox<ContentPackage.Floor> floor = new ComboBox<>();

    KioskForm(ContentSnapshot content) {
        this.content = content;
        var name = new TextField(getTranslation("admin.kiosks.name"));
        name.setMaxLength(100);
        var site = new ComboBox<ContentPackage.Site>(getTranslation("admin.kiosks.site"));
        site.setItems(content.content().sites());
        site.setItemLabelGenerator(s -> content.text(s.name(), getLocale().getLanguage()));
        floor.setLabel(getTranslation("admin.kiosks.floor"));
        floor.setItemLabelGenerator(f -> content.text(f.name(), getLocale().getLanguage()));
        site.addValueChangeListener(e -> floor.setItems(e.getValue() == null ? List.of()
                : e.getValue().buildings().stream().flatMap(b -> b.floors().stream()).toList()));
        var x = new NumberField(getTranslation("admin.kiosks.x"));
        var y = new NumberField(getTranslation("admin.kiosks.y"));
        for (var field : List.of(x, y)) {
            field.setMin(0);
            field.setMax(1);
            field.setStep(0.05);
            field.setHelperText(getTranslation("admin.kiosks.positionHelp"));
        }
        var idle = new IntegerField(getTranslation("admin.kiosks.idle"));
        idle.setMin(15);
        idle.setMax(3600);
        idle.setSuffixComponent(new com.vaadin.flow.component.html.Span("s"));
        var languages = new CheckboxGroup<String>(getTranslation("admin.kiosks.languages"));
        languages.setHelperText(getTranslation("admin.kiosks.languagesHelp"));
        languages.setItems(content.languages().stream().map(ContentPackage.Language::code).toList());
        languages.setItemLabelGenerator(code -> content.language(code).map(ContentPackage.Language::nativeName).orElse(code));

        String required = getTranslation("admin.kiosks.required");
        binder.forField(name).asRequired(required).bind(v -> v.name, (v, value) -> v.name = value);
        binder.forField(site).asRequired(required).bind(v -> v.site, (v, value) -> v.site = value);
        binder.forField(floor).bind(v -> v.floor, (v, value) -> v.floor = value);
        String position = getTranslation("admin.kiosks.positionInvalid");
        binder.forField(x).asRequired(position).withValidator(v -> v >= 0 && v <= 1, position)
                .bind(v -> v.x, (v, value) -> v.x = value);
        binder.forField(y).asRequired(position).withValidator(v -> v >= 0 && v <= 1, position)
                .bind(v -> v.y, (v, value) -> v.y = value);
        String idleInvalid = getTranslation("admin.kiosks.idleInvalid");
        binder.forField(idle).asRequired(idleInvalid).withValidator(v -> v >= 15 && v <= 3600, idleInvalid)
                .bind(v -> v.idleSeconds, (v, value) -> v.idleSeconds = value);
        binder.forField(languages).bind(v -> v.languages, (v, value) -> v.languages = new java.util.LinkedHashSet<>(value));
        getContent().add(name, site, floor, x, y, idle, languages);
        getContent().setColspan(languages, 2);
        binder.readBean(new Values());
    }

    void fill(KioskSetup setup) {
        var values = new Values();
        values.name = setup.name();
        values.site = content.content().sites().stream().filter(s -> s.key().equals(setup.site())).findFirst().orElse(null);
        if (values.site != null) {
            floor.setItems(values.site.buildings().stream().flatMap(b -> b.floors().stream()).toList());
            values.floor = values.site.buildings().stream().flatMap(b -> b.floors().stream())
                    .filter(f -> f.key().equals(setup.floor())).findFirst().orElse(null);
        }
        values.x = setup.x();
        values.y = setup.y();
        values.idleSeconds = setup.idleSeconds();
        values.languages = new java.util.LinkedHashSet<>(setup.languages());
        binder.readBean(values);
    }

    /** The setup as entered, or empty with the problems shown on the fields. */
    Optional<KioskSetup> read() {
        var values = new Values();
        try {
            binder.writeBean(values);
        } catch (ValidationException e) {
            return Optional.empty();
        }
        // Offered in the order the town publishes its languages.
        var ordered = new ArrayList<String>();
        content.languages().forEach(l -> {
            if (values.languages.contains(l.code())) {
                ordered.add(l.code());
            }
        });
        return Optional.of(new KioskSetup(values.name, values.site.key(), values.floor == null ? null : values.floor.key(),
                values.x, values.y, values.idleSeconds, ordered));
    }
}
