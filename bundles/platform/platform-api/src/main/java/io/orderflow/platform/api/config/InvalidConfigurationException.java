package io.orderflow.platform.api.config;

import io.orderflow.platform.api.error.FieldProblem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A component refuses its configuration: the one way every Orderflow component says so, from its constructor. The
 * message names the PID and each attribute at fault ({@code orderflow.x.y: maxAttempts must be at least 1}); SCR
 * leaves the component unsatisfied and {@code scr:info} shows the message. The same {@link FieldProblem}s are what a
 * {@link ConfigurationCheck} answers before a change is kept.
 */
public class InvalidConfigurationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String pid;
    private final transient List<FieldProblem> problems;

    /** @param problems at least one, each naming its attribute */
    public InvalidConfigurationException(String pid, List<FieldProblem> problems) {
        super(pid + ": " + problems.stream().map(p -> p.field() + " " + p.problem())
                .collect(Collectors.joining("; ")));
        this.pid = pid;
        this.problems = List.copyOf(problems);
    }

    /** One attribute at fault. */
    public InvalidConfigurationException(String pid, String attribute, String problem) {
        this(pid, List.of(new FieldProblem(attribute, problem)));
    }

    /** The PID (the factory configuration's own PID for a factory configuration). */
    public String pid() {
        return pid;
    }

    /** What is wrong, per attribute. */
    public List<FieldProblem> problems() {
        return problems;
    }
}
