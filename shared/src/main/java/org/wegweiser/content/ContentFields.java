package org.wegweiser.content;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * One part of a content package (a service, an office, …) as field paths and values, in the
 * package's JSON shape: {@code title.de}, {@code rooms}, {@code checklist[geburtsurkunde].note.en}.
 * Comparing two of these maps is the field-level diff of the revision history.
 */
public final class ContentFields {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ContentFields() {
    }

    public static Map<String, String> of(Object part) {
        var fields = new LinkedHashMap<String, String>();
        if (part != null) {
            flatten("", MAPPER.valueToTree(part), fields);
        }
        return fields;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> fields) {
        if (node.isObject()) {
            for (var entry : node.properties()) {
                if (!path.isEmpty() || !entry.getKey().equals("key")) {
                    flatten(path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), entry.getValue(), fields);
                }
            }
        } else if (node.isArray()) {
            if (StreamSupport.stream(node.spliterator(), false).allMatch(JsonNode::isValueNode)) {
                if (!node.isEmpty()) {
                    fields.put(path, StreamSupport.stream(node.spliterator(), false).map(JsonNode::asString)
                            .collect(Collectors.joining(", ")));
                }
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                var element = node.get(i);
                // Elements are named by what identifies them, so a reordered list is not a change to every element.
                String id = element.has("key") ? element.get("key").asString()
                        : element.has("documentType") ? element.get("documentType").asString()
                        : element.has("from") ? element.get("from").asString()
                        : element.has("day") ? element.get("day").asString() + " " + i
                        : String.valueOf(i);
                flatten(path + "[" + id + "]", element, fields);
            }
        } else if (!node.isNull()) {
            fields.put(path, node.asString());
        }
    }
}
