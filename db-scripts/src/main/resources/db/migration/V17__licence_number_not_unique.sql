-- Version 17: the registration form no longer says that a licence number is already registered (it told
-- anyone which businesses use Shelfline). A second shop with the same number is filed like any other, and
-- the brand sees the other applications with that number beside it when it verifies (it was the real owner
-- who could not register when someone else had used the number first).
ALTER TABLE store DROP INDEX uk_store_licence;
CREATE INDEX ix_store_licence ON store (licence_number);
