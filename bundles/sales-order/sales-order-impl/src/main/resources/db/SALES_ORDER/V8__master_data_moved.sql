-- Customers and products are master data now (schema MASTER_DATA, bundle master-data). The old tables stay until
-- their rows are handed over (MasterDataHandover) and are no longer read or written by sales.

-- One row per customer, locked by a credit check to serialise the approvals of one customer's orders.
CREATE TABLE SALES_ORDER.CUSTOMER_CREDIT (
    CUSTOMER_ID VARCHAR(40) NOT NULL PRIMARY KEY,
    CHECKED_AT  TIMESTAMP   NOT NULL
);

-- When the customers and products of SALES_ORDER.CUSTOMER and .PRODUCT were handed to master data (one row).
CREATE TABLE SALES_ORDER.MASTER_DATA_HANDOVER (
    ID              INT       NOT NULL PRIMARY KEY,
    HANDED_OVER_AT  TIMESTAMP NOT NULL,
    CUSTOMERS       INT       NOT NULL,
    PRODUCTS        INT       NOT NULL
);
