-- What left an order's demand other than by a revision: quantities shipped (the reference is logistics' shipment id)
-- and rests closed without shipping (logistics' reference for the decision). DEMAND_LINE.ORDERED has already fallen
-- by them; a repeated call with the same reference finds its lines here and changes nothing. The key leaves out the
-- order: a reference belongs to one order, also when two calls for different orders arrive at once.
CREATE TABLE WAREHOUSE.DEMAND_SETTLEMENT (
    KIND       VARCHAR(20)    NOT NULL CHECK (KIND IN ('SHIPPED', 'CLOSED')),
    REFERENCE  VARCHAR(100)   NOT NULL,
    LINE_NO    INT            NOT NULL,
    ORDER_NO   VARCHAR(20)    NOT NULL REFERENCES WAREHOUSE.ORDER_DEMAND (ORDER_NO),
    QUANTITY   DECIMAL(19, 4) NOT NULL CHECK (QUANTITY > 0),
    SETTLED_AT TIMESTAMP      NOT NULL,
    PRIMARY KEY (KIND, REFERENCE, LINE_NO)
);
CREATE INDEX WAREHOUSE.DEMAND_SETTLEMENT_ORDER ON WAREHOUSE.DEMAND_SETTLEMENT (ORDER_NO);
