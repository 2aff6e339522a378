## The app shell: navigation, top bar, the UI kit, error pages, the first-run and unlock
## screens, and the words for the engine's codes (bands, stages, severities) that every
## screen shows.

## Side navigation and top bar

ui-nav-label = Sections
ui-nav-home = Portfolio
ui-nav-accounts = Accounts
ui-nav-segments = Segments
ui-nav-playbooks = Playbooks
ui-nav-qbr = QBR
ui-nav-brief = Value brief
ui-nav-import = Import
ui-nav-settings = Settings
ui-shell-lock = Lock
ui-shell-lock-failed = Could not lock: { $error }
ui-shell-opening = Opening workspace…
ui-shell-retry = Retry
ui-shell-pick-import = File to import
ui-shell-pick-import-filter = CSV, JSONL or Parquet
ui-theme-label = Theme
ui-theme-system = System
ui-theme-light = Light
ui-theme-dark = Dark

## UI kit

ui-kit-chart-missing = Chart not available
ui-kit-table-no-match = No rows match the filter.
ui-kit-table-empty = No rows.
ui-kit-close = Close
ui-kit-cancel = Cancel
ui-kit-dismiss = Dismiss
# Read by screen readers after a KPI's change.
ui-kit-kpi-flat = no change
ui-kit-kpi-up-good = increase, good
ui-kit-kpi-up-bad = increase, bad
ui-kit-kpi-down-good = decrease, good
ui-kit-kpi-down-bad = decrease, bad
ui-task-complete-failed = Could not complete “{ $title }”: { $error }

## Engine codes shown as words

ui-band-green = Healthy
ui-band-yellow = Watch
ui-band-red = Unhealthy
ui-severity-high = High
ui-severity-medium = Medium
ui-severity-low = Low
ui-priority-urgent = Urgent
ui-priority-high = High
ui-priority-normal = Normal
ui-priority-low = Low
ui-side-customer = Customer
ui-side-vendor = Vendor
ui-stage-onboarding = Onboarding
ui-stage-adoption = Adoption
ui-stage-value = Value
ui-stage-renewal = Renewal
ui-stage-at-risk = At risk
ui-stage-churned = Churned

## Workspace contents: a count with its noun, and the noun alone (.label)

ui-status-accounts = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}
    .label = accounts
ui-status-owners = { $count ->
    [one] { $count } owner
   *[other] { $count } owners
}
    .label = owners
ui-status-subscriptions = { $count ->
    [one] { $count } subscription
   *[other] { $count } subscriptions
}
    .label = subscriptions
ui-status-contacts = { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
}
    .label = contacts
ui-status-modules = { $count ->
    [one] { $count } module
   *[other] { $count } modules
}
    .label = modules
ui-status-users = { $count ->
    [one] { $count } user
   *[other] { $count } users
}
    .label = users
ui-status-tickets = { $count ->
    [one] { $count } ticket
   *[other] { $count } tickets
}
    .label = tickets
ui-status-nps-responses = { $count ->
    [one] { $count } NPS response
   *[other] { $count } NPS responses
}
    .label = NPS responses
ui-status-milestones = { $count ->
    [one] { $count } milestone
   *[other] { $count } milestones
}
    .label = milestones
ui-status-events = { $count ->
    [one] { $count } event
   *[other] { $count } events
}
    .label = events
ui-status-usage-days = { $count ->
    [one] { $count } usage day
   *[other] { $count } usage days
}
    .label = usage days

## File sizes (decimal units); $size is the number, already formatted

ui-size-bytes = { $size } B
ui-size-kb = { $size } KB
ui-size-mb = { $size } MB
ui-size-gb = { $size } GB
ui-size-tb = { $size } TB

## Error page: a title per error code, with a hint on what to do

ui-error-code = Error code:
ui-error-wrong-key = This workspace could not be unlocked
    .hint = The key does not match. Check WAYPOINT_PASSPHRASE or the key saved in your system keyring.
ui-error-no-key-source = No key to unlock the workspace
    .hint = Set WAYPOINT_PASSPHRASE, or unlock your system keyring, then retry.
ui-error-not-a-workspace = No Waypoint workspace here
    .hint = Point WAYPOINT_WORKSPACE at a workspace created with the waypoint command-line tool.
ui-error-workspace-not-found = The workspace file does not exist yet
    .hint = Create it with the waypoint command-line tool, or point WAYPOINT_WORKSPACE at an existing workspace.
ui-error-no-key-in-keyring = Your keyring has no key for this workspace
    .hint = If the workspace was created with a passphrase, set WAYPOINT_PASSPHRASE, then retry.
ui-error-keyring = The system keyring could not be used
    .hint = Unlock your keyring, or set WAYPOINT_PASSPHRASE, then retry.
ui-error-migrate = The workspace could not be upgraded
    .hint = It may come from a newer Waypoint. Nothing was changed; the details are below.
ui-error-io = The workspace could not be read
    .hint = Check that the file exists and that you may read it.
ui-error-db = The workspace database reported an error
    .hint = The details below may help; retrying is safe.
ui-error-ipc = The app refused this request
    .hint = This is a bug in Waypoint; please report it.
ui-error-unknown = Something went wrong
    .hint = The details below may help; retrying is safe.

## Unlock

ui-unlock-title = Unlock { $name }
ui-unlock-passphrase = Passphrase
ui-unlock-submit = Unlock
ui-unlock-busy = Unlocking…
ui-unlock-use-keyring = Use system keyring
ui-unlock-wrong-key = That passphrase does not unlock this workspace.
ui-unlock-empty = Type the passphrase first.
ui-unlock-keyring-failed = The system keyring could not be used. Type the passphrase instead.
ui-unlock-no-keyring-key = The system keyring holds no key for this workspace. Type the passphrase.
ui-unlock-too-short = { $count ->
    [one] Use at least { $count } character.
   *[other] Use at least { $count } characters.
}
ui-unlock-mismatch = The two passphrases differ.

## First run

ui-first-run-title = Welcome to Waypoint
ui-first-run-lead = Your accounts, usage and plans live in one encrypted file on this computer. Nothing leaves it.
ui-first-run-file = Workspace file:
ui-first-run-key-question = How should the key be kept?
ui-first-run-mode-passphrase = A passphrase I will type when I open Waypoint
ui-first-run-mode-keyring = A random key kept in my system keyring
ui-first-run-passphrase-hint = At least { $count } characters. It cannot be recovered: without it the workspace stays locked.
ui-first-run-repeat = Repeat it
ui-first-run-submit = Create workspace
ui-first-run-busy = Creating…
ui-first-run-no-keyring = No system keyring answered on this machine. Protect the workspace with a passphrase instead.

# The language menu on the first-run and unlock screens (its options are each language in itself).
ui-language-menu = Language
