import NormeringCore

/// Fictional, Danish-sounding names. The first rows are the bundled sample year's
/// institutions; beyond them names are composed from prefixes and nouns.
enum Names {
    static let districts = ["Nord", "Syd", "Øst", "Vest"]

    /// The default year's daycare institutions: name, ownership, layout, places,
    /// staffing factor (planned staff / required staff), planned trained share.
    static let daycares: [DaycareSeed] = [
        .init("Børnehuset Mælkebøtten", .municipal, .integrated, 66, 1.14, 0.95),
        .init("Solsikken", .municipal, .integrated, 54, 1.13, 0.80),
        .init("Skovbørnehaven Egern", .selfGoverning, .kindergarten, 60, 1.15, 0.96),
        .init("Vuggestuen Lærkereden", .municipal, .nursery, 36, 1.10, 0.94),
        .init("Børnehaven Regnbuen", .municipal, .kindergarten, 72, 0.90, 0.74),
        .init("Troldehøj", .pool, .integrated, 28, 1.12, 0.70),
        .init("Privatinstitutionen Leg & Lær", .private, .integrated, 32, 1.14, 0.66),
        .init("Børnegården Æblehaven", .municipal, .integrated, 78, 1.14, 0.97),
        .init("Naturbørnehaven Bøgely", .outsourced, .kindergarten, 48, 1.11, 0.82),
        .init("Specialbørnehaven Kernehuset", .special, .integrated, 16, 2.20, 0.95),
        .init("Børnehuset Søstjernen", .municipal, .integrated, 60, 1.18, 0.96),
        .init("Kløverhuset", .municipal, .integrated, 45, 1.12, 0.94),
        .init("Den Private Børnehave Humlebien", .private, .kindergarten, 30, 0.84, 0.78),
        .init("Vuggestuen Ørnereden", .municipal, .nursery, 42, 1.12, 0.95),
        .init("Børnehuset Åkanden", .selfGoverning, .integrated, 57, 1.11, 0.84),
        .init("Mariehønen", .municipal, .integrated, 50, 1.16, 0.97),
        .init("Børnehaven Spiren", .municipal, .kindergarten, 66, 1.12, 0.96),
        .init("Børnehuset Fyrtårnet", .municipal, .integrated, 70, 0.87, 0.76),
        .init("Skovtrolden", .pool, .kindergarten, 24, 1.12, 0.94),
        .init("Børnehuset Møllegården", .municipal, .integrated, 62, 1.13, 0.95),
        .init("Vuggestuen Græshoppen", .municipal, .nursery, 30, 1.13, 0.96),
        .init("Bøgehøj Børnehus", .municipal, .integrated, 54, 1.12, 0.79),
        .init("Børnehaven Blåbærhuset", .municipal, .kindergarten, 57, 1.10, 0.95),
        .init("Rønnebærhuset", .municipal, .integrated, 48, 1.14, 0.97),
        .init("Børnehuset Tusindfryd", .municipal, .integrated, 64, 1.12, 0.94),
    ]

    /// Prefixes of composed daycare names, with the layout they suggest.
    static let daycarePrefixes: [(String, DaycareLayout)] = [
        ("Børnehuset", .integrated), ("Børnehaven", .kindergarten), ("Vuggestuen", .nursery),
        ("Skovbørnehaven", .kindergarten), ("Daginstitutionen", .integrated),
        ("Børnegården", .integrated), ("Naturbørnehaven", .kindergarten), ("Det Integrerede Børnehus", .integrated),
    ]

    static let daycareNouns = [
        "Mælkebøtten", "Solsikken", "Egern", "Lærkereden", "Regnbuen", "Troldehøj", "Æblehaven",
        "Bøgely", "Søstjernen", "Kløverhuset", "Humlebien", "Ørnereden", "Åkanden", "Mariehønen",
        "Spiren", "Fyrtårnet", "Skovtrolden", "Møllegården", "Græshoppen", "Bøgehøj", "Blåbærhuset",
        "Rønnebær", "Tusindfryd", "Kastanjen", "Pilehuset", "Hyldebær", "Sommerfuglen", "Lindely",
        "Stjerneskuddet", "Ællingen", "Kærhøj", "Sølvgran", "Nøddebo", "Gåseurten", "Højager",
        "Engblommen", "Valmuen", "Bikuben", "Trætoppen", "Bækkely",
    ]

    /// The default year's schools, then stems for composed school names.
    static let schools = [
        "Kildebakkeskolen", "Møllevangskolen", "Ådalsskolen",
        "Bøgeskovskolen", "Lærkedalsskolen", "Østervangsskolen",
    ]

    static let schoolStems = [
        "Kildebakke", "Møllevang", "Ådals", "Bøgeskov", "Lærkedals", "Østervangs", "Søndermarks",
        "Nørrebro", "Vestervang", "Højvangs", "Engdals", "Skovvangs", "Rosenhøj", "Kærby",
        "Tværager", "Sønderå", "Fjordvangs", "Grønnegårds", "Hedelunds", "Præstø", "Bakkegårds",
        "Egeskov", "Troldhede", "Vænge",
    ]

    /// The name of the SFO of a school ("Kildebakkeskolen" → "SFO Kildebakken").
    static func sfoName(school index: Int, schoolName: String) -> String {
        let defaults = ["SFO Kildebakken", "SFO Møllevang", "SFO Ådalen", "SFO Bøgeskoven", "SFO Lærkedalen", "SFO Østervang"]
        if index < defaults.count && schoolName == schools[index] { return defaults[index] }
        return "SFO " + schoolName
    }

    /// The default family daycare's name; composed ones add the district.
    static let familyDaycare = "Dagplejen Lærkehøj"
}

/// How a daycare institution takes its children: nursery (0–2), kindergarten (3–5) or both.
enum DaycareLayout: Sendable {
    case integrated
    case nursery
    case kindergarten
}

/// A row of the default daycare table.
struct DaycareSeed: Sendable {
    let name: String
    let ownership: Ownership
    let layout: DaycareLayout
    let places: Int
    let staffingFactor: Double
    let trainedShare: Double

    init(_ name: String, _ ownership: Ownership, _ layout: DaycareLayout, _ places: Int,
         _ staffingFactor: Double, _ trainedShare: Double) {
        self.name = name
        self.ownership = ownership
        self.layout = layout
        self.places = places
        self.staffingFactor = staffingFactor
        self.trainedShare = trainedShare
    }
}
