-- Shelfline demo history (repeatable, after R__demo_data): credit terms for every verified standing, and about
-- 90 days of business up to today: orders in every status (delivered, delivered short with damaged cases,
-- rejected and re-routed, cancelled, shipped, being picked, waiting for acceptance), their invoices and receipts,
-- a credit note, payments, monthly statements, one store overdue and on hold, one held by the brand, a past fair
-- with its sales, a fair running and one to come.
-- Dates are relative to the moment this runs, so the demo never goes stale. Idempotent: each demo checkout
-- has a fixed idempotency key ('demo-history-N'), and whatever hangs off it is inserted only with it; the
-- derived figures (reserved stock, credit in use, open amounts) are recomputed from the rows at the end.
-- Times are UTC.

-- Credit terms and limits of every verified standing that has none yet: some pay now, some net 15 or 30,
-- some monthly statements (by store, so each store keeps the same terms with both brands).
DROP TEMPORARY TABLE IF EXISTS demo_paid, demo_new, demo_line, demo_sku, demo_plan, demo_standing;

-- The standings the demo data verified (not those a user verified since: their terms are the brand's choice).
UPDATE store_brand b
SET b.credit_terms = ELT(1 + MOD(b.store_id, 4), 'PAY_NOW', 'NET_15', 'NET_30', 'MONTHLY'),
    b.credit_limit = ELT(1 + MOD(b.store_id, 4), 0.00, 3000.00, 8000.00, 20000.00)
WHERE b.status = 'VERIFIED' AND b.credit_terms IS NULL AND b.decided_at = '2026-02-03 04:00:00'
  AND b.decided_by IN ('freshco.admin', 'golden.admin');

-- The plan: 72 checkouts over the last 90 days, each a verified standing whose district a distributor
-- serves, its status by age (old: delivered; recent: on the way), and two SKUs the warehouse stocks well.
CREATE TEMPORARY TABLE demo_standing AS
SELECT ROW_NUMBER() OVER (ORDER BY b.store_id, b.brand_id) AS k, b.store_id, b.brand_id, b.credit_terms,
       s.district_id, s.street, t.distributor_id AS first_distributor,
       (SELECT t2.distributor_id FROM territory t2 WHERE t2.brand_id = b.brand_id AND t2.district_id = s.district_id
        AND t2.priority > t.priority ORDER BY t2.priority LIMIT 1) AS second_distributor
FROM store_brand b
JOIN store s ON s.id = b.store_id
JOIN territory t ON t.brand_id = b.brand_id AND t.district_id = s.district_id
-- Only the standings the demo data verified, so a standing verified later cannot shift which store gets which order.
WHERE b.status = 'VERIFIED' AND b.decided_at = '2026-02-03 04:00:00' AND b.decided_by IN ('freshco.admin', 'golden.admin')
  AND t.priority = (SELECT MIN(t3.priority) FROM territory t3 WHERE t3.brand_id = b.brand_id AND t3.district_id = s.district_id);

SET @standings = (SELECT COUNT(*) FROM demo_standing);

CREATE TEMPORARY TABLE demo_plan AS
SELECT q.n, q.store_id, q.brand_id, q.district_id, q.street, q.credit_terms,
       q.rerouted, IF(q.rerouted, q.second_distributor, q.first_distributor) AS distributor_id, q.first_distributor,
       q.days_ago, q.payment,
       CASE
           WHEN q.days_ago >= 5 AND MOD(q.n, 11) = 0 THEN 'CANCELLED'
           WHEN q.days_ago >= 5 AND MOD(q.n, 7) = 0 THEN 'PARTIALLY_DELIVERED'
           WHEN q.days_ago >= 5 THEN 'DELIVERED'
           WHEN q.days_ago >= 3 THEN 'SHIPPED'
           WHEN q.days_ago >= 2 THEN 'PICKING'
           WHEN q.days_ago >= 1 THEN 'ACCEPTED'
           ELSE 'PLACED' END AS status,
       -- Reported in full, then a damaged case afterwards: corrected by a credit note.
       (q.days_ago >= 5 AND MOD(q.n, 13) = 0 AND MOD(q.n, 11) <> 0 AND MOD(q.n, 7) <> 0) AS later_credit_note,
       -- Orders waiting for acceptance were placed within the hour, so their deadline (2 hours) is still ahead.
       UTC_TIMESTAMP(6) - INTERVAL q.days_ago DAY
           - INTERVAL IF(q.days_ago = 0, 5 + MOD(q.n * 7, 50), 30 + MOD(q.n * 37, 300)) MINUTE AS placed_at
FROM (SELECT seq AS n, d.store_id, d.brand_id, d.district_id, d.street, d.credit_terms, d.first_distributor,
             d.second_distributor,
             (MOD(seq, 10) = 0 AND d.second_distributor IS NOT NULL) AS rerouted,
             FLOOR(POW((72 - seq) / 72, 1.6) * 90) AS days_ago,
             IF(d.credit_terms = 'PAY_NOW' OR MOD(seq, 5) = 0, 'CASH_ON_DELIVERY', 'CREDIT') AS payment
      FROM seq_1_to_72
      JOIN demo_standing d ON d.k = 1 + MOD(seq * 7, @standings)) q;

-- Two SKUs per order among the published SKUs its warehouse has plenty of (20 per distributor and brand).
CREATE TEMPORARY TABLE demo_sku AS
SELECT w.distributor_id, k.brand_id, k.id AS sku_id, w.id AS warehouse_id,
       ROW_NUMBER() OVER (PARTITION BY w.distributor_id, k.brand_id ORDER BY k.id) AS r
FROM sku k
JOIN stock st ON st.sku_id = k.id
JOIN warehouse w ON w.id = st.warehouse_id
WHERE k.status = 'PUBLISHED' AND k.min_order_cases = 1 AND k.order_increment_cases = 1 AND st.on_hand >= 60
  AND w.id = (SELECT MIN(w2.id) FROM warehouse w2 WHERE w2.distributor_id = w.distributor_id);

CREATE TEMPORARY TABLE demo_line AS
SELECT p.n, l.line_no, c.sku_id, c.warehouse_id, 2 + MOD(p.n * l.line_no * 3, 6) AS cases,
       (SELECT t.case_price FROM sku_price_tier t WHERE t.sku_id = c.sku_id ORDER BY t.min_cases LIMIT 1) AS case_price,
       -- Damaged cases: at delivery for a partial delivery, reported afterwards for a credit note.
       IF(l.line_no = 1 AND (p.status = 'PARTIALLY_DELIVERED' OR p.later_credit_note), 1, 0) AS damaged
FROM demo_plan p
JOIN (SELECT 1 AS line_no UNION ALL SELECT 2) l
JOIN demo_sku c ON c.distributor_id = p.distributor_id AND c.brand_id = p.brand_id
    AND c.r = 1 + MOD(p.n * 3 + l.line_no * 5, 20);

-- FreshCo's autumn ordering days, about a month ago: what its shops ordered then were fair orders, a tenth off.
SET @fair_brand = (SELECT id FROM brand WHERE code = 'FRESHCO');
UPDATE demo_line l JOIN demo_plan p ON p.n = l.n
SET l.case_price = ROUND(l.case_price * 0.90, 2)
WHERE p.brand_id = @fair_brand AND p.days_ago BETWEEN 30 AND 40;

-- Checkouts (one order each), then the orders.
INSERT IGNORE INTO checkout (store_id, brand_id, idempotency_key, payment, total, placed_at, placed_by)
SELECT p.store_id, p.brand_id, CONCAT('demo-history-', p.n), p.payment,
       (SELECT SUM(l.cases * l.case_price) FROM demo_line l WHERE l.n = p.n), p.placed_at,
       (SELECT u.username FROM user_account u WHERE u.store_id = p.store_id ORDER BY u.id LIMIT 1)
FROM demo_plan p
WHERE NOT EXISTS (SELECT 1 FROM checkout c WHERE c.idempotency_key = CONCAT('demo-history-', p.n));

CREATE TEMPORARY TABLE demo_new AS
SELECT p.*, c.id AS checkout_id, c.total, c.placed_by, CONCAT('SL', LPAD(c.id, 8, '0'), '-1') AS reference,
       (SELECT MIN(w.id) FROM warehouse w WHERE w.distributor_id = p.distributor_id) AS warehouse_id,
       (SELECT u.username FROM user_account u WHERE u.distributor_id = p.distributor_id ORDER BY u.id LIMIT 1) AS dispatcher
FROM demo_plan p
JOIN checkout c ON c.store_id = p.store_id AND c.idempotency_key = CONCAT('demo-history-', p.n)
WHERE NOT EXISTS (SELECT 1 FROM purchase_order o WHERE o.checkout_id = c.id);

INSERT INTO purchase_order (reference, checkout_id, brand_id, store_id, distributor_id, warehouse_id, status, payment, total,
                            delivery_district_id, delivery_address, placed_at, accept_by, updated_at)
SELECT d.reference, d.checkout_id, d.brand_id, d.store_id, d.distributor_id, d.warehouse_id, d.status, d.payment, d.total,
       d.district_id, d.street, d.placed_at,
       IF(d.status = 'PLACED', d.placed_at + INTERVAL 120 MINUTE, NULL),
       d.placed_at + INTERVAL LEAST(d.days_ago, 4) DAY
FROM demo_new d;

INSERT INTO order_line (order_id, line_no, sku_id, sku_code, sku_name, sku_name_zh, case_pack, cases, case_price, line_total,
                        delivered_cases, damaged_cases)
SELECT o.id, l.line_no, k.id, k.code, k.name, k.name_zh, k.case_pack, l.cases, l.case_price, l.cases * l.case_price,
       IF(d.status IN ('DELIVERED', 'PARTIALLY_DELIVERED'), l.cases, NULL),
       IF(d.status IN ('DELIVERED', 'PARTIALLY_DELIVERED'), l.damaged, NULL)
FROM demo_new d
JOIN purchase_order o ON o.checkout_id = d.checkout_id
JOIN demo_line l ON l.n = d.n
JOIN sku k ON k.id = l.sku_id;

-- How each order got where it is, as the shop and the distributor see it.
INSERT INTO routing_decision (order_id, decided_at, distributor_id, warehouse_id, outcome, detail)
SELECT o.id, d.placed_at, d.first_distributor,
       (SELECT MIN(w.id) FROM warehouse w WHERE w.distributor_id = d.first_distributor), 'FIRST_CHOICE',
       'can fill every line'
FROM demo_new d JOIN purchase_order o ON o.checkout_id = d.checkout_id;

INSERT INTO routing_decision (order_id, decided_at, distributor_id, warehouse_id, outcome, detail)
SELECT o.id, d.placed_at + INTERVAL 40 MINUTE, d.first_distributor, NULL, 'REJECTED', 'no delivery van free this week / 本周没有空闲货车'
FROM demo_new d JOIN purchase_order o ON o.checkout_id = d.checkout_id WHERE d.rerouted;

INSERT INTO routing_decision (order_id, decided_at, distributor_id, warehouse_id, outcome, detail)
SELECT o.id, d.placed_at + INTERVAL 40 MINUTE, d.distributor_id, d.warehouse_id, 'REROUTED', 'next distributor that can fill every line'
FROM demo_new d JOIN purchase_order o ON o.checkout_id = d.checkout_id WHERE d.rerouted;

INSERT INTO order_event (order_id, occurred_at, actor, status, note)
SELECT o.id, d.placed_at, d.placed_by, 'PLACED', NULL
FROM demo_new d JOIN purchase_order o ON o.checkout_id = d.checkout_id;

INSERT INTO order_event (order_id, occurred_at, actor, status, note)
SELECT o.id, d.placed_at + INTERVAL 40 MINUTE, 'system', 'PLACED', 'no delivery van free this week / 本周没有空闲货车'
FROM demo_new d JOIN purchase_order o ON o.checkout_id = d.checkout_id WHERE d.rerouted;

INSERT INTO order_event (order_id, occurred_at, actor, status, note)
SELECT o.id, d.placed_at + INTERVAL 3 HOUR, d.placed_by, 'CANCELLED', 'ordered twice by mistake / 重复下单'
FROM demo_new d JOIN purchase_order o ON o.checkout_id = d.checkout_id WHERE d.status = 'CANCELLED';

INSERT INTO order_event (order_id, occurred_at, actor, status, note)
SELECT o.id, d.placed_at + INTERVAL 2 HOUR, d.dispatcher, 'ACCEPTED', NULL
FROM demo_new d JOIN purchase_order o ON o.checkout_id = d.checkout_id
WHERE d.status IN ('ACCEPTED', 'PICKING', 'SHIPPED', 'DELIVERED', 'PARTIALLY_DELIVERED');

INSERT INTO order_event (order_id, occurred_at, actor, status, note)
SELECT o.id, d.placed_at + INTERVAL 1 DAY, d.dispatcher, 'PICKING', NULL
FROM demo_new d JOIN purchase_order o ON o.checkout_id = d.checkout_id
WHERE d.status IN ('PICKING', 'SHIPPED', 'DELIVERED', 'PARTIALLY_DELIVERED');

INSERT INTO order_event (order_id, occurred_at, actor, status, note)
SELECT o.id, d.placed_at + INTERVAL 2 DAY, d.dispatcher, 'SHIPPED', NULL
FROM demo_new d JOIN purchase_order o ON o.checkout_id = d.checkout_id
WHERE d.status IN ('SHIPPED', 'DELIVERED', 'PARTIALLY_DELIVERED');

INSERT INTO order_event (order_id, occurred_at, actor, status, note)
SELECT o.id, d.placed_at + INTERVAL 3 DAY, d.dispatcher, IF(d.status = 'PARTIALLY_DELIVERED', 'PARTIALLY_DELIVERED', 'DELIVERED'), NULL
FROM demo_new d JOIN purchase_order o ON o.checkout_id = d.checkout_id
WHERE d.status IN ('DELIVERED', 'PARTIALLY_DELIVERED');

INSERT INTO order_event (order_id, occurred_at, actor, status, note)
SELECT o.id, d.placed_at + INTERVAL 4 DAY, d.placed_by, 'PARTIALLY_DELIVERED', 'one case arrived damaged / 一箱到货破损'
FROM demo_new d JOIN purchase_order o ON o.checkout_id = d.checkout_id WHERE d.later_credit_note;

-- A later damaged report leaves the order partially delivered.
UPDATE purchase_order o JOIN demo_new d ON d.checkout_id = o.checkout_id
SET o.status = 'PARTIALLY_DELIVERED'
WHERE d.later_credit_note;

-- Invoices (credit) and receipts (cash) for what arrived in good order at delivery, three days after placing.
INSERT INTO invoice (number, kind, store_id, brand_id, order_id, amount, open_amount, issued_at, issue_date, due_date)
SELECT CONCAT(IF(d.payment = 'CREDIT', 'INV-', 'RCT-'), d.reference), IF(d.payment = 'CREDIT', 'INVOICE', 'RECEIPT'),
       d.store_id, d.brand_id, o.id, x.billed, IF(d.payment = 'CREDIT', x.billed, 0), d.placed_at + INTERVAL 3 DAY,
       DATE(CONVERT_TZ(d.placed_at + INTERVAL 3 DAY, '+00:00', '+08:00')),
       IF(d.payment = 'CREDIT', CASE d.credit_terms
           WHEN 'NET_15' THEN DATE(CONVERT_TZ(d.placed_at + INTERVAL 3 DAY, '+00:00', '+08:00')) + INTERVAL 15 DAY
           WHEN 'NET_30' THEN DATE(CONVERT_TZ(d.placed_at + INTERVAL 3 DAY, '+00:00', '+08:00')) + INTERVAL 30 DAY
           ELSE LAST_DAY(DATE(CONVERT_TZ(d.placed_at + INTERVAL 3 DAY, '+00:00', '+08:00')) + INTERVAL 1 MONTH) END, NULL)
FROM demo_new d
JOIN purchase_order o ON o.checkout_id = d.checkout_id
JOIN (SELECT l.n, SUM((l.cases - IF(p.later_credit_note, 0, l.damaged)) * l.case_price) AS billed
      FROM demo_line l JOIN demo_plan p ON p.n = l.n GROUP BY l.n) x ON x.n = d.n
WHERE d.status IN ('DELIVERED', 'PARTIALLY_DELIVERED');

INSERT INTO invoice_line (invoice_id, line_no, sku_code, sku_name, sku_name_zh, cases, case_price, amount)
SELECT i.id, l.line_no, l.sku_code, l.sku_name, l.sku_name_zh,
       l.cases - IF(d.later_credit_note, 0, l.damaged_cases), l.case_price,
       (l.cases - IF(d.later_credit_note, 0, l.damaged_cases)) * l.case_price
FROM demo_new d
JOIN purchase_order o ON o.checkout_id = d.checkout_id
JOIN invoice i ON i.order_id = o.id
JOIN order_line l ON l.order_id = o.id;

INSERT INTO ledger_entry (store_id, brand_id, kind, amount, invoice_id, occurred_at, recorded_by, note)
SELECT i.store_id, i.brand_id, 'INVOICE', i.amount, i.id, i.issued_at, d.dispatcher, i.number
FROM demo_new d JOIN purchase_order o ON o.checkout_id = d.checkout_id JOIN invoice i ON i.order_id = o.id
WHERE i.kind = 'INVOICE';

-- The damaged case reported the day after delivery: a credit note with its own number and lines.
INSERT INTO credit_note (number, invoice_id, store_id, brand_id, order_id, amount, issued_at, issue_date, issued_by)
SELECT CONCAT('CN-', d.reference, '-1'), i.id, i.store_id, i.brand_id, o.id, l.case_price, i.issued_at + INTERVAL 1 DAY,
       DATE(CONVERT_TZ(i.issued_at + INTERVAL 1 DAY, '+00:00', '+08:00')), d.placed_by
FROM demo_new d
JOIN purchase_order o ON o.checkout_id = d.checkout_id
JOIN invoice i ON i.order_id = o.id
JOIN order_line l ON l.order_id = o.id AND l.line_no = 1
WHERE d.later_credit_note;

INSERT INTO credit_note_line (credit_note_id, line_no, sku_code, sku_name, sku_name_zh, cases, case_price, amount)
SELECT c.id, l.line_no, l.sku_code, l.sku_name, l.sku_name_zh, 1, l.case_price, l.case_price
FROM demo_new d
JOIN purchase_order o ON o.checkout_id = d.checkout_id
JOIN credit_note c ON c.order_id = o.id
JOIN order_line l ON l.order_id = o.id AND l.line_no = 1;

INSERT INTO ledger_entry (store_id, brand_id, kind, amount, invoice_id, credit_note_id, occurred_at, recorded_by, note)
SELECT c.store_id, c.brand_id, 'CREDIT_NOTE', -c.amount, c.invoice_id, c.id, c.issued_at, c.issued_by, c.number
FROM demo_new d JOIN purchase_order o ON o.checkout_id = d.checkout_id JOIN credit_note c ON c.order_id = o.id;

-- The damaged case a shop reported after the distributor's full report is a disputed delivery: settled by the
-- brand (the shop's count stood, on a photo), except each brand's latest, which still waits for its decision.
INSERT INTO delivery_dispute (order_id, store_id, brand_id, distributor_id, opened_at, opened_by, amount, status, settlement,
                              settled_at, settled_by, note)
SELECT o.id, o.store_id, o.brand_id, o.distributor_id, c.issued_at, d.placed_by, c.amount, 'SETTLED', 'SHOP_COUNT',
       c.issued_at + INTERVAL 1 DAY, (SELECT u.username FROM user_account u WHERE u.brand_id = o.brand_id ORDER BY u.id LIMIT 1),
       'Photo of the broken case checked / 已核对破损照片'
FROM demo_new d JOIN purchase_order o ON o.checkout_id = d.checkout_id JOIN credit_note c ON c.order_id = o.id;

INSERT INTO delivery_dispute_line (dispute_id, line_no, sku_code, sku_name, sku_name_zh, cases, case_price, amount)
SELECT dd.id, l.line_no, l.sku_code, l.sku_name, l.sku_name_zh, 1, l.case_price, l.case_price
FROM delivery_dispute dd JOIN order_line l ON l.order_id = dd.order_id AND l.line_no = 1
WHERE NOT EXISTS (SELECT 1 FROM delivery_dispute_line x WHERE x.dispute_id = dd.id);

UPDATE delivery_dispute dd
JOIN (SELECT o.brand_id, MAX(x.id) AS id FROM delivery_dispute x JOIN purchase_order o ON o.id = x.order_id
      JOIN demo_new d ON d.checkout_id = o.checkout_id GROUP BY o.brand_id) latest ON latest.id = dd.id
SET dd.status = 'OPEN', dd.settlement = NULL, dd.settled_at = NULL, dd.settled_by = NULL, dd.note = NULL;

-- Payments: invoices issued more than 20 days ago are paid, except those of the first net-15 store (overdue,
-- on hold).
CREATE TEMPORARY TABLE demo_paid AS
SELECT i.id AS invoice_id, i.store_id, i.brand_id, i.amount - COALESCE(
           (SELECT c.amount FROM credit_note c WHERE c.invoice_id = i.id), 0) AS amount,
       i.issued_at + INTERVAL 12 DAY AS paid_at, i.number
FROM demo_new d
JOIN purchase_order o ON o.checkout_id = d.checkout_id
JOIN invoice i ON i.order_id = o.id
WHERE i.kind = 'INVOICE' AND i.issued_at < UTC_TIMESTAMP() - INTERVAL 20 DAY
  AND i.store_id <> (SELECT MIN(b.store_id) FROM store_brand b WHERE b.credit_terms = 'NET_15' AND b.status = 'VERIFIED');

INSERT INTO payment (store_id, brand_id, amount, paid_on, method, reference, recorded_at, recorded_by)
SELECT p.store_id, p.brand_id, p.amount, DATE(CONVERT_TZ(p.paid_at, '+00:00', '+08:00')),
       ELT(1 + MOD(p.invoice_id, 3), 'BANK_TRANSFER', 'WECHAT_PAY', 'ALIPAY'), p.number, p.paid_at,
       (SELECT u.username FROM user_account u WHERE u.brand_id = p.brand_id ORDER BY u.id LIMIT 1)
FROM demo_paid p
WHERE p.amount > 0;

INSERT INTO payment_allocation (payment_id, invoice_id, amount, kind)
SELECT y.id, p.invoice_id, p.amount, 'PAYMENT'
FROM demo_paid p
JOIN payment y ON y.store_id = p.store_id AND y.brand_id = p.brand_id AND y.reference = p.number
WHERE p.amount > 0;

-- Credit notes on invoices settle what they corrected (after a receipt the credit stays on the account).
INSERT INTO payment_allocation (payment_id, invoice_id, amount, kind)
SELECT NULL, c.invoice_id, c.amount, 'CREDIT'
FROM demo_new d JOIN purchase_order o ON o.checkout_id = d.checkout_id JOIN credit_note c ON c.order_id = o.id
JOIN invoice i ON i.id = c.invoice_id
WHERE i.kind = 'INVOICE';

INSERT INTO ledger_entry (store_id, brand_id, kind, amount, payment_id, occurred_at, recorded_by, note)
SELECT y.store_id, y.brand_id, 'PAYMENT', -y.amount, y.id, y.recorded_at, y.recorded_by, CONCAT(y.method, ' ', y.reference)
FROM demo_paid p
JOIN payment y ON y.store_id = p.store_id AND y.brand_id = p.brand_id AND y.reference = p.number
WHERE p.amount > 0;

-- Derived figures, recomputed from the rows: open amounts, stock reserved by open orders, credit in use
-- (open invoices plus credit orders not yet delivered), and holds (overdue past the brand's grace days; the
-- last store on monthly statements is held by the brand).
UPDATE invoice i
SET i.open_amount = IF(i.kind = 'INVOICE',
    i.amount - COALESCE((SELECT SUM(a.amount) FROM payment_allocation a WHERE a.invoice_id = i.id), 0), 0);

UPDATE stock s
SET s.reserved = COALESCE((SELECT SUM(l.cases) FROM order_line l JOIN purchase_order o ON o.id = l.order_id
                           WHERE o.warehouse_id = s.warehouse_id AND l.sku_id = s.sku_id
                             AND o.status IN ('PLACED', 'ACCEPTED', 'PICKING')), 0);

UPDATE store_brand b
SET b.credit_used = COALESCE((SELECT SUM(i.open_amount) FROM invoice i WHERE i.store_id = b.store_id AND i.brand_id = b.brand_id), 0)
    + COALESCE((SELECT SUM(o.total) FROM purchase_order o WHERE o.store_id = b.store_id AND o.brand_id = b.brand_id
                AND o.payment = 'CREDIT' AND o.status IN ('PLACED', 'ACCEPTED', 'PICKING', 'SHIPPED')), 0);

UPDATE store_brand b JOIN brand r ON r.id = b.brand_id
-- The reason in the form the nightly check (CreditHolds) writes it, which pages put in the reader's language.
SET b.hold_kind = 'AUTO', b.hold_reason = CONCAT('overdue invoices: ', (
    SELECT GROUP_CONCAT(i.number ORDER BY i.number SEPARATOR ', ') FROM invoice i
    WHERE i.store_id = b.store_id AND i.brand_id = b.brand_id AND i.open_amount > 0
      AND i.due_date < DATE(CONVERT_TZ(UTC_TIMESTAMP(), '+00:00', '+08:00')) - INTERVAL r.grace_days DAY))
WHERE b.hold_kind IS NULL AND EXISTS (SELECT 1 FROM demo_new) AND EXISTS (
    SELECT 1 FROM invoice i WHERE i.store_id = b.store_id AND i.brand_id = b.brand_id AND i.open_amount > 0
      AND i.due_date < DATE(CONVERT_TZ(UTC_TIMESTAMP(), '+00:00', '+08:00')) - INTERVAL r.grace_days DAY);

UPDATE store_brand b
SET b.hold_kind = 'MANUAL', b.hold_reason = 'cheque returned unpaid; call before the next credit order / 支票退票，下次赊账前请先来电'
-- Only when this run wrote the history: a hold the brand lifted since stays lifted.
WHERE b.hold_kind IS NULL AND EXISTS (SELECT 1 FROM demo_new) AND b.status = 'VERIFIED' AND b.credit_terms = 'MONTHLY'
  AND b.store_id = (SELECT MAX(x.store_id) FROM (SELECT store_id FROM store_brand WHERE credit_terms = 'MONTHLY' AND status = 'VERIFIED') x);

-- The autumn fair itself, written only with the history it sold (its window is that of its orders): its offers
-- are what was sold, with each shop's share, the claims the orders were placed from, and the shops that joined.
SET @autumn_from = (SELECT MIN(placed_at) FROM demo_new WHERE brand_id = @fair_brand AND days_ago BETWEEN 30 AND 40);
SET @autumn_to = (SELECT MAX(placed_at) FROM demo_new WHERE brand_id = @fair_brand AND days_ago BETWEEN 30 AND 40);
INSERT INTO fair (brand_id, title, description, starts_at, ends_at, invited_tiers, invited_region, min_order_value,
                  early_bird_minutes, status, invitation_token, created_at)
SELECT @fair_brand, 'FreshCo autumn ordering days', 'Autumn teas and juices a tenth off.', @autumn_from - INTERVAL 1 HOUR,
       @autumn_to + INTERVAL 1 HOUR, NULL, NULL, 0.00, NULL, 'PUBLISHED', 'demofreshcoautumndays00000000001',
       @autumn_from - INTERVAL 5 DAY
FROM DUAL
WHERE @autumn_from IS NOT NULL AND NOT EXISTS (SELECT 1 FROM fair f WHERE f.invitation_token = 'demofreshcoautumndays00000000001');
SET @autumn = IF(@autumn_from IS NULL, NULL,
                 (SELECT id FROM fair WHERE invitation_token = 'demofreshcoautumndays00000000001'));

UPDATE checkout c JOIN demo_new d ON d.checkout_id = c.id
SET c.fair_id = @autumn
WHERE @autumn IS NOT NULL AND d.brand_id = @fair_brand AND d.days_ago BETWEEN 30 AND 40;

INSERT INTO fair_offer (fair_id, sku_id, fair_price, early_bird_price, allocation, sold, store_cap)
SELECT c.fair_id, l.sku_id, MIN(l.case_price), NULL, SUM(IF(o.status = 'CANCELLED', 0, l.cases)) + 40,
       SUM(IF(o.status = 'CANCELLED', 0, l.cases)), 100
FROM checkout c JOIN purchase_order o ON o.checkout_id = c.id JOIN order_line l ON l.order_id = o.id
WHERE c.fair_id = @autumn AND NOT EXISTS (SELECT 1 FROM fair_offer f WHERE f.fair_id = @autumn)
GROUP BY c.fair_id, l.sku_id;

INSERT IGNORE INTO fair_store_take (offer_id, store_id, cases)
SELECT f.id, c.store_id, SUM(IF(o.status = 'CANCELLED', 0, l.cases))
FROM checkout c JOIN purchase_order o ON o.checkout_id = c.id JOIN order_line l ON l.order_id = o.id
JOIN fair_offer f ON f.fair_id = c.fair_id AND f.sku_id = l.sku_id
WHERE c.fair_id = @autumn
GROUP BY f.id, c.store_id;

INSERT IGNORE INTO fair_claim (fair_id, store_id, idempotency_key, payment, total, claimed_at, claimed_by, status, checkout_id,
                               settled_at)
SELECT c.fair_id, c.store_id, CONCAT('demo-fair-', c.id), c.payment, c.total, c.placed_at, c.placed_by, 'PLACED', c.id, c.placed_at
FROM checkout c WHERE c.fair_id = @autumn;

INSERT IGNORE INTO fair_claim_line (claim_id, sku_id, sku_code, cases, case_price)
SELECT k.id, l.sku_id, l.sku_code, SUM(l.cases), MIN(l.case_price)
FROM fair_claim k JOIN purchase_order o ON o.checkout_id = k.checkout_id JOIN order_line l ON l.order_id = o.id
WHERE k.fair_id = @autumn
GROUP BY k.id, l.sku_id, l.sku_code;

INSERT IGNORE INTO fair_participant (fair_id, store_id, joined_at)
SELECT c.fair_id, c.store_id, MIN(c.placed_at) - INTERVAL 10 MINUTE
FROM checkout c WHERE c.fair_id = @autumn
GROUP BY c.fair_id, c.store_id;

-- Monthly statements for the last two whole months, as the run on the 1st (StatementReader) writes them: every
-- account with entries by the month's end, its opening balance, the month's invoices, payments and credits.
INSERT IGNORE INTO statement (store_id, brand_id, period, opening, invoiced, paid, credited, closing, entries, generated_at)
SELECT e.store_id, e.brand_id, m.period,
       SUM(IF(e.occurred_at < m.starts, e.amount, 0)),
       SUM(IF(e.occurred_at >= m.starts AND e.kind = 'INVOICE', e.amount, 0)),
       -SUM(IF(e.occurred_at >= m.starts AND e.kind = 'PAYMENT', e.amount, 0)),
       -SUM(IF(e.occurred_at >= m.starts AND e.kind IN ('CREDIT_NOTE', 'ADJUSTMENT'), e.amount, 0)),
       SUM(e.amount),
       SUM(IF(e.occurred_at >= m.starts, 1, 0)),
       m.ends + INTERVAL 3 HOUR
FROM ledger_entry e
JOIN (SELECT p.period, CONVERT_TZ(p.period, '+08:00', '+00:00') AS starts,
             CONVERT_TZ(p.period + INTERVAL 1 MONTH, '+08:00', '+00:00') AS ends
      FROM (SELECT CAST(DATE_FORMAT(CONVERT_TZ(UTC_TIMESTAMP(), '+00:00', '+08:00') - INTERVAL seq MONTH, '%Y-%m-01') AS DATE) AS period
            FROM seq_1_to_2) p) m ON e.occurred_at < m.ends
GROUP BY e.store_id, e.brand_id, m.period, m.starts, m.ends;

-- Trade fairs: FreshCo's runs now (a week, early-bird prices for its first hours), Golden Harvest's opens in two
-- days for its gold and silver shops. Fair prices are a tenth below the base price; fixed invitation tokens.
INSERT INTO fair (brand_id, title, description, starts_at, ends_at, invited_tiers, invited_region, min_order_value,
                  early_bird_minutes, status, invitation_token, created_at)
SELECT b.id, 'FreshCo winter ordering week', 'Teas and juices for the holidays at fair prices, while the allocation lasts.',
       UTC_TIMESTAMP(6) - INTERVAL 2 HOUR, UTC_TIMESTAMP(6) + INTERVAL 7 DAY, NULL, NULL, 300.00, 240, 'PUBLISHED',
       'demofreshcowinterweek00000000001', UTC_TIMESTAMP(6) - INTERVAL 3 DAY
FROM brand b WHERE b.code = 'FRESHCO'
  AND NOT EXISTS (SELECT 1 FROM fair f WHERE f.invitation_token = 'demofreshcowinterweek00000000001')
UNION ALL
SELECT b.id, 'Golden Harvest spring snack fair', NULL,
       UTC_TIMESTAMP(6) + INTERVAL 2 DAY, UTC_TIMESTAMP(6) + INTERVAL 2 DAY + INTERVAL 4 HOUR, 'GOLD,SILVER', NULL, 0.00, NULL,
       'PUBLISHED', 'demogoldenspringsnackfair0000001', UTC_TIMESTAMP(6) - INTERVAL 1 DAY
FROM brand b WHERE b.code = 'GOLDEN'
  AND NOT EXISTS (SELECT 1 FROM fair f WHERE f.invitation_token = 'demogoldenspringsnackfair0000001');

INSERT IGNORE INTO fair_offer (fair_id, sku_id, fair_price, early_bird_price, allocation, sold, store_cap)
SELECT f.id, k.id, ROUND(t.case_price * 0.90, 2), IF(f.early_bird_minutes IS NULL, NULL, ROUND(t.case_price * 0.85, 2)),
       200, 0, 20
FROM fair f
JOIN sku k ON k.brand_id = f.brand_id AND k.status = 'PUBLISHED' AND k.min_order_cases = 1 AND k.order_increment_cases = 1
JOIN sku_price_tier t ON t.sku_id = k.id
    AND t.min_cases = (SELECT MIN(t2.min_cases) FROM sku_price_tier t2 WHERE t2.sku_id = k.id)
WHERE f.invitation_token IN ('demofreshcowinterweek00000000001', 'demogoldenspringsnackfair0000001')
  AND NOT EXISTS (SELECT 1 FROM fair_offer o WHERE o.fair_id = f.id)
  AND MOD(k.id, 7) = 0;

DROP TEMPORARY TABLE demo_paid;
DROP TEMPORARY TABLE demo_new;
DROP TEMPORARY TABLE demo_line;
DROP TEMPORARY TABLE demo_sku;
DROP TEMPORARY TABLE demo_plan;
DROP TEMPORARY TABLE demo_standing;
