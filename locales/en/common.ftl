## Shared words: the product, counts and the terms every part of Waypoint uses.
## One concept keeps one name everywhere (see shared/GLOSSARY.md).

app-name = Waypoint
count-accounts = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}

# A calendar quarter as people read it (a number for $quarter, so Chinese can spell it out).
quarter-label = Q{ $quarter } { $year }
