-- A fair claim takes the shop's share in two steps: first the shop's own takes and caps (rows no other shop wants),
-- then the offers every shop in a rush wants, locked last so that their row locks are held for two statements only
-- (FairOrdering.take). A foreign key from the takes to the offers puts a shared lock on the offer rows in the first
-- step already, so every claim would wait there for the offer locks, and upgrading it deadlocks. Offers are never
-- deleted, and takes are written only for the offers of the claim being taken.
ALTER TABLE fair_store_take DROP FOREIGN KEY fk_fair_take_offer;
