## QBR screen: one account's quarterly business review, the whole book's, and the portfolio
## summary, each previewed slide by slide and saved as PPTX or PDF.

ui-qbr-title = Quarterly business reviews
ui-qbr-quarter = Quarter
ui-qbr-deck-language = Deck language
ui-qbr-sections = QBR sections
ui-qbr-tab-account = Account QBR
ui-qbr-tab-book = Whole book
ui-qbr-tab-portfolio = Portfolio summary
ui-qbr-quarters-loading = Loading quarters…
ui-qbr-quarters-error = Could not read the quarters: { $error }
ui-qbr-no-quarter = No quarter to review yet
ui-qbr-no-quarter-body = A QBR covers a whole quarter of usage data. Import events (or load the demo) first.
ui-qbr-accounts-error = Could not list the accounts: { $error }
ui-qbr-pick-account = Pick an account
ui-qbr-pick-account-body = Search by name or id; its QBR for { $quarter } appears here, slide by slide.
ui-qbr-building = Building the QBR of { $account } for { $quarter }…
ui-qbr-preview-label = Preview of the QBR of { $account }
ui-qbr-building-portfolio = Building the portfolio summary for { $quarter }…
# The first part of the portfolio summary's default file name, in the deck's language.
ui-qbr-portfolio-file = Portfolio
ui-qbr-preview-portfolio = Preview of the portfolio summary
ui-qbr-build-error = The deck could not be built: { $error }
ui-qbr-retry = Retry
ui-qbr-choose = Choose…

## Account picker
ui-qbr-account = Account
ui-qbr-accounts = Accounts
ui-qbr-account-search = Search accounts by name or id
ui-qbr-accounts-loading = Loading accounts…
ui-qbr-account-none = No account matches

## Saving a deck
ui-qbr-save-dialog = Save the deck as
ui-qbr-save-file-type = Deck
ui-qbr-save-to = Save to
ui-qbr-save-hint = Full path of the file; the button decides .pptx or .pdf.
ui-qbr-saving = Saving…
ui-qbr-save-pptx = Save as PPTX
ui-qbr-save-pdf = Save as PDF
ui-qbr-saved = Saved
ui-qbr-saved-detail = { $slides ->
    [one] ({ $size }, { $slides } slide)
   *[other] ({ $size }, { $slides } slides)
}
ui-qbr-saved-toast = Saved { $path } ({ $size })
ui-qbr-show-in-folder = Show in folder

## Slide viewer
ui-qbr-slide-name = Slide { $n } of { $count }: { $title }
ui-qbr-slide-of = Slide { $n } of { $count }
ui-qbr-slide-previous = Previous slide
ui-qbr-slide-next = Next slide
ui-qbr-notes = Speaker notes
ui-qbr-slides = Slides

## Whole book (batch)
ui-qbr-batch-lead = Writes the QBR of every account paying at the end of the quarter, one file per account and format, named by account id.
ui-qbr-batch-folder = Output folder
ui-qbr-batch-folder-dialog = Folder for the decks
ui-qbr-batch-formats = Formats
ui-qbr-batch-no-format = Choose at least one format.
ui-qbr-batch-start = Start
ui-qbr-batch-start-quarter = Start ({ $quarter })
ui-qbr-batch-cancelling = Cancelling after the decks in progress…
ui-qbr-batch-writing = Writing QBR decks
ui-qbr-batch-finding = Finding paying accounts…
ui-qbr-batch-progress = { $done } of { $total }
ui-qbr-batch-failed-decks = Failed decks
ui-qbr-batch-error = The batch could not run: { $error }
ui-qbr-batch-cancel-error = Could not cancel: { $error }
ui-qbr-sentence-gap = { " " }
ui-qbr-summary-none = No account was paying at the end of { $quarter }: no deck to write.
ui-qbr-summary-wrote = Wrote { $files ->
    [one] { $files } file
   *[other] { $files } files
} for { $decks ->
    [one] { $decks } deck
   *[other] { $decks } decks
} ({ $size }) to { $dir }.
ui-qbr-summary-failed = { $count ->
    [one] { $count } deck failed.
   *[other] { $count } decks failed.
}
ui-qbr-summary-cancelled = { $count ->
    [one] Cancelled: { $count } deck was not started.
   *[other] Cancelled: { $count } decks were not started.
}
