-- Version 11: what is still open on each invoice, kept with the invoice.
-- Until now every receivables, ageing and hold query summed the payment allocations of every invoice a
-- brand ever issued to find the few still open; with years of history that is most of the table each
-- time. The allocations stay the record of what settled what; open_amount follows them (Billing.settle
-- lowers it in the same transaction, never below zero, so an invoice cannot be settled twice).
ALTER TABLE invoice ADD COLUMN open_amount DECIMAL(12, 2) NOT NULL AFTER amount;

UPDATE invoice i
SET i.open_amount = CASE
    WHEN i.kind = 'INVOICE'
        THEN i.amount - COALESCE((SELECT SUM(a.amount) FROM payment_allocation a WHERE a.invoice_id = i.id), 0)
    ELSE 0 END;

ALTER TABLE invoice
    ADD CONSTRAINT ck_invoice_open CHECK (open_amount >= 0 AND open_amount <= amount AND (kind = 'INVOICE' OR open_amount = 0));

-- Open invoices of a brand (receivables, ageing) and of every brand (the hourly overdue review): settled
-- invoices have open_amount 0, so "open_amount > 0" reads only the open ones.
CREATE INDEX ix_invoice_brand_open ON invoice (brand_id, open_amount);
CREATE INDEX ix_invoice_open ON invoice (open_amount, due_date);
