package org.wegweiser.content;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Field by field comparison of two drafts of the same thing, for conflicts. */
public final class EditMerge {

    private EditMerge() {
    }

    /** The fields (record components, the version left out) whose values differ, as the first and second have them. */
    public static List<EditConflict.Change> changes(Record before, Record after) {
        var changes = new ArrayList<EditConflict.Change>();
        var old = values(before);
        values(after).forEach((field, value) -> {
            if (!Objects.equals(old.get(field), value)) {
                changes.add(new EditConflict.Change(field, text(old.get(field)), text(value)));
            }
        });
        return changes;
    }

    /**
     * Theirs with mine put back: every field the editor changed from what they opened takes the
     * editor's value, every other field the current one, and the version is the current one.
     */
    @SuppressWarnings("unchecked")
    public static <T extends Record> T reapply(T opened, T mine, T theirs) {
        var components = theirs.getClass().getRecordComponents();
        var mineValues = values(mine);
        var openedValues = values(opened);
        var arguments = new Object[components.length];
        var types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            Object value = value(theirs, components[i]);
            if (!name.equals("version") && !Objects.equals(mineValues.get(name), openedValues.get(name))) {
                value = mineValues.get(name);
            }
            arguments[i] = value;
            types[i] = components[i].getType();
        }
        try {
            return (T) theirs.getClass().getDeclaredConstructor(types).newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> values(Record record) {
        var values = new LinkedHashMap<String, Object>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (!component.getName().equals("version")) {
                values.put(component.getName(), value(record, component));
            }
        }
        return values;
    }

    private static Object value(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(EditMerge::text).toList());
        }
        if (value instanceof ServiceDraft.ChecklistEntry entry) {
            return entry.documentType() + (entry.optional() ? " (optional)" : "")
                    + (entry.note() == null || entry.note().isBlank() ? "" : ": " + entry.note());
        }
        if (value instanceof ContentPackage.OpeningPeriod period) {
            return period.day() + " " + period.opens() + "–" + period.closes();
        }
        if (value instanceof OfficeDraft.Exception exception) {
            return exception.from() + "–" + exception.to() + " " + (exception.closed() ? "closed"
                    : exception.opens() + "–" + exception.closes());
        }
        return String.valueOf(value);
    }
}
