package io.orderflow.routes.carrier.internal.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An object in a body and its path from the root, which every problem names ({@code result.tracking_details[1]}).
 * Text is read strictly: a string where a string is expected, no control characters, no lone surrogates, a bounded
 * length. A JSON null counts as absent.
 */
final class BodyNode {

    private final JsonNode node;
    private final String path;

    private BodyNode(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static BodyNode root(JsonNode node) {
        return new BodyNode(node, "");
    }

    /** The path of one of this object's fields. */
    String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    PayloadProblem problem(String name, String what) {
        return new PayloadProblem(path(name) + ": " + what);
    }

    boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    BodyNode object(String name) {
        return optionalObject(name).orElseThrow(() -> problem(name, "is required"));
    }

    Optional<BodyNode> optionalObject(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode value = node.get(name);
        if (!value.isObject()) {
            throw problem(name, "must be an object");
        }
        return Optional.of(new BodyNode(value, path(name)));
    }

    /** The objects of an array field; an absent field is an empty list. */
    List<BodyNode> objects(String name, int max) {
        if (!has(name)) {
            return List.of();
        }
        JsonNode value = node.get(name);
        if (!value.isArray()) {
            throw problem(name, "must be an array");
        }
        if (value.size() > max) {
            throw problem(name, value.size() + " entries, more than the " + max + " accepted");
        }
        List<BodyNode> objects = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String at = path(name) + "[" + i + "]";
            if (!value.get(i).isObject()) {
                throw new PayloadProblem(at + ": must be an object");
            }
            objects.add(new BodyNode(value.get(i), at));
        }
        return objects;
    }

    /** A required, non-blank string. */
    String text(String name, int maxLength) {
        String text = optionalText(name, maxLength);
        if (text == null) {
            throw problem(name, "is required");
        }
        return text;
    }

    /** A string, or null when absent or blank. */
    String optionalText(String name, int maxLength) {
        if (!has(name)) {
            return null;
        }
        JsonNode value = node.get(name);
        if (!value.isTextual()) {
            throw problem(name, "must be a string");
        }
        String text = value.textValue();
        if (text.length() > maxLength) {
            throw problem(name, text.length() + " characters, more than the " + maxLength + " accepted");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                throw problem(name, String.format("a control character (U+%04X) at %d", (int) c, i));
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    throw problem(name, String.format("a lone surrogate (U+%04X) at %d", (int) c, i));
                }
            }
        }
        return text.isBlank() ? null : text;
    }

    /** For a format of our own: a field it does not know is a mistake to report, not to ignore. */
    void onlyFields(Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw problem(name, "is not a field of this format (" + String.join(", ", known.stream()
                        .sorted().toList()) + ")");
            }
        }
    }
}
