-- When logistics first dispatched a shipment of the order (logistics/DISPATCHED): from then on only a return changes
-- the order, so cancellation and change requests are refused (docs/business-rules.md §2.5).
ALTER TABLE SALES_ORDER.SALES_ORDER ADD COLUMN DISPATCHED_AT TIMESTAMP;
