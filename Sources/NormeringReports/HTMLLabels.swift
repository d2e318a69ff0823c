import NormeringCore

/// The words of report.html that summary.txt does not have, in one language. Verdicts,
/// results, the legal requirements not met, the total gap, numbers and data quality are
/// `SummaryLabels`' and `HeadlineWords`' wording, shared with summary.txt.
struct HTMLLabels: Sendable, BilingualLabels {
    var verdictTitle: String
    var monthlyTitle: String
    var monthlyIntro: String
    var noMonthly: String
    var municipality: @Sendable (_ code: String) -> String
    var legendStaff: String
    var legendShort: String
    var legendRequired: String
    var axisFTE: String
    var axisMonth: String
    /// The months' short names, January first.
    var monthNames: [String]
    /// The chart's title: municipality and year.
    var monthlyChartTitle: @Sendable (_ municipality: String, _ year: Int) -> String
    var monthColumns: [String]
    var districtsTitle: String
    var districtsIntro: String
    var districtColumns: [String]
    var districtChartTitle: @Sendable (_ municipality: String, _ year: Int) -> String
    var noDistrict: String
    var institutionsTitle: String
    var institutionsIntro: @Sendable (_ year: Int) -> String
    var institutionColumns: [String]
    var trendTitle: @Sendable (_ institution: String) -> String
    var changeColumn: String
    var marginChangeColumn: String
    /// "Change from 2024: staff +3.20 FTE, required +1.10 FTE."
    var changeFromYearBefore: @Sendable (_ year: Int, _ staff: String, _ required: String) -> String
    var schoolsTitle: String
    var dataQualityTitle: String
    var findingsLink: String
    var footer: String
    var statusColumn: String
    var statusPass: String
    var statusFail: String
    var statusInfo: String
    var statusNotInForce: String
    var ownershipName: @Sendable (_ ownership: Ownership?) -> String
    var pageLabel: String
}

extension HTMLLabels {
    /// A status in words, with a mark so that it never rests on colour alone.
    func status(_ status: FindingStatus) -> String {
        switch status {
        case .pass: return "✓ " + statusPass
        case .fail: return "✗ " + statusFail
        case .info: return statusInfo
        case .notInForce: return statusNotInForce
        }
    }

    static let english = HTMLLabels(
        verdictTitle: "The law: is every legal requirement met?",
        monthlyTitle: "The municipality month by month",
        monthlyIntro: "Staff FTE of the daycare institutions in the municipal figure (bars) against the FTE the "
            + "minimum staffing requires (black marks); a month below the minimum is orange and marked ✗.",
        noMonthly: "No monthly figure for the municipality: no daycare institution with both staffing and "
            + "enrolment data.",
        municipality: { code in "Municipality \(code)" },
        legendStaff: "Staff FTE",
        legendShort: "Staff FTE, below the minimum (✗)",
        legendRequired: "Required FTE",
        axisFTE: "FTE",
        axisMonth: "Month",
        monthNames: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        monthlyChartTitle: { municipality, year in
            "Municipality \(municipality), \(year): staff FTE against required FTE by month"
        },
        monthColumns: ["Month", "Staff FTE", "Required FTE", "Gap FTE", "Under 3", "Over 3", "Status"],
        districtsTitle: "Districts",
        districtsIntro: "Staff against required per district: the sum of the year figures of the district's "
            + "daycare institutions in the municipal figure (private and special institutions are not in it).",
        districtColumns: ["District", "Institutions", "Staff FTE", "Required FTE", "Margin FTE", "Below", "Status"],
        districtChartTitle: { municipality, year in
            "Municipality \(municipality), \(year): staff FTE against required FTE by district"
        },
        noDistrict: "(no district)",
        institutionsTitle: "Institutions, worst first",
        institutionsIntro: { year in
            "\(year): each daycare institution's year figure, the furthest below the minimum first, with its "
                + "12 months (blue: staff, black: required) and its trained-staff and pedagogue shares."
        },
        institutionColumns: ["Institution", "Trend", "Staff", "Required", "Gap FTE", "Status", "Trained", "Pedagogues"],
        trendTitle: { institution in "\(institution): staff FTE (blue) against required FTE (black) by month" },
        changeColumn: "Gap vs. year before",
        marginChangeColumn: "Margin vs. year before",
        changeFromYearBefore: { year, staff, required in
            "Change from \(year): staff \(staff) FTE, required \(required) FTE."
        },
        schoolsTitle: "Schools",
        dataQualityTitle: "Data quality",
        findingsLink: "Every finding, row by row, is in findings.csv (open it in a spreadsheet).",
        footer: "Written by normering. The figures are those of findings.csv and normering.csv; every problem "
            + "in the input is in rejects.csv.",
        statusColumn: "Status",
        statusPass: "meets",
        statusFail: "below",
        statusInfo: "information",
        statusNotInForce: "not in force",
        ownershipName: { ownership in
            switch ownership {
            case .municipal: return "municipal"
            case .selfGoverning: return "self-governing"
            case .outsourced: return "outsourced"
            case .pool: return "pool"
            case .private: return "private"
            case .special: return "special"
            case nil: return ""
            }
        },
        pageLabel: "page"
    )

    static let danish = HTMLLabels(
        verdictTitle: "Lovkravene: er de alle opfyldt?",
        monthlyTitle: "Kommunen måned for måned",
        monthlyIntro: "Fuldtidsansatte i daginstitutionerne i kommunens tal (søjler) mod de fuldtidsansatte, "
            + "minimumsnormeringen kræver (sorte streger); en måned under minimum er orange og mærket ✗.",
        noMonthly: "Intet månedstal for kommunen: ingen daginstitution med både personale- og indskrivningsdata.",
        municipality: { code in "Kommune \(code)" },
        legendStaff: "Fuldtidsansatte",
        legendShort: "Fuldtidsansatte, under minimum (✗)",
        legendRequired: "Krævede fuldtidsansatte",
        axisFTE: "Fuldtidsansatte",
        axisMonth: "Måned",
        monthNames: ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
        monthlyChartTitle: { municipality, year in
            "Kommune \(municipality), \(year): fuldtidsansatte mod krævede fuldtidsansatte pr. måned"
        },
        monthColumns: ["Måned", "Ansatte", "Krævet", "Mangler", "Under 3", "Over 3", "Status"],
        districtsTitle: "Distrikter",
        districtsIntro: "Ansatte mod krævet pr. distrikt: summen af årstallene for distriktets daginstitutioner "
            + "i kommunens tal (private institutioner og særlige tilbud indgår ikke).",
        districtColumns: ["Distrikt", "Institutioner", "Ansatte", "Krævet", "Margen", "Under", "Status"],
        districtChartTitle: { municipality, year in
            "Kommune \(municipality), \(year): fuldtidsansatte mod krævede fuldtidsansatte pr. distrikt"
        },
        noDistrict: "(intet distrikt)",
        institutionsTitle: "Institutioner, de største mangler først",
        institutionsIntro: { year in
            "\(year): hver daginstitutions årstal, de længst under minimumsnormeringen først, med dens 12 måneder "
                + "(blå: ansatte, sort: krævet) og dens uddannelsesdækning og pædagogandel."
        },
        institutionColumns: ["Institution", "Forløb", "Ansatte", "Krævet", "Mangler", "Status", "Uddannede",
                             "Pædagoger"],
        trendTitle: { institution in "\(institution): fuldtidsansatte (blå) mod krævede (sort) pr. måned" },
        changeColumn: "Mangel mod året før",
        marginChangeColumn: "Margen mod året før",
        changeFromYearBefore: { year, staff, required in
            "Ændring fra \(year): ansatte \(staff), krævet \(required) fuldtidsansatte."
        },
        schoolsTitle: "Skoler",
        dataQualityTitle: "Datakvalitet",
        findingsLink: "Alle resultater, række for række, står i findings.csv (åbn den i et regneark).",
        footer: "Skrevet af normering. Tallene er dem i findings.csv og normering.csv; alle problemer i inddata "
            + "står i rejects.csv.",
        statusColumn: "Status",
        statusPass: "opfyldt",
        statusFail: "under",
        statusInfo: "orientering",
        statusNotInForce: "ikke i kraft",
        ownershipName: { ownership in
            switch ownership {
            case .municipal: return "kommunal"
            case .selfGoverning: return "selvejende"
            case .outsourced: return "udliciteret"
            case .pool: return "puljeordning"
            case .private: return "privat"
            case .special: return "særligt tilbud"
            case nil: return ""
            }
        },
        pageLabel: "side"
    )
}
