import NormeringCore

/// `report.html` (format `html`): one self-contained page for people, in English or Danish.
///
/// The page holds, in order: the headline (for each year, does the municipality meet the
/// minimum staffing), an SVG chart per municipality of the monthly staff FTE against the
/// required FTE, an SVG bar chart per year of the gap of each institution below the
/// minimum (worst first), every row of findings.csv as a table, and the data quality.
///
/// Self-contained: inline CSS and SVG, no scripts, fonts, images or links. Every text from
/// the input is escaped (`HTMLEscaping`). Figures are written as in findings.csv (rounded
/// only when written), with the language's decimal mark; no date or time is written, so
/// the same input gives the same bytes. UTF-8, LF line ends.
public enum HTMLReport {
    /// The file name in the output folder.
    public static let fileName = "report.html"

    /// The file's bytes.
    public static func render(evaluation: Evaluation, importSummary: ImportSummary, language: ReportLanguage) -> [UInt8] {
        var page = HTMLPageBuilder(evaluation: evaluation, importSummary: importSummary, language: language)
        page.build()
        return Array(page.out.utf8)
    }
}

/// Writes the page into `out`, line by line.
struct HTMLPageBuilder {
    let evaluation: Evaluation
    let importSummary: ImportSummary
    let language: ReportLanguage
    let labels: SummaryLabels
    let html: HTMLLabels
    /// Municipality rows of normering.csv by `period|municipality`.
    let municipalRows: [String: NormeringRow]
    /// Municipality rows of findings.csv by `rule|period|municipality`.
    let municipalFindings: [String: Finding]
    var out = ""

    init(evaluation: Evaluation, importSummary: ImportSummary, language: ReportLanguage) {
        self.evaluation = evaluation
        self.importSummary = importSummary
        self.language = language
        labels = .forLanguage(language)
        html = .forLanguage(language)
        var rows: [String: NormeringRow] = [:]
        for row in evaluation.normering where row.scope == .municipality {
            let key = "\(row.period.description)|\(row.municipality)"
            if rows[key] == nil { rows[key] = row }
        }
        municipalRows = rows
        var findings: [String: Finding] = [:]
        for finding in evaluation.findings where finding.scope == .municipality {
            let key = "\(finding.rule)|\(finding.period.description)|\(finding.municipality)"
            if findings[key] == nil { findings[key] = finding }
        }
        municipalFindings = findings
        out.reserveCapacity(16_384 + evaluation.findings.count * 400)
    }

    // MARK: Writing

    /// Appends one line of markup (already escaped where needed).
    mutating func line(_ markup: String) {
        out += markup
        out += "\n"
    }

    /// `text`, escaped.
    func e(_ text: String) -> String { HTMLEscaping.text(text) }

    // MARK: Numbers

    func fte(_ value: Double) -> String {
        FigureFormatting.string(value, decimals: 2, decimalMark: labels.decimalMark)
    }

    func figure(_ value: Double, decimals: Int) -> String {
        FigureFormatting.string(value, decimals: decimals, decimalMark: labels.decimalMark)
    }

    /// Whole kroner with thousands separators, and the currency unless `unit` is false.
    func money(_ value: Double, unit: Bool = true) -> String {
        FigureFormatting.string(value, decimals: 0, decimalMark: labels.decimalMark,
                                groupSeparator: labels.thousandsSeparator) + (unit ? labels.currencySuffix : "")
    }

    /// Whether a gap is more than zero as written (2 decimals).
    static func isShort(_ gap: Double?) -> Bool {
        guard let gap else { return false }
        return (FigureFormatting.scaledRounded(gap, decimals: 2) ?? 0) > 0
    }

    func institutionLabel(_ finding: Finding) -> String {
        finding.institutionName.isEmpty ? finding.institutionID : "\(finding.institutionID) \(finding.institutionName)"
    }

    // MARK: The page

    mutating func build() {
        line("<!DOCTYPE html>")
        line("<html lang=\"\(language.rawValue)\">")
        line("<head>")
        line("<meta charset=\"utf-8\">")
        line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        line("<title>\(e(labels.title))</title>")
        line("<style>")
        out += Self.stylesheet
        line("</style>")
        line("</head>")
        line("<body>")
        header()
        headline()
        monthlyCharts()
        gapCharts()
        findingsTable()
        dataQuality()
        line("<footer><p>\(e(html.footer))</p></footer>")
        line("</body>")
        line("</html>")
    }

    mutating func header() {
        line("<header>")
        line("<h1>\(e(labels.title))</h1>")
        if let text = RunScope.line(of: evaluation, labels: labels) {
            line("<p class=\"subtitle\">\(e(text))</p>")
        } else {
            line("<p class=\"subtitle\">\(e(labels.noData))</p>")
        }
        line("</header>")
    }

    // MARK: Headline

    mutating func headline() {
        line("<section id=\"headline\">")
        line("<h2>\(e(html.headlineTitle))</h2>")
        let years = evaluation.findings.filter {
            $0.rule == RuleID.minimumStaffing && $0.scope == .municipality && $0.period.isYear
        }
        guard !years.isEmpty else {
            line("<p class=\"note\">\(e(labels.noMinimumStaffing))</p>")
            line("</section>")
            return
        }
        var tableRows: [String] = []
        for finding in years {
            let row = municipalRows["\(finding.period.description)|\(finding.municipality)"]
            let gap = finding.gapFTE ?? 0
            let required = finding.threshold ?? row?.required ?? 0
            let numbers = SummaryNumbers(
                staff: fte(finding.value), required: fte(required), gapFTE: fte(gap),
                gapMoney: money(finding.gapCost ?? 0), short: Self.isShort(gap),
                basis: labels.monthsBasis(finding.months))
            let verdict = "\(finding.period.description): " + labels.verdict(finding.municipality, finding, numbers)
            line("<div class=\"verdict \(verdictClass(finding))\">")
            line("<p class=\"main\">\(e(verdict))</p>")
            if let row {
                line("<p>\(e(labels.ratios(labels.ratio(row.ratioUnder3, children: row.childrenUnder3), labels.ratio(row.ratioOver3, children: row.childrenOver3))))</p>")
            }
            if let trained = municipalFindings["\(RuleID.trainedShare)|\(finding.period.description)|\(finding.municipality)"] {
                let decimals = trained.valueFormat.decimals
                let text = labels.trained(figure(trained.value, decimals: decimals),
                                          trained.threshold.map { figure($0, decimals: decimals) },
                                          trained.status, trained.gapFTE.map(fte))
                line("<p>\(e(text))</p>")
            }
            if let pedagogues = municipalFindings["\(RuleID.pedagogueShare)|\(finding.period.description)|\(finding.municipality)"] {
                line("<p>\(e(labels.pedagogues(figure(pedagogues.value, decimals: pedagogues.valueFormat.decimals))))</p>")
            }
            line("</div>")
            let cells: [(String, Bool)] = [
                (finding.period.description, false), (finding.municipality, false), (String(finding.months), true),
                (fte(finding.value), true), (fte(required), true), (fte(gap), true),
                (money(finding.gapCost ?? 0, unit: false), true),
                (row.map { labels.ratio($0.ratioUnder3, children: $0.childrenUnder3, short: true) } ?? "", true),
                (row.map { labels.ratio($0.ratioOver3, children: $0.childrenOver3, short: true) } ?? "", true),
                (labels.result(finding), false),
            ]
            tableRows.append("<tr>" + cells.map { cell($0.0, numeric: $0.1) }.joined() + "</tr>")
        }
        line("<div class=\"table-wrap\">")
        line("<table class=\"headline\">")
        line("<thead><tr>" + labels.headlineColumns.enumerated().map { index, header in
            headerCell(header, numeric: (2...8).contains(index))
        }.joined() + "</tr></thead>")
        line("<tbody>")
        for row in tableRows { line(row) }
        line("</tbody>")
        line("</table>")
        line("</div>")
        line("<p class=\"note\">\(e(labels.headlineNote))</p>")
        line("</section>")
    }

    func verdictClass(_ finding: Finding) -> String {
        switch finding.status {
        case .pass: return "pass"
        case .fail: return "fail"
        case .info, .notInForce: return "muted"
        }
    }

    func cell(_ text: String, numeric: Bool, classes: [String] = []) -> String {
        let all = (numeric ? ["num"] : []) + classes
        return all.isEmpty ? "<td>\(e(text))</td>" : "<td class=\"\(all.joined(separator: " "))\">\(e(text))</td>"
    }

    func headerCell(_ text: String, numeric: Bool, title: String? = nil) -> String {
        var attributes = numeric ? " class=\"num\"" : ""
        if let title { attributes += " title=\"\(e(title))\"" }
        return "<th scope=\"col\"\(attributes)>\(e(text))</th>"
    }

    // MARK: Findings

    mutating func findingsTable() {
        line("<section id=\"findings\">")
        line("<h2>\(e(html.findingsTitle))</h2>")
        line("<p class=\"note\">\(e(html.findingsIntro))</p>")
        guard !evaluation.findings.isEmpty else {
            line("<p>\(e(html.noFindings))</p>")
            line("</section>")
            return
        }
        let numericColumns: Set<Int> = [12, 13, 14, 15, 16]
        line("<div class=\"table-wrap\">")
        line("<table class=\"findings\">")
        line("<thead><tr>" + zip(html.findingsColumns, FindingsCSV.columns).enumerated().map { index, pair in
            headerCell(pair.0, numeric: numericColumns.contains(index), title: pair.1)
        }.joined() + "</tr></thead>")
        line("<tbody>")
        for finding in evaluation.findings {
            let decimals = finding.valueFormat.decimals
            var row = "<tr>"
            row += cell(finding.period.description, numeric: false)
            row += cell(finding.scope.rawValue, numeric: false)
            row += cell(finding.municipality, numeric: false)
            row += cell(finding.institutionID, numeric: false)
            row += cell(finding.institutionName, numeric: false)
            row += cell(finding.kind?.rawValue ?? "", numeric: false)
            row += cell(finding.ownership?.rawValue ?? "", numeric: false)
            row += cell(finding.district, numeric: false)
            row += cell(finding.unit, numeric: false)
            row += cell(finding.rule, numeric: false)
            row += cell(finding.severity.rawValue, numeric: false)
            row += cell(finding.status.rawValue, numeric: false, classes: ["status-\(finding.status.rawValue)"])
            row += cell(figure(finding.value, decimals: decimals), numeric: true)
            row += cell(finding.threshold.map { figure($0, decimals: decimals) } ?? "", numeric: true)
            row += cell(finding.gapFTE.map { figure($0, decimals: FigureFormat.twoDecimals.decimals) } ?? "",
                        numeric: true)
            row += cell(finding.gapCost.map { figure($0, decimals: FigureFormat.money.decimals) } ?? "",
                        numeric: true)
            row += cell(String(finding.months), numeric: true)
            row += cell(finding.source, numeric: false)
            row += "</tr>"
            line(row)
        }
        line("</tbody>")
        line("</table>")
        line("</div>")
        line("</section>")
    }

    // MARK: Data quality

    mutating func dataQuality() {
        let stats = importSummary.statistics
        let diagnostics = importSummary.diagnostics
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        line("<section id=\"data-quality\">")
        line("<h2>\(e(html.dataQualityTitle))</h2>")
        let counts: [(String, Bool, Int)] = [
            (labels.filesRead, false, stats.filesRead),
            (labels.filesRejected, true, stats.filesRejected),
            (labels.recordsRead, false, stats.recordsRead),
            (labels.recordsUsed, true, stats.recordsUsed),
            (labels.recordsIgnored, true, stats.recordsIgnored),
            (labels.recordsRejected, true, stats.recordsRejected),
            (labels.errors, false, errors),
            (labels.warnings, false, warnings),
        ]
        line("<table class=\"counts\">")
        line("<tbody>")
        for (label, sub, value) in counts {
            let header = sub ? "<th scope=\"row\" class=\"sub\">" : "<th scope=\"row\">"
            line("<tr>\(header)\(e(label))</th>\(cell(String(value), numeric: true))</tr>")
        }
        line("</tbody>")
        line("</table>")
        if diagnostics.isEmpty {
            line("<p>\(e(labels.noProblems))</p>")
            line("</section>")
            return
        }
        line("<table class=\"kinds\">")
        line("<thead><tr>" + labels.kindsColumns.enumerated().map { index, header in
            headerCell(header, numeric: index > 0)
        }.joined() + "</tr></thead>")
        line("<tbody>")
        for kind in DiagnosticKind.counted(diagnostics) {
            line("<tr>" + cell(kind.code, numeric: false) + cell(String(kind.errors), numeric: true)
                 + cell(String(kind.warnings), numeric: true) + "</tr>")
        }
        line("</tbody>")
        line("</table>")
        line("<p class=\"note\">\(e(labels.rejectsPointer))</p>")
        line("</section>")
    }

    // MARK: Style

    static let stylesheet = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
          color: #1f2328; background: #fff; line-height: 1.45; max-width: 1200px; margin: 2rem auto;
          padding: 0 1rem; }
        h1 { font-size: 1.6rem; margin: 0 0 .2rem; }
        h2 { font-size: 1.2rem; margin: 2.2rem 0 .6rem; padding-bottom: .3rem; border-bottom: 1px solid #d0d7de; }
        h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
        .subtitle, .note, footer { color: #57606a; }
        .note, footer { font-size: .85rem; }
        .verdict { border-left: 6px solid #8c959f; background: #f6f8fa; padding: .5rem 1rem; margin: .8rem 0; }
        .verdict.pass { border-left-color: #1a7f37; }
        .verdict.fail { border-left-color: #cf222e; }
        .verdict p { margin: .2rem 0; }
        .verdict p.main { font-weight: 600; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; font-size: .85rem; }
        th, td { padding: .25rem .6rem; border-bottom: 1px solid #d8dee4; text-align: left; vertical-align: top; }
        thead th { background: #f6f8fa; border-bottom: 2px solid #d0d7de; }
        .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        th.sub { padding-left: 1.6rem; font-weight: normal; }
        table.counts th { font-weight: normal; }
        td.status-fail { color: #cf222e; font-weight: 600; }
        td.status-pass { color: #1a7f37; }
        td.status-info, td.status-not-in-force { color: #57606a; }
        figure { margin: .6rem 0 1.2rem; }
        figcaption { font-weight: 600; margin-bottom: .3rem; }
        svg { display: block; max-width: 100%; height: auto; }
        footer { margin-top: 3rem; border-top: 1px solid #d0d7de; }

        """
}
