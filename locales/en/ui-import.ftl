## Import screen: pick a kind and a file, preview it, map its columns, check it and import it.

ui-import-title = Import
ui-import-lead = Nothing is stored until a whole file checks out: a file with a bad row is refused with its line and field.
ui-import-kind = Kind of file
ui-import-kind-detect = Detect from the file
ui-import-kinds-error = The kinds of file could not be loaded: { $error }
ui-import-path = File path
ui-import-path-placeholder = /Users/me/Downloads/accounts.csv
ui-import-choose-file = Choose file…
ui-import-preview = Preview
ui-import-path-hint = Type or paste the full path of a CSV or JSONL file.
ui-import-reading = Reading the file…
ui-import-read-error = The file could not be read: { $error }
ui-import-read-as = read as { $kind }
ui-import-choose-kind = choose its kind above
ui-import-looks-like = The file looks like { $kind }.
ui-import-read-it-as = Read it as { $kind }
ui-import-no-rows = No rows
ui-import-no-rows-body = The file has a header but no data rows.
ui-import-first-rows-of = First rows of { $file }
ui-import-line = Line
ui-import-rows = { $count ->
    [one] { $count } row
   *[other] { $count } rows
}
ui-import-first-rows = { $count ->
    [one] First { $count } row; the file has more.
   *[other] First { $count } rows; the file has more.
}

## Column mapping
ui-import-edit-mapping = Edit column mapping
ui-import-columns = Columns
ui-import-columns-lead = Which column of the file holds each of Waypoint’s columns. Optional columns left out are read as empty.
ui-import-required = required
ui-import-not-in-file = — not in the file —
ui-import-missing = Choose the file’s column for { $columns }: every row needs one.
ui-import-repeated = { $count ->
    [one] { $headers } is chosen for more than one column.
   *[other] { $headers } are each chosen for more than one column.
}
ui-import-all-named = Every column has its own name in the file.
ui-import-unknown = Events of accounts not in the workspace
ui-import-unknown-error = Refuse the file (usually a wrong id column)
ui-import-unknown-skip = Leave those events out
ui-import-unknown-create = Create those accounts

## Running
ui-import-checking = Checking { $file }
ui-import-importing = Importing { $file }
ui-import-cancelling = Cancelling: rolling back…
ui-import-check = Check file
ui-import-run = Import
ui-import-starting = Starting…
ui-import-progress = { $count ->
    [one] { $count } row read · { $read } of { $total }
   *[other] { $count } rows read · { $read } of { $total }
}
ui-import-progress-saving = { $count ->
    [one] { $count } row read · saving…
   *[other] { $count } rows read · saving…
}

## Outcome
ui-import-cancelled = Import cancelled
ui-import-not-imported = { $file } was not imported
ui-import-file = File
ui-import-field = Field
ui-import-problem = Problem
ui-import-line-header = { $line } (header)
ui-import-nothing = Nothing was imported.
ui-import-could-not-run = The import could not run
ui-import-checks-out = { $file } checks out
ui-import-imported = Imported { $file }
ui-import-counts = { $inserted } new, { $updated } updated, { $unchanged } unchanged
ui-import-counts-skipped = { $inserted } new, { $updated } updated, { $unchanged } unchanged, { $skipped } skipped
ui-import-result = { $count ->
    [one] { $count } row read: { $counts }.
   *[other] { $count } rows read: { $counts }.
}
ui-import-result-check = { $count ->
    [one] { $count } row read: importing it would give { $counts }. Nothing was imported yet.
   *[other] { $count } rows read: importing it would give { $counts }. Nothing was imported yet.
}
ui-import-count-new = { $count ->
   *[other] new
}
ui-import-count-updated = { $count ->
   *[other] updated
}
ui-import-count-unchanged = { $count ->
   *[other] unchanged
}
ui-import-count-skipped = { $count ->
   *[other] skipped
}
