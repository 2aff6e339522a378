## Error messages: what went wrong and what to do about it, as the app and the CLI say it.
## Values from files and commands (paths, column names, cell values) are placed as they are.

## Values in import files that do not parse (placed after the file, line and field).
error-parse-day = expected a date YYYY-MM-DD, got "{ $got }"
error-parse-timestamp = expected an ISO-8601 timestamp with offset (e.g. 2026-09-14T13:05:22Z), got "{ $got }"
error-parse-money = expected an amount like 1250.00 (at most 2 decimals), got "{ $got }"
error-parse-choice = expected one of { $allowed }, got "{ $got }"
error-parse-integer = expected a whole number, got "{ $got }"
error-parse-currency-format = "{ $got }" is not an ISO 4217 code like USD (three capital letters)
error-parse-unknown-currency = "{ $got }" is not an ISO 4217 currency code
error-parse-rate = expected a rate like 0.1375 (a plain decimal number), got "{ $got }"
error-parse-rate-not-positive = a rate must be above 0, got "{ $got }"
error-parse-range = expected a number from { $min } to { $max }, got "{ $got }"
error-parse-module-key = expected a module key like data_collection, got "{ $got }"

## Imports: where in the file, then why.
error-import-row = { $file }:{ $line }: field `{ $field }`: { $reason }
error-import-header = { $file }:1: header: { $reason }
error-import-file = { $file }: { $reason }
error-import-io = { $file }: { $detail }
error-import-cancelled = { $file }: import cancelled; nothing was imported
error-import-cancelled-reason = cancelled; nothing was imported
error-import-os = { $detail }
error-import-needs-column = column `{ $column }` needs a value on every row, so the file must have it
error-import-empty-no-header = the file is empty (no header line)
error-import-empty = the file is empty
error-import-unnamed-column = column { $column } has no name
error-import-column-twice = column `{ $column }` appears twice
error-import-column-both = column `{ $column }` is given by both `{ $first }` and `{ $second }`
error-import-mapped-column-gone = column `{ $header }` (chosen for `{ $column }`) is not in the file
error-import-missing-columns = missing column(s) { $missing } (found: { $found }; expected: { $expected })
error-import-missing-column = missing column { $column } (expected: { $expected })
error-import-invalid-utf8 = invalid UTF-8 in field { $field } (save the file as UTF-8)
error-import-field-count = expected { $expected ->
        [one] { $expected } field
       *[other] { $expected } fields
    } like the header, found { $found }
error-import-csv = { $detail }
error-import-required = is empty but required
error-import-line-too-long = line is longer than 1 MiB
error-import-not-json = not a JSON object: { $detail }
error-import-missing-message-id = is missing (needed to deduplicate)
error-import-missing = is missing
error-import-before-1970 = "{ $got }" is before 1970-01-01
error-import-timestamp = expected an ISO-8601 timestamp with offset, got "{ $got }"
error-import-missing-user = is missing (and no anonymousId)
error-import-missing-account = is missing: no account for this event
error-import-unknown-event-account = unknown account "{ $account }" (import accounts first, or use --unknown-accounts skip|create)
error-import-reporting-currency = reporting currency { $code }: { $reason }
error-import-stopped = import stopped
error-import-reader-panicked = reader thread panicked
error-import-no-reporting-currency = the workspace has no reporting currency to state these rates against: set one first (waypoint settings --reporting-currency EUR)
error-import-reporting-rate = { $currency } is the reporting currency: its rate is 1, got { $got }
error-import-duplicate-rate = a rate for { $currency } on { $day } already appears on line { $line }
error-import-negative = must not be negative
error-import-end-not-after-start = { $end } is not after start_date { $start } (end_date is exclusive)
error-import-subscription-other-account = subscription "{ $subscription }" already belongs to another account
error-import-period-overlap = period overlaps the one on line { $line } of subscription "{ $subscription }"
error-import-period-overlap-stored = subscription "{ $subscription }": the period starting { $start } overlaps a period already in the workspace
error-import-duplicate = "{ $value }" already appears on line { $line }
error-import-unknown-account = unknown account "{ $account }" (import it in the accounts file first)
error-import-before-opened = { $value } is before opened_at { $opened }
error-import-email = "{ $got }" is not an email address
error-import-contact-other-account = contact "{ $contact }" belongs to another account
error-import-unknown-contact = unknown contact "{ $contact }" (import contacts first)

## The workspace file, its key and its database.
error-store-wrong-key = wrong key or passphrase for { $path }
error-store-not-a-workspace = { $path } is not a Waypoint workspace
error-store-not-found = { $path } does not exist; create it with `waypoint init`
error-store-already-exists = { $path } already exists; refusing to overwrite it
error-store-no-key-source = no key for { $path }: no OS keyring is available here ({ $detail }); set WAYPOINT_PASSPHRASE (or enter a passphrase when asked), or start a Secret Service / keychain
error-store-no-key-in-keyring = the OS keyring has no key for { $path }; if it was created with a passphrase, set WAYPOINT_PASSPHRASE (or enter it when asked)
error-store-keyring = OS keyring error: { $detail }
error-store-no-encryption = this build's SQLite has no SQLCipher: refusing to write an unencrypted workspace
error-store-empty-passphrase = an empty passphrase is not allowed
error-store-no-data-dir = no data directory for the default workspace; pass --workspace FILE
error-store-migrate = schema migration failed: { $detail }
error-store-corrupt = stored value is not valid: { $detail }
error-unknown-account = unknown account "{ $account }"
error-io = { $path }: { $detail }
error-db = database error: { $detail }

## Metrics.
error-metrics-mixed-currencies = subscriptions use more than one currency ({ $currencies }) and the workspace has no reporting currency to add them up in: set one (waypoint settings --reporting-currency EUR) and import an FX file
error-metrics-missing-fx-rate = no FX rate for { $currency } in { $month }: import an FX file (waypoint import fx FILE) with a rate for every month
error-metrics-scorecard = invalid scorecard: { $reason }
error-metrics-scorecard-weights = weights must be non-negative numbers, not all zero
error-metrics-scorecard-targets = targets: trend_floor must be below trend_ceiling; stickiness, depth, tickets above 0
error-metrics-scorecard-bands = bands: need yellow_at <= green_at <= 100
error-detail = { $detail }
error-metrics-corrupt = stored value "{ $value }" in { $table }.{ $column } is not valid: { $reason }

## Segments and their rules.
error-segments-rule = { $message } at column { $column } in `{ $expr }`
error-segments-unknown-field = unknown field '{ $field }' in `{ $expr }`
error-segments-unknown-field-suggest = unknown field '{ $field }' in `{ $expr }` (did you mean '{ $suggestion }'?)
segments-fact-kind-number = a number
segments-fact-kind-text = text
error-segments-type-mismatch = '{ $field }' is { $kind }, so `{ $op }` { $literal } cannot compare it (in `{ $expr }`)
error-segments-clustering = clustering failed: { $detail }
error-segments-unknown-segment = no segment named '{ $name }'; needs segments: { $needs }; value tiers: { $value }; or give rule:"<expression>"
error-segments-settings = invalid segment settings: { $detail }
error-rule-unclosed-string = unclosed string
error-rule-escape = unknown escape (use \", \' or \\)
error-rule-not-a-number = '{ $text }' is not a number
error-rule-character = unexpected character '{ $character }'
error-rule-close-paren = expected ')'
error-rule-end = unexpected end of expression: expected a test such as `arr > 50000`
error-rule-field-name = expected a field name
error-rule-value = expected a value after '{ $after }'
error-rule-in-paren = expected '(' after 'in'
error-rule-list = expected ',' or ')' in the list
error-rule-contains = 'contains' needs a quoted text
error-rule-missing = expected 'missing' after 'is'
error-rule-comparison = expected a comparison (=, !=, <, <=, >, >=, in, contains, is missing) after '{ $field }'
error-rule-and-or = expected 'and', 'or' or the end of the expression

## Retention model.
error-retention-input = invalid input: { $reason }
error-retention-insufficient = not enough history to fit: { $reason }
error-retention-optimiser = optimiser failed: { $detail }
error-retention-two-counts = need at least two counts: the cohort size and one period later
error-retention-cohort-size = the first count (cohort size) must be positive
error-retention-rising = counts must not rise: period { $period } has { $count } after { $before }
error-retention-no-churn = no churn observed, so churn rates cannot be estimated
error-retention-no-renewal = no customer renewed even once
error-retention-one-period = only one period observed: the model needs two to see retention change

## Playbooks and tasks.
error-playbooks-invalid = playbook '{ $key }': { $message }
error-playbooks-settings = invalid settings: { $detail }
error-playbooks-unknown-task = unknown task { $task }
error-playbooks-unknown-milestone = unknown milestone "{ $milestone }"
error-playbooks-unknown-owner = unknown CSM "{ $owner }"
error-playbooks-history = { $file }, line { $line }, { $field }: { $reason }
error-playbooks-history-read = the file does not read as a task history ({ $detail })
error-playbooks-history-day = "{ $got }" is not a day (YYYY-MM-DD)
error-playbooks-history-order = a task cannot be done before it was created
error-playbooks-history-step = no such step in this playbook (steps count from 1)
error-playbooks-builtin = is a built-in playbook; disable it and add yours under another key
error-playbooks-no-such = no such playbook
error-playbooks-stored = stored { $what } is not valid: { $detail }
error-playbooks-key = the key must be non-empty without spaces
error-playbooks-name = the name is empty
error-playbooks-no-steps = a playbook needs at least one step
error-playbooks-step-title = a step has an empty title (due +{ $days } days)
error-playbooks-alert-kind = unknown alert kind '{ $kind }' (one of { $kinds })
error-playbooks-stage = unknown stage '{ $stage }' (one of { $stages })
error-playbooks-tenure = tenure days must be positive
error-playbooks-as-of = bad as-of day { $day }
error-playbooks-touchpoint-kind = kind '{ $kind }' is not one of { $kinds }
error-playbooks-touchpoint-day = day '{ $day }' is not YYYY-MM-DD
error-playbooks-touchpoint-summary = the summary is empty

## Charts and decks.
error-charts-draw = drawing failed: { $detail }
error-charts-encode = encoding the PNG failed: { $detail }
error-charts-data = invalid chart data: { $detail }
error-decks-brand = { $file }: { $field }: { $why }
error-decks-profile = { $file }: { $field }: { $why }
error-decks-write = writing the deck failed: { $detail }
error-decks-quarter = '{ $quarter }' is not a quarter: write it like 2026-Q3

## Requests from the app.
error-views-invalid = { $detail }
error-views-field = { $field }: { $reason }
error-views-touchpoint-summary = a touchpoint needs a summary
error-views-brief-name = give the prospect's name: the brief is titled with it
error-views-brief-negative = employees, seats and expected MRR must not be negative
error-views-brief-evidence = not enough comparable customers ({ $count } < { $min }) for a value brief
error-views-chart-both = give an account or a segment, not both
error-views-chart-one-account = this chart is drawn for one account
error-views-chart-from-after = --from { $from } is after the end day { $to }
error-views-chart-empty-segment = no accounts are in "{ $name }" as of { $day }
error-views-chart-needs-account = { $kind } needs --account ID
error-views-chart-mix-account = { $kind } compares accounts: give --segment S, or nothing for one bar per segment
error-views-chart-whole-book = { $kind } covers the whole book: leave out --account and --segment
error-views-chart-no-from = { $kind } shows { $what }: --from is not used (set the end day with --to)
error-views-chart-shows-mix = the module mix of the 13 weeks to the end day
error-views-chart-shows-plan = the whole success plan as of the end day
error-views-chart-shows-lives = every account’s life up to the end day
error-views-chart-shows-book = the book as of the end day
error-views-chart-mix-by = --by { $got }: module-mix groups by needs or value
error-views-chart-history = --from { $from }: NPS and tickets go back at most { $days } days, to { $history }
error-views-deck-extension = { $path }: save as a .pptx or .pdf file
error-views-deck-task = deck task failed: { $detail }
error-views-no-home = no home folder to expand ~ in
error-views-full-path = '{ $path }': give the full path of the file or folder
error-views-deck-formats = choose PPTX, PDF or both
error-views-demo-not-empty = this workspace already holds accounts; the demo loads into an empty one
error-views-demo-temp = temporary folder for the demo files: { $detail }
error-views-demo = demo: { $detail }
error-views-import-kind = unknown kind of file `{ $kind }` (one of: { $kinds })
error-views-import-folder = { $path } is a folder, not a file
error-views-import-not-a-column = `{ $column }` is not a column of { $kind } files
error-views-import-header-twice = the file's column `{ $header }` is chosen for both `{ $first }` and `{ $second }`
error-views-import-choose-column = choose the file's column for `{ $column }`: every row needs one
error-views-busy-import = an import is already running: wait for it to finish or cancel it
error-views-busy-decks = a book of decks is already running: wait for it to finish or cancel it
error-views-busy = { $job } is already running: wait for it to finish or cancel it
error-settings-band = must be a whole number from 0 to 100
error-settings-no-component = no such scorecard component
error-settings-weight = a weight must be 0 or more
error-settings-weights-zero = at least one weight must be above 0
error-settings-green-above = must be above the yellow limit ({ $yellow })
error-settings-colour = '{ $value }' is not a #RRGGBB colour
error-settings-not-a-file = { $path } is not a file
error-settings-logo-size = { $path } is larger than { $size } KB
error-settings-not-png = { $path } is not a PNG
error-settings-empty = must not be empty
error-settings-too-long = must be at most { $max } characters
error-settings-not-passphrase = that is not the workspace's passphrase
error-settings-backup-path = type where the backup should go
error-settings-backup-folder = { $path } is a folder; name the backup file
error-settings-backup-passphrase = that passphrase does not open the backup
error-settings-restore-path = type the path of the backup to restore
error-settings-restore-self = that is the open workspace itself
error-settings-no-threshold = no such alert threshold
error-settings-range = must be from { $min } to { $max } { $unit }
error-settings-whole = must be a whole number
error-app-locked = The workspace is locked: unlock it first.
error-app-preview-stopped = preview stopped: { $detail }
error-app-no-folder = no folder to save decks in: { $detail }

## The command line.
error-cli-usage = { $detail }
error-cli-io = { $context }: { $detail }
error-demo-config = invalid demo configuration: { $detail }
error-demo-io = writing demo files: { $detail }
error-demo-csv = writing demo CSV: { $detail }
error-demo-parquet = writing demo Parquet: { $detail }

## What is wrong in segment and capacity settings.
segments-tiers-none = value tiers: at least one tier is needed
segments-tiers-first = value tiers: the first tier (“{ $name }”) must start at 0
segments-tiers-order = value tiers: “{ $name }” must start above “{ $below }” ({ $min } ≤ { $below_min })
segments-tiers-name = value tiers: the tier name “{ $name }” is empty or reserved
segments-rule-needs-name = a saved rule segment needs a name
segments-k-range = needs: the range of k from { $min } to { $max } must have 2 ≤ minimum ≤ maximum
segments-by = segment by “{ $by }”: expected needs, value or rule:"<expression>"
playbooks-capacity-tier = capacity: “{ $tier }” is not a value tier (tiers: { $tiers })
playbooks-capacity-ratio = capacity: “{ $tier }”: accounts per CSM must be positive, got { $ratio }

# Usage rollups (Parquet)
error-import-cell = { $file }: row group { $group }, row { $row }: column `{ $column }`: { $reason }
error-import-parquet-unreadable = not a readable Parquet file: { $detail }
error-import-parquet-group = row group { $group } cannot be read: { $detail }
error-import-parquet-column-type = column `{ $column }` holds { $type }; it must hold { $expected }
error-import-parquet-expect-id = text or whole numbers
error-import-parquet-expect-day = a DATE, a TIMESTAMP (its UTC day) or text like 2026-03-31
error-import-parquet-expect-text = text
error-import-parquet-expect-count = whole numbers (INT64, or NUMBER(38,0) from Snowflake)
error-import-parquet-no-column = has no column `{ $column }` ({ $meaning }); its columns are: { $columns }
error-import-parquet-no-user = has no column `{ $column }`: rollups need one row per user and day, because active users over 7 and 28 days (DAU/MAU, core users, champions) cannot be added up from daily counts (see docs/IMPORT.md); its columns are: { $columns }
error-import-parquet-not-a-day = "{ $got }" is not a day like 2026-03-31
error-import-parquet-too-large = is too large for a count
error-import-parquet-not-whole = { $got } is not a whole number
error-import-parquet-empty-folder = holds no .parquet file
error-import-rollup-events = { $got } events: a row says the user was active that day, so at least 1
error-import-rollup-value-events = { $value } value events is more than the row's { $events } events
error-import-rollup-repeat = repeats row { $row } of { $file } (same account, day, module and user): each row must be one user's day in one module
