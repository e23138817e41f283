package io.orderflow.masterdata.internal.rest;

import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.PartnerItem;
import io.orderflow.masterdata.api.PartnerLocation;
import io.orderflow.masterdata.api.Product;
import io.orderflow.masterdata.api.OrgMember;
import io.orderflow.masterdata.api.Region;

/** An empty request body is checked like a record with every field missing, so the answer names them all. */
final class MasterDataBodies {

    static final Customer EMPTY_CUSTOMER = new Customer(null, null, null, null, null, null, null, null, null,
            null);
    static final Region EMPTY_REGION = new Region(null, null);
    static final Product EMPTY_PRODUCT = new Product(null, null, null, null, 0, false, null);
    static final PartnerItem EMPTY_PARTNER_ITEM = new PartnerItem(null, null, null, null, null, 0);
    static final PartnerLocation EMPTY_PARTNER_LOCATION = new PartnerLocation(null, null, null, null, null);
    static final OrgMember EMPTY_ORG_MEMBER = new OrgMember(null, null, null);

    private MasterDataBodies() {
    }
}
