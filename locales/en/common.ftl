## Shared words: the product, counts and the terms every part of Waypoint uses.
## One concept keeps one name everywhere (see shared/GLOSSARY.md).

app-name = Waypoint
count-accounts = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}

# A calendar quarter as people read it (a number for $quarter, so Chinese can spell it out).
quarter-label = Q{ $quarter } { $year }

## Segment names the engine makes. A needs segment is named after the modules that lead its
## activity; module names and value-tier names are the user's words and arrive as they are.
segment-full-platform = Full platform
segment-inactive = No recent activity
segment-no-arr = No ARR
segment-centric = { $module }-centric
segment-mix = { $modules }
segment-deep = { $name } (deep use)
segment-light = { $name } (light use)
segment-depth = { $name } (depth { $depth })

## Words that are not a message (a name the user typed), shown as they are.
plain-text = { $text }

## Characters no installed font draws, and what to install.
fonts-missing = { $more ->
    [0] no installed font draws { $chars }; install { $packages } (Debian/Ubuntu; elsewhere any font covering them) and generate again
   *[other] no installed font draws { $chars } and { $more } more; install { $packages } (Debian/Ubuntu; elsewhere any font covering them) and generate again
}
