package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What every editor form does with its fields: label them from the bundle, mark required ones,
 * limit text length with a message on the field, and put a message from the service on the right field.
 *
 * @param <D> the form's draft record
 */
final class FormFields<D> {

    final Binder<D> binder = new Binder<>();
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final Component form;
    private final Function<String, String> label;

    /** @param label the label of a field by its name in the draft */
    FormFields(Component form, Function<String, String> label) {
        this.form = form;
        this.label = label;
    }

    /** A text field bound to the binder, labelled, required or not, at most {@code max} characters. */
    <F extends Component & HasValue<?, String> & HasLabel> Binder.BindingBuilder<D, String> text(
            F field, String name, boolean required, int max) {
        place(field, name);
        var builder = binder.forField(field);
        if (required) {
            builder = builder.asRequired(form.getTranslation("admin.edit.required"));
        }
        return builder.withValidator(v -> v == null || v.strip().length() <= max,
                form.getTranslation("admin.edit.tooLong", max));
    }

    /** Labels a field and remembers it under its name in the draft, for messages from the service. */
    <F extends Component> F place(F field, String name) {
        ((HasLabel) field).setLabel(label.apply(name));
        fields.put(name, field);
        return field;
    }

    Iterable<Component> all() {
        return fields.values();
    }

    /** The chosen keys of a multi-select: those chosen before in their order, new ones after them. */
    static java.util.List<String> ordered(java.util.Set<String> chosen, java.util.List<String> before) {
        var result = new java.util.ArrayList<String>();
        before.stream().filter(chosen::contains).forEach(result::add);
        chosen.stream().filter(k -> !result.contains(k)).forEach(result::add);
        return java.util.List.copyOf(result);
    }

    /** Keys as a conflict shows them ({@code a, b}) turned into their names. */
    static String named(String joined, Map<String, String> names) {
        return String.join(", ", java.util.Arrays.stream(joined.split(", "))
                .map(k -> names.getOrDefault(k, k)).toList());
    }

    boolean showProblem(String field, String message) {
        if (fields.get(field) instanceof HasValidation validated) {
            validated.setErrorMessage(message);
            validated.setInvalid(true);
            return true;
        }
        return false;
    }
}
