package io.orderflow.platform.api.security;

import java.util.Set;

/** The role names of the business (docs/business-rules.md §1); they are Karaf JAAS roles. */
public final class Roles {

    public static final String SALES_REP = "sales-rep";
    public static final String SALES_ASSISTANT = "sales-assistant";
    public static final String SALES_MANAGER = "sales-manager";
    public static final String ORDER_ADMIN = "order-admin";
    public static final String PRODUCTION_PLANNER = "production-planner";
    public static final String PRODUCTION_VP = "production-vp";
    public static final String PURCHASING = "purchasing";
    public static final String QUALITY = "quality";
    public static final String WAREHOUSE = "warehouse";
    public static final String LOGISTICS = "logistics";
    public static final String FLEET = "fleet";
    public static final String FINANCE = "finance";
    public static final String CFO = "cfo";
    public static final String MARKETING_MANAGER = "marketing-manager";
    public static final String VP_MARKETING = "vp-marketing";
    public static final String SALES_DIRECTOR = "sales-director";
    public static final String PRESIDENT = "president";
    public static final String AUDITOR = "auditor";
    public static final String INTEGRATION = "integration";
    /** Administers the installation. It may call every endpoint but holds no business role by itself. */
    public static final String ADMIN = "admin";

    /**
     * Not a role: in {@code @RolesAllowed} it admits a caller holding any business role (read access for staff).
     */
    public static final String ANY_BUSINESS_ROLE = "any-business-role";

    /** Every business role, i.e. all roles but {@link #ADMIN}. */
    public static final Set<String> BUSINESS = Set.of(SALES_REP, SALES_ASSISTANT, SALES_MANAGER, ORDER_ADMIN,
            PRODUCTION_PLANNER, PRODUCTION_VP, PURCHASING, QUALITY, WAREHOUSE, LOGISTICS, FLEET, FINANCE, CFO,
            MARKETING_MANAGER, VP_MARKETING, SALES_DIRECTOR, PRESIDENT, AUDITOR, INTEGRATION);

    private Roles() {
    }

    /** True for a business role or {@link #ADMIN}. */
    public static boolean isKnown(String role) {
        return ADMIN.equals(role) || BUSINESS.contains(role);
    }
}
