-- Waypoint workspace schema, version 1: the whole domain, so later features add queries, not rework.
-- Conventions: days are UTC calendar days as TEXT 'YYYY-MM-DD'; instants are TEXT RFC 3339 UTC
-- ('YYYY-MM-DDTHH:MM:SSZ'); money is INTEGER minor units (cents); external ids from the customer's
-- systems are TEXT and unique; big tables use INTEGER surrogate keys to stay small and fast.

CREATE TABLE owners (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    email       TEXT
);

CREATE TABLE accounts (
    id              INTEGER PRIMARY KEY,
    external_id     TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    industry        TEXT,
    region          TEXT,
    employees       INTEGER,
    owner_id        INTEGER REFERENCES owners(id),
    lifecycle_stage TEXT CHECK (lifecycle_stage IN ('onboarding','adoption','value','renewal','at_risk','churned')),
    created_at      TEXT,
    attributes      TEXT NOT NULL DEFAULT '{}'   -- custom attributes (extra import columns), JSON object
);

CREATE TABLE modules (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,   -- e.g. 'monitoring'
    name        TEXT NOT NULL
);

CREATE TABLE features (
    id          INTEGER PRIMARY KEY,
    module_id   INTEGER NOT NULL REFERENCES modules(id),
    key         TEXT NOT NULL,
    UNIQUE (module_id, key)
);

-- Product catalog: which module (and feature) an event name belongs to, and whether it is a
-- value event (the core action that proves value, e.g. 'funnel_saved').
CREATE TABLE event_types (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    module_id      INTEGER NOT NULL REFERENCES modules(id),
    feature_id     INTEGER REFERENCES features(id),
    is_value_event INTEGER NOT NULL DEFAULT 0 CHECK (is_value_event IN (0,1))
);

CREATE TABLE subscriptions (
    id              INTEGER PRIMARY KEY,
    account_id      INTEGER NOT NULL REFERENCES accounts(id),
    external_id     TEXT NOT NULL,
    plan            TEXT NOT NULL,
    mrr_minor       INTEGER NOT NULL CHECK (mrr_minor >= 0),
    currency        TEXT NOT NULL,
    start_day       TEXT NOT NULL,
    end_day         TEXT,                      -- exclusive; NULL = still active
    attributes      TEXT NOT NULL DEFAULT '{}',
    CHECK (end_day IS NULL OR end_day > start_day),
    UNIQUE (external_id, start_day)
);
CREATE INDEX subscriptions_account ON subscriptions(account_id, start_day);

-- Modules a subscription period licenses (breadth = modules used / modules licensed).
CREATE TABLE subscription_modules (
    subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
    module_id       INTEGER NOT NULL REFERENCES modules(id),
    PRIMARY KEY (subscription_id, module_id)
) WITHOUT ROWID;

CREATE TABLE contacts (
    id          INTEGER PRIMARY KEY,
    external_id TEXT NOT NULL UNIQUE,
    account_id  INTEGER NOT NULL REFERENCES accounts(id),
    name        TEXT NOT NULL,
    email       TEXT,
    role        TEXT NOT NULL CHECK (role IN ('executive_sponsor','admin','champion','user')),
    attributes  TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX contacts_account ON contacts(account_id);

-- Product users seen in usage events (Segment userId / anonymousId), per account.
-- Linked to a contact when the event's user id is the contact id or its email.
CREATE TABLE users (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts(id),
    external_id TEXT NOT NULL,
    contact_id  INTEGER REFERENCES contacts(id),
    UNIQUE (account_id, external_id)
);

-- Deduplication set of imported events: (UTC day, 64-bit hash of messageId). Keyed by day first
-- so that inserts from a time-ordered stream touch neighbouring pages.
CREATE TABLE event_ids (
    day         INTEGER NOT NULL,   -- days since 1970-01-01
    hash        INTEGER NOT NULL,
    PRIMARY KEY (day, hash)
) WITHOUT ROWID;

-- Per-user daily activity per module: the base for DAU/MAU and core-user activity.
CREATE TABLE user_activity (
    account_id  INTEGER NOT NULL REFERENCES accounts(id),
    day         TEXT NOT NULL,
    module_id   INTEGER NOT NULL REFERENCES modules(id),
    user_id     INTEGER NOT NULL REFERENCES users(id),
    events      INTEGER NOT NULL,
    value_events INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id, day, module_id, user_id)
) WITHOUT ROWID;

-- Daily rollup per account x module, derived from user_activity on import.
CREATE TABLE usage_days (
    account_id   INTEGER NOT NULL REFERENCES accounts(id),
    day          TEXT NOT NULL,
    module_id    INTEGER NOT NULL REFERENCES modules(id),
    events       INTEGER NOT NULL,
    active_users INTEGER NOT NULL,
    value_events INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id, day, module_id)
) WITHOUT ROWID;

-- Daily value-event counts per account and event type (depth, time to value).
CREATE TABLE value_event_days (
    account_id    INTEGER NOT NULL REFERENCES accounts(id),
    day           TEXT NOT NULL,
    event_type_id INTEGER NOT NULL REFERENCES event_types(id),
    events        INTEGER NOT NULL,
    PRIMARY KEY (account_id, day, event_type_id)
) WITHOUT ROWID;

CREATE TABLE tickets (
    id                INTEGER PRIMARY KEY,
    external_id       TEXT NOT NULL UNIQUE,
    account_id        INTEGER NOT NULL REFERENCES accounts(id),
    opened_at         TEXT NOT NULL,
    first_response_at TEXT,
    resolved_at       TEXT,
    priority          TEXT NOT NULL CHECK (priority IN ('low','normal','high','urgent')),
    csat              INTEGER CHECK (csat BETWEEN 1 AND 5),
    attributes        TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX tickets_account ON tickets(account_id, opened_at);

CREATE TABLE nps_responses (
    id           INTEGER PRIMARY KEY,
    external_id  TEXT NOT NULL UNIQUE,
    account_id   INTEGER NOT NULL REFERENCES accounts(id),
    contact_id   INTEGER REFERENCES contacts(id),
    responded_at TEXT NOT NULL,
    score        INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    comment      TEXT,
    attributes   TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX nps_account ON nps_responses(account_id, responded_at);

CREATE TABLE success_plans (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL UNIQUE REFERENCES accounts(id),
    goal        TEXT,
    created_at  TEXT NOT NULL
);

CREATE TABLE milestones (
    id           INTEGER PRIMARY KEY,
    external_id  TEXT NOT NULL UNIQUE,
    plan_id      INTEGER NOT NULL REFERENCES success_plans(id),
    account_id   INTEGER NOT NULL REFERENCES accounts(id),
    title        TEXT NOT NULL,
    owner_side   TEXT NOT NULL CHECK (owner_side IN ('customer','vendor')),
    due_day      TEXT NOT NULL,
    completed_at TEXT,
    attributes   TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX milestones_account ON milestones(account_id, due_day);

CREATE TABLE touchpoints (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts(id),
    kind        TEXT NOT NULL CHECK (kind IN ('call','email','meeting','qbr','note')),
    occurred_at TEXT NOT NULL,
    owner_id    INTEGER REFERENCES owners(id),
    contact_id  INTEGER REFERENCES contacts(id),
    summary     TEXT NOT NULL
);
CREATE INDEX touchpoints_account ON touchpoints(account_id, occurred_at);

CREATE TABLE playbooks (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    trigger     TEXT NOT NULL,              -- JSON: alert kind, segment entry, stage or schedule
    escalation  TEXT NOT NULL DEFAULT '{}', -- JSON: after N days raise priority / notify manager
    enabled     INTEGER NOT NULL DEFAULT 1,
    builtin     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE playbook_steps (
    id          INTEGER PRIMARY KEY,
    playbook_id INTEGER NOT NULL REFERENCES playbooks(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    title       TEXT NOT NULL,
    owner_side  TEXT NOT NULL CHECK (owner_side IN ('customer','vendor')),
    due_offset_days INTEGER NOT NULL
);

CREATE TABLE tasks (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts(id),
    playbook_id  INTEGER REFERENCES playbooks(id),
    step_id      INTEGER REFERENCES playbook_steps(id),
    trigger_key  TEXT,                      -- makes playbook runs idempotent
    title        TEXT NOT NULL,
    owner_id     INTEGER REFERENCES owners(id),
    owner_side   TEXT NOT NULL DEFAULT 'vendor' CHECK (owner_side IN ('customer','vendor')),
    priority     TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low','normal','high','urgent')),
    due_day      TEXT,
    created_at   TEXT NOT NULL,
    completed_at TEXT,
    UNIQUE (account_id, playbook_id, step_id, trigger_key)
);
CREATE INDEX tasks_owner ON tasks(owner_id, completed_at, due_day);

CREATE TABLE segments (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('needs','value','rule')),
    definition  TEXT NOT NULL DEFAULT '{}', -- JSON: rule expression, cut points or cluster profile
    computed_at TEXT
);

CREATE TABLE segment_memberships (
    segment_id  INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    account_id  INTEGER NOT NULL REFERENCES accounts(id),
    PRIMARY KEY (segment_id, account_id)
) WITHOUT ROWID;

CREATE TABLE health_snapshots (
    account_id  INTEGER NOT NULL REFERENCES accounts(id),
    day         TEXT NOT NULL,
    score       INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    band        TEXT NOT NULL CHECK (band IN ('green','yellow','red')),
    components  TEXT NOT NULL,              -- JSON: each component's value and contribution
    PRIMARY KEY (account_id, day)
) WITHOUT ROWID;

-- Every import that changed something, so a re-import can be recognised and reported.
CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    rows        INTEGER NOT NULL,
    inserted    INTEGER NOT NULL,
    updated     INTEGER NOT NULL,
    imported_at TEXT NOT NULL
);
