-- Replacement orders (after-sales' exchanges, issue 21): the RMA a replacement was placed for, which makes placing it
-- idempotent (one replacement per RMA, also under concurrency; other orders have none), and the order it replaces
-- goods of.
ALTER TABLE SALES_ORDER.SALES_ORDER ADD COLUMN RMA VARCHAR(60);
ALTER TABLE SALES_ORDER.SALES_ORDER ADD COLUMN REPLACEMENT_FOR VARCHAR(20);
ALTER TABLE SALES_ORDER.SALES_ORDER ADD CONSTRAINT SALES_ORDER_RMA UNIQUE (RMA);
-- the channel AFTER_SALES is 11 characters
ALTER TABLE SALES_ORDER.SALES_ORDER ALTER COLUMN CHANNEL SET DATA TYPE VARCHAR(20);
