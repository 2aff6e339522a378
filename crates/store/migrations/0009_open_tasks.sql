-- The open tasks, which the home, the inbox and each account list. A large book keeps a
-- million done tasks beside a few thousand open ones; without this index every list of the
-- open ones read them all.
CREATE INDEX tasks_open ON tasks(account_id) WHERE completed_at IS NULL;
