-- The partner's item numbers of each line as its order gave them (qualifier and number), for what we send about the
-- lines later (the 856 / DESADV): one line per order line in line order, its numbers separated by tabs, each as
-- qualifier:number. Empty for orders taken before: those are named by our product code.
ALTER TABLE EDI.ORDER_LINK ADD COLUMN LINE_ITEMS CLOB(1M);
