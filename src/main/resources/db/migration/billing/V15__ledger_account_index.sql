-- The deduction account page and the held balance read one account's entries, newest first.
CREATE INDEX ledger_entries_account_idx ON ledger_entries (account, id DESC);
