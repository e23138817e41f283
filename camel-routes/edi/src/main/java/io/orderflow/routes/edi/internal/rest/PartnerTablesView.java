package io.orderflow.routes.edi.internal.rest;

import io.orderflow.masterdata.api.PartnerTables;
import io.orderflow.routes.edi.internal.partner.Partner;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Master data's partner tables beside the profiles in force: a table whose partner has no profile is orphaned. */
public final class PartnerTablesView {

    private PartnerTablesView() {
    }

    public static List<Map<String, Object>> of(List<PartnerTables> tables, List<Partner> profiles) {
        Set<String> known = profiles.stream().map(Partner::id).collect(Collectors.toSet());
        return tables.stream().map(t -> Map.<String, Object>of("partner", t.partner(), "items", t.items(),
                "locations", t.locations(), "orphaned", !known.contains(t.partner()))).toList();
    }
}
