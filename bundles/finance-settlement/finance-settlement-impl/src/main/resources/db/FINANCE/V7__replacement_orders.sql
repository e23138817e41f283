-- Replacement orders (after-sales' exchanges, issue 21): the order whose goods one replaces. Such an order is released
-- for shipment without payment, asks no prepayment and is never invoiced.
ALTER TABLE FINANCE.ORDER_ACCOUNT ADD COLUMN REPLACEMENT_FOR VARCHAR(20);
