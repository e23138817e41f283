package io.orderflow.production.internal.domain;

import java.util.Comparator;
import java.util.List;

/** How a product is made: its operations, kept in sequence order because the scheduler runs them in that order. */
public record Routing(String product, List<Operation> operations) {

    public Routing {
        operations = operations.stream().sorted(Comparator.comparingInt(Operation::sequence)).toList();
    }
}
