package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import org.wegweiser.content.FloorDraft;
import org.wegweiser.content.PlaceEditing;
import org.wegweiser.content.RoomDraft;
import org.wegweiser.content.ServiceDraft;

import java.util.Map;
import java.util.Optional;

/**
 * A room: number, name, floor, step-free, and where it is on the floor's plan: a click on the plan
 * puts it there, or the two number fields (in percent of the plan's width and height) for keyboard users.
 */
class RoomForm extends PlaceForm<RoomDraft> {

    private final PlaceEditing places;
    private final Map<String, FloorDraft> floorsByKey;
    private final TextField key = new TextField();
    private final ComboBox<String> floor = new ComboBox<>();
    private final TextField number = new TextField();
    private final TextField name = new TextField();
    private final Checkbox stepFree = new Checkbox();
    private final NumberField x = percent();
    private final NumberField y = percent();
    private final FloorPlan plan = new FloorPlan();
    private RoomDraft read;

    RoomForm(PlaceEditing places, Map<String, FloorDraft> floorsByKey, Map<String, String> floors, boolean creating) {
        super("floor", floors);
        this.places = places;
        this.floorsByKey = floorsByKey;
        PlaceForms.key(fields, key, creating, RoomDraft::key);
        PlaceForms.parent(fields, floor, "floor", floors, creating, RoomDraft::floor);
        fields.text(number, "number", true, PlaceEditing.NUMBER_MAX).bind(RoomDraft::number, (d, v) -> { });
        fields.text(name, "name", false, ServiceDraft.TITLE_MAX).bind(RoomDraft::name, (d, v) -> { });
        stepFree.setLabel(field("stepFree"));
        fields.binder.forField(stepFree).bind(RoomDraft::stepFree, (d, v) -> { });
        var layout = getContent();
        PlaceForms.layout(layout, fields);
        layout.add(stepFree, 2);

        layout.add(new H2(field("position")), 2);
        var hint = new Div(getTranslation("admin.edit.place.position.help"));
        hint.addClassName("admin-hint");
        layout.add(hint, 2);
        fields.place(x, "x");
        fields.place(y, "y");
        layout.add(x, y);
        layout.add(plan, 2);

        plan.onPick((fromLeft, fromTop) -> {
            x.setValue(fromLeft * 100);
            y.setValue(fromTop * 100);
        });
        x.addValueChangeListener(e -> mark());
        y.addValueChangeListener(e -> mark());
        number.addValueChangeListener(e -> mark());
        floor.addValueChangeListener(e -> showPlan());
    }

    private static NumberField percent() {
        var field = new NumberField();
        field.setMin(0);
        field.setMax(100);
        field.setStep(0.1);
        field.setSuffixComponent(new Div("%"));
        return field;
    }

    private void showPlan() {
        var chosen = Optional.ofNullable(floor.getValue()).map(floorsByKey::get);
        plan.show(chosen.map(FloorDraft::planImage).filter(p -> !p.isBlank()).flatMap(places::plan),
                getTranslation("admin.edit.place.plan.alt", chosen.map(FloorDraft::name).orElse("")));
        mark();
    }

    private void mark() {
        plan.mark(fraction(x.getValue()), fraction(y.getValue()), number.getValue());
    }

    private static Double fraction(Double percent) {
        return percent == null ? null : Math.round(percent * 10) / 1000.0;
    }

    @Override
    public void read(RoomDraft draft) {
        read = draft;
        fields.binder.readBean(draft);
        x.setValue(draft.x() == null ? null : draft.x() * 100);
        y.setValue(draft.y() == null ? null : draft.y() * 100);
        x.setInvalid(false);
        y.setInvalid(false);
        showPlan();
    }

    @Override
    public RoomDraft valueIfValid() {
        boolean valid = fields.binder.validate().isOk();
        if (x.isInvalid() || y.isInvalid()) {
            valid = false;
        }
        if (!valid) {
            return null;
        }
        return new RoomDraft(key.getValue().strip(), read.version(), floor.getValue(), number.getValue(),
                name.getValue(), fraction(x.getValue()), fraction(y.getValue()), stepFree.getValue());
    }
}
