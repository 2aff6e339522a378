## Termes partagés : le produit, les comptages et le vocabulaire de toute l'application.

app-name = Waypoint
count-accounts = { $count ->
    [one] { $count } compte
   *[other] { $count } comptes
}

# Un trimestre civil, tel qu’on le lit.
quarter-label = T{ $quarter } { $year }

## Noms de segments produits par le moteur. Les noms de modules et de niveaux de valeur sont
## les mots de l’utilisateur et arrivent tels quels.
segment-full-platform = Plateforme complète
segment-inactive = Aucune activité récente
segment-no-arr = Sans ARR
segment-centric = Centré sur { $module }
segment-mix = { $modules }
segment-deep = { $name } (usage approfondi)
segment-light = { $name } (usage léger)
segment-depth = { $name } (profondeur { $depth })

## Words that are not a message (a name the user typed), shown as they are.
plain-text = { $text }

## Characters no installed font draws, and what to install.
fonts-missing = { $more ->
    [0] aucune police installée ne dessine { $chars } ; installez { $packages } (Debian/Ubuntu ; ailleurs, toute police qui les couvre) puis générez à nouveau
   *[other] aucune police installée ne dessine { $chars } et { $more } autres ; installez { $packages } (Debian/Ubuntu ; ailleurs, toute police qui les couvre) puis générez à nouveau
}
