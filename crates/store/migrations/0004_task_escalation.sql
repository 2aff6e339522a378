-- Escalation of overdue playbook tasks: when it happened and whether the CSM's manager
-- must be told. Tasks raised by hand have neither.
ALTER TABLE tasks ADD COLUMN escalated_at TEXT;
ALTER TABLE tasks ADD COLUMN notify_manager INTEGER NOT NULL DEFAULT 0;
-- The priority a playbook step's task starts at.
ALTER TABLE playbook_steps ADD COLUMN priority TEXT NOT NULL DEFAULT 'normal'
    CHECK (priority IN ('low','normal','high','urgent'));
-- A playbook may apply only to accounts matching a rule (e.g. QBRs for arr >= 10000).
ALTER TABLE playbooks ADD COLUMN only_if TEXT;
