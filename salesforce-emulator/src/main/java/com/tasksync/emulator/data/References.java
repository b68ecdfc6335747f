package com.tasksync.emulator.data;

import com.tasksync.emulator.http.ApiException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Composite references: {@code @{referenceId.path}} in a subrequest's URL or body, replaced by the
 * value at that path ({@code id}, {@code records[0].Id}) in an earlier subrequest's result body.
 */
final class References {

    private static final Pattern REFERENCE = Pattern.compile("@\\{([A-Za-z0-9_]+)\\.([^}]+)}");

    private References() {
    }

    static JsonNode resolve(JsonNode subrequest, Map<String, JsonNode> bodies) {
        ObjectNode copy = (ObjectNode) subrequest.deepCopy();
        copy.put("url", replace(copy.path("url").asString(""), bodies));
        if (copy.has("body")) {
            copy.set("body", walk(copy.get("body"), bodies));
        }
        return copy;
    }

    private static JsonNode walk(JsonNode node, Map<String, JsonNode> bodies) {
        if (node.isString()) {
            return StringNode.valueOf(replace(node.asString(), bodies));
        }
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            o.properties().forEach(e -> e.setValue(walk(e.getValue(), bodies)));
            return o;
        }
        if (node.isArray()) {
            ArrayNode a = (ArrayNode) node;
            for (int i = 0; i < a.size(); i++) {
                a.set(i, walk(a.get(i), bodies));
            }
        }
        return node;
    }

    private static String replace(String text, Map<String, JsonNode> bodies) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            JsonNode value = lookup(bodies.get(m.group(1)), m.group(2));
            if (value == null || value.isNull() || value.isMissingNode()) {
                throw ApiException.badRequest("PROCESSING_HALTED", "Invalid reference specified. No value for "
                        + m.group(2) + " found in " + m.group(1) + ". Provided referenceId ('" + m.group(1)
                        + "') must be for a prior successful subrequest.");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value.asString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static JsonNode lookup(JsonNode body, String path) {
        JsonNode node = body;
        for (String part : path.split("\\.")) {
            if (node == null) {
                return null;
            }
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            node = name.isEmpty() ? node : node.get(name);
            while (node != null && bracket >= 0) {
                int close = part.indexOf(']', bracket);
                node = node.get(Integer.parseInt(part.substring(bracket + 1, close)));
                bracket = part.indexOf('[', close);
            }
        }
        return node;
    }
}
