import NormeringCore

/// The words of summary.txt in one language, and how it writes numbers.
struct SummaryLabels: Sendable, BilingualLabels {
    // Numbers.
    var decimalMark: Character
    var thousandsSeparator: String
    /// Written after an amount of money, e.g. " DKK", " kr.".
    var currencySuffix: String

    // Title.
    var title: String
    var municipalities: @Sendable (_ codes: String, _ count: Int) -> String
    var periodRange: @Sendable (_ first: String, _ last: String, _ months: Int) -> String
    var noData: String

    // Part 1.
    /// Part 1's title, naming the headline rule ("minimum staffing", "minimumsnormering").
    var part1Title: @Sendable (_ english: String, _ danish: String) -> String
    var noMinimumStaffing: String
    /// A municipality's annual test of `rule` (as a sentence names it: "the minimum staffing").
    var verdict: @Sendable (_ municipality: String, _ rule: String, _ finding: Finding, _ numbers: SummaryNumbers) -> String
    var monthsBasis: @Sendable (_ months: Int) -> String
    var ratios: @Sendable (_ under3: String, _ over3: String) -> String
    var noChildren: String
    var noStaff: String
    var trained: @Sendable (_ share: String, _ threshold: String?, _ status: FindingStatus, _ gap: String?) -> String
    var pedagogues: @Sendable (_ share: String) -> String
    var headlineColumns: [String]
    var headlineNote: String

    // Results.
    var resultMeets: String
    var resultFails: String
    var resultMeetsTarget: String
    var resultBelowTarget: String
    var resultNotInForce: String

    // Part 2.
    var part2Title: String
    /// The title of the institutions below the headline rule (as a sentence names it).
    var belowMinimumTitle: @Sendable (_ rule: String) -> String
    var belowMinimumColumns: [String]
    var noneBelowMinimum: @Sendable (_ rule: String) -> String
    var belowTargetTitle: String
    var belowTargetColumns: [String]
    var noneBelowTarget: String
    var monthsBelow: @Sendable (_ below: Int, _ of: Int) -> String
    var privateNote: String
    var notInForceNote: String
    var andMore: @Sendable (_ count: Int) -> String
    var childmindersTitle: String
    var childmindersColumns: [String]
    var noChildminderOver: String
    var kindName: @Sendable (_ kind: InstitutionKind?) -> String

    // Part 3.
    var part3Title: String
    var classesTitle: String
    var classesColumns: [String]
    var noClassOver: @Sendable (_ checked: Int) -> String
    var legalInAugust: String
    var forInformation: String
    var coverageTitle: String
    var coverageSchool: @Sendable (_ school: String, _ month: String, _ coverage: String, _ threshold: String?,
                         _ status: FindingStatus, _ gap: String?) -> String
    var coverageColumns: [String]
    var noCoverage: String
    var noSchools: String

    // Part 4.
    var part4Title: String
    var filesRead: String
    var filesRejected: String
    var recordsRead: String
    var recordsUsed: String
    var recordsIgnored: String
    var recordsRejected: String
    var errors: String
    var warnings: String
    var kindsColumns: [String]
    var noProblems: String
    var rejectsPointer: String
}

/// The numbers of one verdict, already written in the summary's language.
struct SummaryNumbers: Sendable {
    var staff: String
    var required: String
    var gapFTE: String
    /// The gap in money, or `nil` where the rule set has no cost per FTE.
    var gapMoney: String?
    var short: Bool
    var basis: String
}

/// Words of a report, in English and in Danish.
protocol BilingualLabels {
    static var english: Self { get }
    static var danish: Self { get }
}

extension BilingualLabels {
    /// The words in `language`.
    static func forLanguage(_ language: ReportLanguage) -> Self {
        switch language {
        case .en: return english
        case .da: return danish
        }
    }
}

extension SummaryLabels {
    static let english = SummaryLabels(
        decimalMark: ".",
        thousandsSeparator: ",",
        currencySuffix: " DKK",
        title: "normering — summary of staffing in daycare and schools",
        municipalities: { codes, count in count == 1 ? "Municipality \(codes)" : "Municipalities \(codes)" },
        periodRange: { first, last, months in
            first == last ? "period \(first) (1 month)" : "periods \(first) to \(last) (\(months) months)"
        },
        noData: "No data was read.",
        part1Title: { english, danish in "1. THE LAW: \(english) (\(danish)) and every legal requirement" },
        noMinimumStaffing: "No year figure for the minimum staffing: no daycare institution with both staffing and "
            + "enrolment data.",
        verdict: { municipality, rule, finding, n in
            let test: String
            switch finding.severity {
            case .legal: test = "legal requirement"
            case .target: test = "local target"
            case .info: test = "for information"
            }
            let figures = "\(n.staff) staff FTE against \(n.required) required"
            let shortfall = "short by \(n.gapFTE) FTE" + (n.gapMoney.map { ", \($0) a year" } ?? "")
            switch finding.status {
            case .pass:
                return "Municipality \(municipality) MEETS \(rule) (\(test), \(finding.source)): "
                    + "\(figures), \(n.basis)."
            case .fail:
                return "Municipality \(municipality) does NOT meet \(rule) (\(test), "
                    + "\(finding.source)): \(figures); \(shortfall), \(n.basis)."
            case .notInForce, .info:
                return "Municipality \(municipality): \(rule) was not in force; for information: "
                    + "\(figures)" + (n.short ? "; \(shortfall)" : "") + ", \(n.basis)."
            }
        },
        monthsBasis: { months in
            months == 1 ? "on 1 month of data (not a full year)"
                : months < 12 ? "on \(months) months of data (not a full year)" : "on \(months) months of data"
        },
        ratios: { under3, over3 in "Children per adult: \(under3) under 3, \(over3) over 3." },
        noChildren: "no children",
        noStaff: "no staff",
        trained: { share, threshold, status, gap in
            var text = "Trained staff (uddannelsesdækning, pedagogues and assistants): \(share) of staff FTE"
            if let threshold {
                text += " against the target \(threshold)"
                text += status == .fail ? ": below the target, \(gap ?? "") FTE short." : ": meets the target."
            } else {
                text += "."
            }
            return text
        },
        pedagogues: { share in "Pedagogues (pædagogandel): \(share) of staff FTE." },
        headlineColumns: ["Year", "Mun.", "Months", "Staff", "Required", "Gap FTE", "Gap DKK", "Under 3",
                          "Over 3", "Result"],
        headlineNote: "Staff and required in full-time equivalents (FTE); Under 3 / Over 3: children per adult "
            + "in each age band.",
        resultMeets: "meets",
        resultFails: "does not meet",
        resultMeetsTarget: "meets target",
        resultBelowTarget: "below target",
        resultNotInForce: "not in force",
        part2Title: "2. INSTITUTIONS BELOW THE MINIMUM AND BELOW THE TARGET (worst first)",
        belowMinimumTitle: { rule in "Below \(rule)" },
        belowMinimumColumns: ["Institution", "Staff", "Required", "Gap FTE", "Gap DKK", "Months below", "Note"],
        noneBelowMinimum: { rule in "No institution is below \(rule)." },
        belowTargetTitle: "Below the trained-staff target (uddannelsesdækning)",
        belowTargetColumns: ["Institution", "Kind", "Share", "Target", "Gap FTE", "Months below"],
        noneBelowTarget: "No institution is below the trained-staff target.",
        monthsBelow: { below, of in "\(below) of \(of)" },
        privateNote: "private: legal",
        notInForceNote: "not in force",
        andMore: { count in "… and \(count) more; every row is in findings.csv." },
        childmindersTitle: "Childminders with more children than allowed (dagpleje)",
        childmindersColumns: ["Month", "Family daycare", "Childminder", "Children", "Maximum"],
        noChildminderOver: "No childminder has more children than allowed.",
        kindName: { kind in
            switch kind {
            case .daycare: return "daycare"
            case .sfo: return "SFO"
            case .familyDaycare: return "family daycare"
            case .school: return "school"
            case nil: return ""
            }
        },
        part3Title: "3. SCHOOLS",
        classesTitle: "Classes over the cap (klassekvotient)",
        classesColumns: ["Month", "School", "Class", "Pupils", "Cap", "Test"],
        noClassOver: { checked in
            checked == 1 ? "No class is over the cap (1 class-month checked)."
                : "No class is over the cap (\(checked) class-months checked)."
        },
        legalInAugust: "legal (August)",
        forInformation: "information",
        coverageTitle: "Competence coverage (kompetencedækning), latest month of each school",
        coverageSchool: { school, month, coverage, threshold, status, gap in
            var text = "\(school), \(month): \(coverage) of lessons taught by a teacher with competence in the subject"
            if let threshold {
                text += " (target \(threshold))"
                text += status == .fail ? ": below the target, \(gap ?? "") lessons a week short." : ": meets the target."
            } else {
                text += "."
            }
            return text
        },
        coverageColumns: ["Subject", "Covered", "Lessons", "Coverage"],
        noCoverage: "No competence coverage was computed (no counted lessons).",
        noSchools: "No school data.",
        part4Title: "4. DATA QUALITY",
        filesRead: "Files read",
        filesRejected: "of which rejected",
        recordsRead: "Records read",
        recordsUsed: "used",
        recordsIgnored: "ignored (outside the period)",
        recordsRejected: "rejected",
        errors: "Errors",
        warnings: "Warnings",
        kindsColumns: ["Kind of problem", "Errors", "Warnings"],
        noProblems: "No errors or warnings.",
        rejectsPointer: "Every problem is listed in rejects.csv, with its file, line and column."
    )

    static let danish = SummaryLabels(
        decimalMark: ",",
        thousandsSeparator: ".",
        currencySuffix: " kr.",
        title: "normering — sammenfatning af normeringen i dagtilbud og skoler",
        municipalities: { codes, count in count == 1 ? "Kommune \(codes)" : "Kommunerne \(codes)" },
        periodRange: { first, last, months in
            first == last ? "perioden \(first) (1 måned)" : "perioderne \(first) til \(last) (\(months) måneder)"
        },
        noData: "Der blev ikke læst nogen data.",
        part1Title: { _, danish in "1. LOVKRAVENE: \(danish) og alle andre lovkrav" },
        noMinimumStaffing: "Intet årstal for minimumsnormeringen: ingen daginstitution med både personale- og "
            + "indskrivningsdata.",
        verdict: { municipality, rule, finding, n in
            let test: String
            switch finding.severity {
            case .legal: test = "lovkrav"
            case .target: test = "lokalt mål"
            case .info: test = "til orientering"
            }
            let figures = "\(n.staff) fuldtidsansatte mod \(n.required) krævet"
            let shortfall = "der mangler \(n.gapFTE) fuldtidsansatte" + (n.gapMoney.map { ", \($0) om året" } ?? "")
            switch finding.status {
            case .pass:
                return "Kommune \(municipality) OPFYLDER \(rule) (\(test), \(finding.source)): "
                    + "\(figures), \(n.basis)."
            case .fail:
                return "Kommune \(municipality) opfylder IKKE \(rule) (\(test), "
                    + "\(finding.source)): \(figures); \(shortfall), \(n.basis)."
            case .notInForce, .info:
                return "Kommune \(municipality): \(rule) var ikke i kraft; til orientering: "
                    + "\(figures)" + (n.short ? "; \(shortfall)" : "") + ", \(n.basis)."
            }
        },
        monthsBasis: { months in
            months == 1 ? "beregnet på 1 måned (ikke et helt år)"
                : months < 12 ? "beregnet på \(months) måneder (ikke et helt år)" : "beregnet på \(months) måneder"
        },
        ratios: { under3, over3 in "Børn pr. voksen: \(under3) under 3 år, \(over3) over 3 år." },
        noChildren: "ingen børn",
        noStaff: "intet personale",
        trained: { share, threshold, status, gap in
            var text = "Uddannelsesdækning (pædagoger og pædagogiske assistenter): \(share) af de fuldtidsansatte"
            if let threshold {
                text += " mod målet \(threshold)"
                text += status == .fail
                    ? ": under målet; der mangler \(gap ?? "") fuldtidsansatte med uddannelse."
                    : ": målet er nået."
            } else {
                text += "."
            }
            return text
        },
        pedagogues: { share in "Pædagogandel: \(share) af de fuldtidsansatte er pædagoger." },
        headlineColumns: ["År", "Kom.", "Mdr.", "Ansatte", "Krævet", "Mangler", "Mangler kr.", "Under 3",
                          "Over 3", "Resultat"],
        headlineNote: "Ansatte, krævet og mangler i fuldtidsansatte; Under 3 / Over 3: børn pr. voksen i "
            + "hver aldersgruppe.",
        resultMeets: "opfyldt",
        resultFails: "ikke opfyldt",
        resultMeetsTarget: "mål nået",
        resultBelowTarget: "under målet",
        resultNotInForce: "ikke i kraft",
        part2Title: "2. INSTITUTIONER UNDER MINIMUMSNORMERINGEN OG UNDER MÅLET (de største mangler først)",
        belowMinimumTitle: { rule in "Under \(rule)" },
        belowMinimumColumns: ["Institution", "Ansatte", "Krævet", "Mangler", "Mangler kr.", "Mdr. under", "Note"],
        noneBelowMinimum: { rule in "Ingen institution er under \(rule)." },
        belowTargetTitle: "Under målet for uddannelsesdækning",
        belowTargetColumns: ["Institution", "Art", "Andel", "Mål", "Mangler", "Mdr. under"],
        noneBelowTarget: "Ingen institution er under målet for uddannelsesdækning.",
        monthsBelow: { below, of in "\(below) af \(of)" },
        privateNote: "privat: lovkrav",
        notInForceNote: "ikke i kraft",
        andMore: { count in "… og \(count) mere; alle rækker står i findings.csv." },
        childmindersTitle: "Dagplejere med flere børn end tilladt",
        childmindersColumns: ["Måned", "Dagpleje", "Dagplejer", "Børn", "Højst"],
        noChildminderOver: "Ingen dagplejer har flere børn end tilladt.",
        kindName: { kind in
            switch kind {
            case .daycare: return "daginstitution"
            case .sfo: return "SFO"
            case .familyDaycare: return "dagpleje"
            case .school: return "skole"
            case nil: return ""
            }
        },
        part3Title: "3. SKOLER",
        classesTitle: "Klasser over loftet for klassekvotienten",
        classesColumns: ["Måned", "Skole", "Klasse", "Elever", "Loft", "Krav"],
        noClassOver: { checked in
            checked == 1 ? "Ingen klasse er over loftet (1 klasse-måned kontrolleret)."
                : "Ingen klasse er over loftet (\(checked) klasse-måneder kontrolleret)."
        },
        legalInAugust: "lovkrav (august)",
        forInformation: "orientering",
        coverageTitle: "Kompetencedækning, seneste måned for hver skole",
        coverageSchool: { school, month, coverage, threshold, status, gap in
            var text = "\(school), \(month): \(coverage) af timerne gives af en lærer med kompetence i faget"
            if let threshold {
                text += " (mål \(threshold))"
                text += status == .fail ? ": under målet; der mangler \(gap ?? "") timer om ugen." : ": målet er nået."
            } else {
                text += "."
            }
            return text
        },
        coverageColumns: ["Fag", "Dækket", "Timer", "Dækning"],
        noCoverage: "Ingen kompetencedækning beregnet (ingen talte timer).",
        noSchools: "Ingen skoledata.",
        part4Title: "4. DATAKVALITET",
        filesRead: "Filer læst",
        filesRejected: "heraf afvist",
        recordsRead: "Poster læst",
        recordsUsed: "brugt",
        recordsIgnored: "ignoreret (uden for perioden)",
        recordsRejected: "afvist",
        errors: "Fejl",
        warnings: "Advarsler",
        kindsColumns: ["Slags problem", "Fejl", "Advarsler"],
        noProblems: "Ingen fejl eller advarsler.",
        rejectsPointer: "Alle problemer står i rejects.csv med fil, linje og kolonne."
    )
}
