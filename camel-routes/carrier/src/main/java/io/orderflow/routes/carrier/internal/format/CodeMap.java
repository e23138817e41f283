package io.orderflow.routes.carrier.internal.format;

import io.orderflow.logistics.api.Milestone;
import io.orderflow.logistics.api.TrackingFlag;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.routes.carrier.internal.profile.PayloadFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A carrier's status codes mapped to milestones and flags. It is data: each payload format has a default map, a
 * resource {@code carrier/codes/<format>.properties}, which a profile overlays with its own entries
 * {@code code=MILESTONE[+FLAG…]} (an entry for a code the defaults have replaces it). Codes match exactly, case
 * included. Immutable and thread-safe.
 */
public final class CodeMap {

    /** What a code means: the milestone, and flags beside it. */
    public record Mapping(Milestone milestone, Set<TrackingFlag> flags) {

        /** What an unmapped code means: nothing moves. */
        public static final Mapping UNKNOWN = new Mapping(Milestone.UNKNOWN, Set.of());

        public Mapping {
            flags = Set.copyOf(flags);
        }
    }

    /** Codes are what carriers send: no spaces, no {@code =} (the entry's separator), at most this long. */
    static final int MAX_CODE_LENGTH = 64;
    private static final Pattern CODE = Pattern.compile("[^\\s=]{1," + MAX_CODE_LENGTH + "}");
    private static final String SYNTAX = "code=MILESTONE[+FLAG...]";

    private final Map<String, Mapping> mappings;

    private CodeMap(Map<String, Mapping> mappings) {
        this.mappings = Map.copyOf(mappings);
    }

    /** The default map of a payload format. */
    public static CodeMap defaults(PayloadFormat format) {
        String name = switch (format) {
            case ORDERFLOW_JSON -> "orderflow";
            case EASYPOST -> "easypost";
            case AFTERSHIP -> "aftership";
        };
        String resource = "/carrier/codes/" + name + ".properties";
        return new CodeMap(Map.of()).with(resource, load(resource));
    }

    /**
     * This map with a profile's entries laid over it.
     *
     * @throws IllegalArgumentException naming every bad entry; {@link #problems} tells the same beforehand
     */
    public CodeMap overlay(String... entries) {
        return with("codeMap", entries);
    }

    private CodeMap with(String attribute, String[] entries) {
        List<FieldProblem> problems = problems(attribute, entries);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.stream().map(p -> p.field() + ": " + p.problem())
                    .collect(Collectors.joining("; ")));
        }
        Map<String, Mapping> merged = new HashMap<>(mappings);
        for (String entry : entries == null ? new String[0] : entries) {
            int eq = entry.indexOf('=');
            merged.put(entry.substring(0, eq).strip(), mapping(entry.substring(eq + 1).strip()));
        }
        return new CodeMap(merged);
    }

    /**
     * Every problem of a profile's entries, one per bad entry, for the profile's configuration check.
     *
     * @param attribute the profile's attribute holding the entries; problems name {@code attribute[index]}
     * @param entries   may be null (no entries)
     */
    public static List<FieldProblem> problems(String attribute, String... entries) {
        List<FieldProblem> problems = new ArrayList<>();
        if (entries == null) {
            return problems;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < entries.length; i++) {
            String field = attribute + "[" + i + "]";
            String entry = entries[i] == null ? "" : entries[i];
            int eq = entry.indexOf('=');
            if (eq < 0) {
                problems.add(new FieldProblem(field, "'" + entry + "' must be " + SYNTAX));
                continue;
            }
            String code = entry.substring(0, eq).strip();
            if (!CODE.matcher(code).matches()) {
                problems.add(new FieldProblem(field, "code '" + code + "' must be 1 to " + MAX_CODE_LENGTH
                        + " characters without spaces or '='"));
            } else if (seen.putIfAbsent(code, i) != null) {
                problems.add(new FieldProblem(field, "code '" + code + "' is mapped twice, also in "
                        + attribute + "[" + seen.get(code) + "]"));
            }
            meaningProblem(entry.substring(eq + 1).strip())
                    .ifPresent(p -> problems.add(new FieldProblem(field, "code '" + code + "': " + p)));
        }
        return problems;
    }

    /** What a code means; {@link Mapping#UNKNOWN} when the map has no entry. */
    public Mapping map(String code) {
        return mappings.getOrDefault(code, Mapping.UNKNOWN);
    }

    /**
     * What a code means, else what the code it refines means: a status for its detail, a tag for its subtag.
     *
     * @param parent may be null
     */
    public Mapping map(String code, String parent) {
        Mapping own = mappings.get(code);
        return own != null ? own : parent == null ? Mapping.UNKNOWN : map(parent);
    }

    private static Optional<String> meaningProblem(String meaning) {
        String[] parts = meaning.split("\\+", -1);
        if (!isConstant(Milestone.class, parts[0])) {
            return Optional.of("'" + parts[0] + "' is not a milestone (" + names(Milestone.class) + ")");
        }
        Set<String> flags = new HashSet<>();
        for (int i = 1; i < parts.length; i++) {
            if (!isConstant(TrackingFlag.class, parts[i])) {
                return Optional.of("'" + parts[i] + "' is not a flag (" + names(TrackingFlag.class) + ")");
            }
            if (!flags.add(parts[i])) {
                return Optional.of("flag " + parts[i] + " is given twice");
            }
        }
        return Optional.empty();
    }

    private static Mapping mapping(String meaning) {
        String[] parts = meaning.split("\\+");
        Set<TrackingFlag> flags = EnumSet.noneOf(TrackingFlag.class);
        for (int i = 1; i < parts.length; i++) {
            flags.add(TrackingFlag.valueOf(parts[i]));
        }
        return new Mapping(Milestone.valueOf(parts[0]), flags);
    }

    private static <E extends Enum<E>> boolean isConstant(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(name));
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** A default map is part of the bundle: a bad one is a build error, which CodeMapTest catches. */
    private static String[] load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = CodeMap.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return properties.stringPropertyNames().stream().sorted()
                .map(code -> code + "=" + properties.getProperty(code)).toArray(String[]::new);
    }
}
