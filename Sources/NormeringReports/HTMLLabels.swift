import NormeringCore

/// The words of report.html that summary.txt does not have, in one language. The rest
/// (verdicts, results, data quality) is `SummaryLabels`' wording.
struct HTMLLabels: Sendable {
    var headlineTitle: String
    var monthlyTitle: String
    var monthlyIntro: String
    var noMonthly: String
    var municipality: @Sendable (_ code: String) -> String
    var legendStaff: String
    var legendShort: String
    var legendRequired: String
    /// The tooltip of one month's bar: month, staff, required, and the gap when short.
    var monthTooltip: @Sendable (_ month: String, _ staff: String, _ required: String, _ gap: String?) -> String
    var monthlyChartLabel: @Sendable (_ municipality: String) -> String
    var gapTitle: String
    var gapIntro: String
    var gapChartLabel: @Sendable (_ year: String) -> String
    /// The label at the end of a gap bar: FTE short and the cost a year (with its currency).
    var gapValue: @Sendable (_ fte: String, _ money: String) -> String
    var findingsTitle: String
    var findingsIntro: String
    /// The header of each findings.csv column, in the CSV's order.
    var findingsColumns: [String]
    var noFindings: String
    var dataQualityTitle: String
    var footer: String
}

extension HTMLLabels {
    static func forLanguage(_ language: ReportLanguage) -> HTMLLabels {
        switch language {
        case .en: return english
        case .da: return danish
        }
    }

    static let english = HTMLLabels(
        headlineTitle: "Minimum staffing (minimumsnormering): does the municipality meet it?",
        monthlyTitle: "Staff against the minimum, month by month",
        monthlyIntro: "The staff FTE of the municipality's daycare institutions (bars) against the FTE the "
            + "minimum staffing requires (marks).",
        noMonthly: "No monthly figure for the municipality: no daycare institution with both staffing and "
            + "enrolment data.",
        municipality: { code in "Municipality \(code)" },
        legendStaff: "Staff FTE",
        legendShort: "Staff FTE, below the minimum",
        legendRequired: "Required FTE (the minimum)",
        monthTooltip: { month, staff, required, gap in
            "\(month): \(staff) staff FTE against \(required) required" + (gap.map { "; short by \($0) FTE" } ?? "")
        },
        monthlyChartLabel: { municipality in
            "Municipality \(municipality): staff FTE and required FTE by month"
        },
        gapTitle: "Gap per institution (minimum staffing, by year)",
        gapIntro: "Institutions whose year figure falls short of the minimum staffing, worst first: the FTE "
            + "short and what they cost a year.",
        gapChartLabel: { year in "\(year): FTE short per institution" },
        gapValue: { fte, money in "\(fte) FTE · \(money)" },
        findingsTitle: "Findings (every row of findings.csv)",
        findingsIntro: "One row per rule, scope and period; the figures as in findings.csv.",
        findingsColumns: [
            "Period", "Scope", "Municipality", "Institution", "Name", "Kind", "Ownership", "District", "Unit",
            "Rule", "Severity", "Status", "Value", "Threshold", "Gap", "Gap DKK", "Months", "Source",
        ],
        noFindings: "No findings.",
        dataQualityTitle: "Data quality",
        footer: "Written by normering. The same figures are in findings.csv and normering.csv; every problem "
            + "in the input is in rejects.csv."
    )

    static let danish = HTMLLabels(
        headlineTitle: "Minimumsnormering: opfylder kommunen den?",
        monthlyTitle: "Personale mod minimumsnormeringen, måned for måned",
        monthlyIntro: "Fuldtidsansatte i kommunens daginstitutioner (søjler) mod de fuldtidsansatte, "
            + "minimumsnormeringen kræver (streger).",
        noMonthly: "Intet månedstal for kommunen: ingen daginstitution med både personale- og indskrivningsdata.",
        municipality: { code in "Kommune \(code)" },
        legendStaff: "Fuldtidsansatte",
        legendShort: "Fuldtidsansatte, under minimumsnormeringen",
        legendRequired: "Krævet (minimumsnormeringen)",
        monthTooltip: { month, staff, required, gap in
            "\(month): \(staff) fuldtidsansatte mod \(required) krævet"
                + (gap.map { "; der mangler \($0) fuldtidsansatte" } ?? "")
        },
        monthlyChartLabel: { municipality in
            "Kommune \(municipality): fuldtidsansatte og krævede fuldtidsansatte pr. måned"
        },
        gapTitle: "Mangel pr. institution (minimumsnormering, pr. år)",
        gapIntro: "Institutioner, hvis årstal er under minimumsnormeringen, de største mangler først: de "
            + "manglende fuldtidsansatte og hvad de koster om året.",
        gapChartLabel: { year in "\(year): manglende fuldtidsansatte pr. institution" },
        gapValue: { fte, money in "\(fte) fuldtidsansatte · \(money)" },
        findingsTitle: "Resultater (alle rækker i findings.csv)",
        findingsIntro: "En række pr. regel, niveau og periode; tallene som i findings.csv.",
        findingsColumns: [
            "Periode", "Niveau", "Kommune", "Institution", "Navn", "Art", "Ejerform", "Distrikt", "Enhed",
            "Regel", "Vægt", "Status", "Værdi", "Grænse", "Mangler", "Mangler kr.", "Mdr.", "Kilde",
        ],
        noFindings: "Ingen resultater.",
        dataQualityTitle: "Datakvalitet",
        footer: "Skrevet af normering. De samme tal står i findings.csv og normering.csv; alle problemer i "
            + "inddata står i rejects.csv."
    )
}
