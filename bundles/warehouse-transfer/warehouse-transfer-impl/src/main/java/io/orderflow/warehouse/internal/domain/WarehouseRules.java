package io.orderflow.warehouse.internal.domain;

import io.orderflow.platform.api.error.Problems;
import io.orderflow.warehouse.api.Warehouse;
import java.util.Set;
import java.util.regex.Pattern;

/** What a warehouse needs before it is stored; every problem is reported at once. */
public final class WarehouseRules {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,19}");
    private static final int MAX_NAME = 100;
    public static final int MAX_PRIORITY = 999;

    private WarehouseRules() {
    }

    /**
     * @param regions the codes of the regions of the master data: a warehouse serves one of them
     * @throws io.orderflow.platform.api.error.ValidationException naming every problem
     */
    public static void check(Warehouse warehouse, Set<String> regions) {
        Problems problems = new Problems();
        if (problems.requireText("code", warehouse.code()) && !CODE.matcher(warehouse.code()).matches()) {
            problems.add("code", "must be 1 to 20 upper-case letters, digits, '-' or '_', e.g. WH-SOUTH");
        }
        if (problems.requireText("name", warehouse.name())) {
            problems.checkCharacters("name", warehouse.name(), false);
            problems.limitLength("name", warehouse.name(), MAX_NAME);
        }
        if (problems.requireText("region", warehouse.region()) && !regions.contains(warehouse.region())) {
            problems.add("region", "no region " + warehouse.region() + " in the master data; known: "
                    + regions.stream().sorted().toList());
        }
        if (warehouse.priority() < 1 || warehouse.priority() > MAX_PRIORITY) {
            problems.add("priority", "must be between 1 and " + MAX_PRIORITY + " (1 is tried first)");
        }
        problems.throwIfAny();
    }
}
