## Settings screen: the app's language, the workspace file, its key, the health scorecard,
## the alert thresholds and the deck branding.

ui-settings-title = Settings
ui-settings-loading = Loading settings…
ui-settings-choose = Choose…
ui-settings-cancel = Cancel
ui-settings-saving = Saving…
ui-settings-reset = Reset to defaults

## Language (kept per machine)
ui-settings-language-title = Language
ui-settings-language-lead = The language of Waypoint on this computer. Decks can be written in another language from their own screens.
ui-settings-language-label = Display language

## Workspace
ui-settings-workspace-title = Workspace
ui-settings-workspace-lead = One encrypted file holds the whole book and these settings.
ui-settings-workspace-file = File
ui-settings-workspace-size = Size
ui-settings-workspace-holds = Holds
ui-settings-workspace-file-type = Waypoint workspace
ui-settings-backup-dialog = Back up the workspace to
ui-settings-restore-dialog = Restore from a backup
ui-settings-backup-to = Back up to
ui-settings-back-up = Back up
ui-settings-backing-up = Backing up…
ui-settings-backup-hint = An encrypted copy with the same key, written while you keep working. Existing files are never overwritten.
ui-settings-backup-done = Backup written to { $path } ({ $size })
ui-settings-restore-from = Restore from backup
ui-settings-restore = Restore…
ui-settings-restore-confirm-title = Restore this backup?
ui-settings-restore-confirm-before = The open workspace will be replaced by
ui-settings-restore-confirm-after = . Everything imported or changed since that backup is lost.
ui-settings-restore-passphrase = The backup’s passphrase
ui-settings-restore-keyring-hint = The backup must have been made with this workspace’s current keyring key.
ui-settings-restoring = Restoring…
ui-settings-replace-workspace = Replace workspace
ui-settings-restore-done = { $count ->
    [one] Workspace restored: { $count } account
   *[other] Workspace restored: { $count } accounts
}
ui-settings-restore-failed = Restore failed: { $error }

## Security (how the workspace key is kept)
ui-settings-security-title = Security
ui-settings-security-lead = The file is always encrypted; this is where its key lives.
ui-settings-key-storage = Key storage:{ " " }
ui-settings-key-keyring = System keyring
ui-settings-key-passphrase = Passphrase
ui-settings-key-keyring-hint = A random key in the system keyring unlocks the workspace for you on this machine.
ui-settings-key-passphrase-hint = You type the passphrase to unlock. Nobody can recover a forgotten passphrase.
ui-settings-rekey-new-keyring = New keyring key
ui-settings-rekey-to-keyring = Switch to system keyring
ui-settings-rekey-change-passphrase = Change passphrase
ui-settings-rekey-to-passphrase = Switch to a passphrase
ui-settings-rekey-title-keyring = Keep the key in the system keyring
ui-settings-rekey-title-passphrase = Set a new passphrase
ui-settings-rekey-explain-keyring = The whole file is re-encrypted under a new random key, kept in the system keyring. Backups keep the key they were made with.
ui-settings-rekey-explain-passphrase = The whole file is re-encrypted under the new key. Backups keep the key they were made with.
ui-settings-rekey-current = Current passphrase
ui-settings-rekey-new = New passphrase
ui-settings-rekey-min = { $count ->
    [one] At least { $count } character.
   *[other] At least { $count } characters.
}
ui-settings-rekey-repeat = Repeat it
ui-settings-rekey-type-current = Type the current passphrase.
ui-settings-rekey-busy = Re-encrypting…
ui-settings-rekey-confirm = Change key
ui-settings-rekey-done-keyring = The workspace key is now kept in the system keyring.
ui-settings-rekey-done-passphrase = The workspace now opens with the new passphrase.
ui-settings-rekey-failed = The key could not be changed: { $error }

## Health scorecard
ui-settings-scorecard-title = Health scorecard
ui-settings-scorecard-lead = Weights are relative: each component’s share of the 0–100 health score is its weight over the sum.
ui-settings-scorecard-weights = Component weights
ui-settings-scorecard-green = Green from
ui-settings-scorecard-yellow = Yellow from
ui-settings-scorecard-red = Below yellow is red.
ui-settings-scorecard-save = Save scorecard
ui-settings-scorecard-saved = Scorecard saved: health scores are recomputed with it.

## Alert thresholds
ui-settings-thresholds-title = Alert thresholds
ui-settings-thresholds-lead = When an account raises an alert.
ui-settings-threshold-hint = { $hint } ({ $range })
ui-settings-range = { $min }–{ $max } { $unit }
ui-settings-thresholds-save = Save thresholds
ui-settings-thresholds-saved = Alert thresholds saved: alerts are recomputed with them.

## Branding of the decks
ui-settings-brand-title = Branding
ui-settings-brand-lead = QBR and portfolio decks carry your company’s name, colours and logo.
ui-settings-brand-company = Company
ui-settings-brand-accent = Accent colour
ui-settings-brand-accent-pick = Pick the accent colour
ui-settings-brand-accent-hint = Title bars, table headers, highlights
ui-settings-brand-dark = Dark colour
ui-settings-brand-dark-pick = Pick the dark colour
ui-settings-brand-dark-hint = Titles
ui-settings-brand-logo = Logo (PNG)
ui-settings-brand-logo-hint = The image is copied into the workspace, so it travels with backups. Up to { $size }.
ui-settings-brand-remove-logo = Remove the current logo
ui-settings-brand-preview = Deck preview
ui-settings-brand-preview-sub = Quarterly business review
ui-settings-brand-logo-size = Logo: { $width } × { $height } px, { $size }
ui-settings-brand-no-logo = No logo
ui-settings-brand-save = Save branding
ui-settings-brand-saved = Branding saved: decks made from now on use it.

## Validation while typing
ui-settings-error-number = Enter a number.
ui-settings-error-band = Use a whole number from 0 to 100.
ui-settings-error-weight-negative = Use 0 or more.
ui-settings-error-weights-zero = At least one weight must be above 0.
ui-settings-error-green-above-yellow = Must be above the yellow limit ({ $yellow }).
ui-settings-error-range = Use { $range }.
ui-settings-error-whole = Use a whole number.
ui-settings-error-company = Enter the company name.
ui-settings-error-company-long = Use at most { $max } characters.
ui-settings-error-colour = Use a #RRGGBB colour, e.g. { $example }.
