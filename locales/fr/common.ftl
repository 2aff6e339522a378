## Termes partagés : le produit, les comptages et le vocabulaire de toute l'application.

app-name = Waypoint
count-accounts = { $count ->
    [one] { $count } compte
   *[other] { $count } comptes
}

# Un trimestre civil, tel qu’on le lit.
quarter-label = T{ $quarter } { $year }
