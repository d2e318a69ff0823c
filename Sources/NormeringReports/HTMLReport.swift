import NormeringCore

/// `report.html` (format `html`): one self-contained page for people, in English or Danish,
/// to read in a browser, on a phone and on paper.
///
/// Built from the same model as summary.txt — the run's `Headline` (verdicts, the legal
/// requirements not met, the total gap, the caution) and its `SummaryDigest` (childminders,
/// classes, competence coverage) — with the same words and number formats, plus what a page
/// can show beyond plain text, from normering.csv's rows: the municipality month by month,
/// the districts and every daycare institution with its 12-month trend. In order: the
/// verdict, the municipality, the districts, the institutions, the childminders, the schools,
/// the data quality. The full findings stay in findings.csv, linked, not copied.
///
/// Self-contained: inline CSS and SVG, no scripts, fonts or images; the one link is the
/// relative link to findings.csv. Every text from the input is escaped (`HTMLEscaping`).
/// No date or time is written, so the same input gives the same bytes. UTF-8, LF line ends.
public enum HTMLReport {
    /// The file name in the output folder.
    public static let fileName = "report.html"

    /// The file's bytes from the run's digest and headline (as summary.txt) and its
    /// normering.csv rows.
    public static func render(digest: SummaryDigest, headline: Headline, normering: [NormeringRow],
                              importSummary: ImportSummary, language: ReportLanguage, cost: CostBasis?) -> [UInt8] {
        var page = HTMLPageBuilder(digest: digest, headline: headline, figures: HTMLPageFigures(normering),
                                   importSummary: importSummary, language: language, cost: cost)
        page.build()
        return Array(page.out.utf8)
    }
}

/// Writes the page into `out`, line by line.
struct HTMLPageBuilder {
    let digest: SummaryDigest
    let headline: Headline
    let figures: HTMLPageFigures
    let importSummary: ImportSummary
    let cost: CostBasis?
    let labels: SummaryLabels
    let words: HeadlineWords
    let html: HTMLLabels
    var out = ""

    init(digest: SummaryDigest, headline: Headline, figures: HTMLPageFigures, importSummary: ImportSummary,
         language: ReportLanguage, cost: CostBasis?) {
        self.digest = digest
        self.headline = headline
        self.figures = figures
        self.importSummary = importSummary
        self.cost = cost
        words = HeadlineWords(language, rules: headline.rules, currency: cost?.currency)
        labels = words.labels
        html = .forLanguage(language)
        out.reserveCapacity(32_768 + figures.institutions.count * 1_200)
    }

    // MARK: Writing

    /// Appends one line of markup (already escaped where needed).
    mutating func line(_ markup: String) {
        out += markup
        out += "\n"
    }

    /// `text`, escaped.
    func e(_ text: String) -> String { HTMLEscaping.text(text) }

    func fte(_ value: Double) -> String { words.decimal(value, 2) }
    func share(_ value: Double?) -> String { value.map { words.decimal($0, 3) } ?? "" }

    func institutionLabel(id: String, name: String) -> String { name.isEmpty ? id : "\(id) \(name)" }

    func cell(_ text: String, numeric: Bool = false, classes: [String] = []) -> String {
        let all = (numeric ? ["num"] : []) + classes
        return all.isEmpty ? "<td>\(e(text))</td>" : "<td class=\"\(all.joined(separator: " "))\">\(e(text))</td>"
    }

    func statusCell(_ status: FindingStatus) -> String {
        cell(html.status(status), classes: ["status", "status-\(status.rawValue)"])
    }

    /// The head of a table: the columns, numeric ones right-aligned; `optional` columns give
    /// way on a narrow screen.
    func tableHead(_ columns: [String], numeric: Set<Int>, optional: Set<Int> = []) -> String {
        "<thead><tr>" + columns.enumerated().map { index, header in
            let classes = (numeric.contains(index) ? ["num"] : []) + (optional.contains(index) ? ["opt"] : [])
            let attribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
            return "<th scope=\"col\"\(attribute)>\(e(header))</th>"
        }.joined() + "</tr></thead>"
    }

    /// A chart kept together with its heading: `heading` (escaped here), the chart's `svg`
    /// lines and its `legend` as the caption. report.html and plan.html share it.
    static func chartFigure(heading: String, svg: [String], legend: String) -> String {
        let lines = ["<div class=\"keep\">", "<h3>\(HTMLEscaping.text(heading))</h3>", "<figure>"] + svg
            + ["<figcaption>\(legend)</figcaption>", "</figure>", "</div>"]
        return lines.map { $0 + "\n" }.joined()
    }

    // MARK: The page

    mutating func build() {
        let scope = digest.scope.line(labels: labels) ?? labels.noData
        // Every printed page names the run and its page number.
        let pages = "@page { @top-left { content: \"\(Self.cssString(scope))\"; } "
            + "@bottom-right { content: \"\(Self.cssString(html.pageLabel)) \" counter(page) \" / \" counter(pages); } }\n"
        out += Self.opening(words.language, title: labels.title + " · " + scope, style: pages, heading: labels.title,
                            subtitle: scope)
        verdict()
        municipality()
        districts()
        institutions()
        childminders()
        schools()
        dataQuality()
        line("<footer><p>\(e(html.footer))</p></footer>")
        line("</body>")
        line("</html>")
    }

    /// A page up to its first section: the head, with `title` and the stylesheet followed by
    /// `style`, and the header with `heading` and `subtitle`. report.html and plan.html share it.
    static func opening(_ language: ReportLanguage, title: String, style: String = "", heading: String,
                        subtitle: String) -> String {
        let e = HTMLEscaping.text
        // The stylesheet ends with a line end, so `</style>` starts a line of its own.
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(title))</title>
            <style>
            \(stylesheet)\(style)</style>
            </head>
            <body>
            <header>
            <h1>\(e(heading))</h1>
            <p class="subtitle">\(e(subtitle))</p>
            </header>

            """
    }

    /// `text` inside a CSS string: quotes and backslashes escaped, no line ends, and no `<`
    /// that could end the style element.
    static func cssString(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "\"": result += "\\" + String(character)
            case "<": result += "\\3c "
            case "\n", "\r": result += " "
            default: result.append(character)
            }
        }
        return result
    }

    // MARK: 1. The verdict

    mutating func verdict() {
        line("<section id=\"verdict\">")
        line("<h2>\(e(html.verdictTitle))</h2>")
        if headline.years.isEmpty {
            line("<p class=\"note\">\(e(labels.noMinimumStaffing))</p>")
        }
        for year in headline.years {
            let failing = year.legalFailureCount > 0
            line("<div class=\"verdict \(failing ? "fail" : "pass")\">")
            line("<p class=\"main\">\(failing ? "✗" : "✓") \(e(words.yearVerdict(year)))</p>")
            for finding in year.municipalTests {
                line("<p>\(e(words.municipalVerdict(finding)))</p>")
            }
            if failing {
                line("<ul class=\"not-met\">")
                for finding in year.legalFailures {
                    line("<li><strong>\(e("\(finding.period) \(words.requirement(finding))"))</strong><br>"
                         + "\(e(words.subject(finding))): \(e(words.valueAgainstThreshold(finding)))</li>")
                }
                if year.legalFailureCount > year.legalFailures.count {
                    line("<li>\(e(words.andMore(year.legalFailureCount - year.legalFailures.count, see: FindingsCSV.fileName)))</li>")
                }
                line("</ul>")
            }
            if !year.municipalTests.isEmpty || year.institutionsShort > 0 {
                line("<p>\(e(words.totalGap(year, cost: cost)))</p>")
            }
            line("</div>")
        }
        if let caution = words.caution(headline, importSummary.statistics, seePartFour: false) {
            line("<p class=\"caution\"><strong>⚠</strong> \(e(caution)) <a href=\"#data-quality\">\(e(html.dataQualityTitle))</a></p>")
        }
        line("<p class=\"note\"><a href=\"\(FindingsCSV.fileName)\">\(e(FindingsCSV.fileName))</a>: \(e(html.findingsLink))</p>")
        line("</section>")
    }

    // MARK: 2. The municipality month by month

    mutating func municipality() {
        line("<section id=\"municipality\">")
        line("<h2>\(e(html.monthlyTitle))</h2>")
        let years = figures.municipalYears.filter { !$0.months.isEmpty }
        guard !years.isEmpty else {
            line("<p class=\"note\">\(e(html.noMonthly))</p>")
            line("</section>")
            return
        }
        line("<p class=\"note\">\(e(html.monthlyIntro))</p>")
        for year in years {
            out += Self.chartFigure(heading: "\(html.municipality(year.municipality)), \(year.year)",
                                    svg: monthlySVG(year), legend: legend())
            line("<div class=\"table-wrap\"><table class=\"months\">")
            line(tableHead(html.monthColumns, numeric: [1, 2, 3, 4, 5], optional: [4, 5]))
            line("<tbody>")
            for row in year.months + (year.total.map { [$0] } ?? []) {
                line("<tr\(row.period.isYear ? " class=\"total\"" : "")>" + cell(row.period.description)
                     + cell(fte(row.staff), numeric: true) + cell(fte(row.required), numeric: true)
                     + cell(fte(row.gapFTE), numeric: true)
                     + cell(labels.ratio(row.ratioUnder3, children: row.childrenUnder3, short: true), numeric: true, classes: ["opt"])
                     + cell(labels.ratio(row.ratioOver3, children: row.childrenOver3, short: true), numeric: true, classes: ["opt"])
                     + statusCell(row.status) + "</tr>")
            }
            line("</tbody></table></div>")
            let before = figures.municipalYears.first {
                $0.municipality == year.municipality && $0.year == year.year - 1
            }
            if let now = year.total, let then = before?.total {
                line("<p class=\"note\">\(e(html.changeFromYearBefore(then.period.year, Self.signed(now.staff - then.staff, fte), Self.signed(now.required - then.required, fte))))</p>")
            }
        }
        line("</section>")
    }

    /// The chart's legend, as text: a swatch and its meaning each.
    func legend() -> String {
        [(Self.staffColour, html.legendStaff, "bar"), (Self.shortColour, html.legendShort, "bar"),
         (Self.textColour, html.legendRequired, "mark")].map { colour, text, kind in
            "<span class=\"key\"><span class=\"swatch \(kind)\" style=\"background:\(colour)\"></span>\(e(text))</span>"
        }.joined(separator: " ")
    }

    // MARK: 3. Districts

    mutating func districts() {
        let years = figures.districts.keys.sorted()
        guard !years.isEmpty else { return }
        line("<section id=\"districts\">")
        line("<h2>\(e(html.districtsTitle))</h2>")
        line("<p class=\"note\">\(e(html.districtsIntro))</p>")
        for year in years {
            let rows = figures.districts[year] ?? []
            let before = Dictionary((figures.districts[year - 1] ?? []).map { ("\($0.municipality)|\($0.name)", $0) },
                                    uniquingKeysWith: { first, _ in first })
            for municipality in orderedUnique(rows.map(\.municipality)) {
                let own = rows.filter { $0.municipality == municipality }
                out += Self.chartFigure(heading: "\(html.municipality(municipality)), \(year)",
                                        svg: districtSVG(own, municipality: municipality, year: year), legend: legend())
                var columns = html.districtColumns
                if !before.isEmpty { columns.insert(html.marginChangeColumn, at: 5) }
                line("<div class=\"table-wrap\"><table class=\"districts\">")
                line(tableHead(columns, numeric: Set(1..<(columns.count - 1)), optional: [1, columns.count - 2]))
                line("<tbody>")
                for district in own {
                    var cells = cell(district.name.isEmpty ? html.noDistrict : district.name)
                        + cell(String(district.institutions), numeric: true, classes: ["opt"])
                        + cell(fte(district.staff), numeric: true) + cell(fte(district.required), numeric: true)
                        + cell(Self.signed(district.margin, fte), numeric: true)
                    if !before.isEmpty {
                        let previous = before["\(district.municipality)|\(district.name)"]
                        cells += cell(previous.map { Self.signed(district.margin - $0.margin, fte) } ?? "–", numeric: true)
                    }
                    cells += cell(String(district.below), numeric: true, classes: ["opt"])
                    cells += statusCell(district.margin < 0 && Self.isShort(-district.margin) ? .fail : .pass)
                    line("<tr>" + cells + "</tr>")
                }
                line("</tbody></table></div>")
            }
        }
        line("</section>")
    }

    /// `value` with a sign: "+1.20", "−0.50", "0.00".
    static func signed(_ value: Double, _ format: (Double) -> String) -> String {
        let text = format(abs(value))
        guard isShort(abs(value)) else { return text }
        return (value < 0 ? "−" : "+") + text
    }

    /// Whether a figure is more than zero as written (2 decimals).
    static func isShort(_ gap: Double?) -> Bool {
        guard let gap else { return false }
        return (FigureFormatting.scaledRounded(gap, decimals: 2) ?? 0) > 0
    }

    // MARK: 4. Institutions

    mutating func institutions() {
        guard let year = figures.latestYear, !figures.institutions.isEmpty else { return }
        line("<section id=\"institutions\">")
        line("<h2>\(e(html.institutionsTitle))</h2>")
        line("<p class=\"note\">\(e(html.institutionsIntro(year)))</p>")
        let hasBefore = figures.institutions.contains { $0.yearBefore != nil }
        var columns = html.institutionColumns
        if hasBefore { columns.append(html.changeColumn) }
        line("<div class=\"table-wrap\"><table class=\"institutions\">")
        line(tableHead(columns, numeric: Set(2..<columns.count).subtracting([5]), optional: Set([1, 3, 6, 7, 8])))
        line("<tbody>")
        for institution in figures.institutions {
            let row = institution.total
            let name = institutionLabel(id: row.institutionID, name: row.institutionName)
            let kind = row.ownership.map { " (\(html.ownershipName($0)))" } ?? ""
            var cells = "<th scope=\"row\">\(e(name))<span class=\"sub\">\(e(kind))</span></th>"
            cells += "<td class=\"opt trend\">" + sparkline(institution, title: html.trendTitle(name)) + "</td>"
            cells += cell(fte(row.staff), numeric: true) + cell(fte(row.required), numeric: true, classes: ["opt"])
            cells += cell(fte(row.gapFTE), numeric: true) + statusCell(row.status)
            cells += cell(share(row.trainedShare), numeric: true, classes: ["opt"])
            cells += cell(share(row.pedagogueShare), numeric: true, classes: ["opt"])
            if hasBefore {
                cells += cell(institution.yearBefore.map { Self.signed(row.gapFTE - $0.gapFTE, fte) } ?? "–",
                              numeric: true, classes: ["opt"])
            }
            line("<tr>" + cells + "</tr>")
        }
        line("</tbody></table></div>")
        line("</section>")
    }

    // MARK: 5. Childminders

    mutating func childminders() {
        guard digest.hasChildminders else { return }
        line("<section id=\"childminders\">")
        line("<h2>\(e(labels.childmindersTitle))</h2>")
        if digest.childmindersOver.count == 0 {
            line("<p>\(e(labels.noChildminderOver))</p>")
        } else {
            unitsOver(digest.childmindersOver, columns: labels.childmindersColumns)
        }
        line("</section>")
    }

    /// The units over a limit (childminders, classes), as summary.txt lists them: month,
    /// institution, unit, value, limit, the row's cell of `extra` (if any), status; then
    /// "… and N more".
    mutating func unitsOver(_ over: FirstRows, columns: [String], optional: Set<Int> = [], extra: [String] = []) {
        line("<div class=\"table-wrap\"><table>")
        line(tableHead(columns + [html.statusColumn], numeric: [3, 4], optional: optional))
        line("<tbody>")
        for (index, finding) in over.rows.enumerated() {
            line("<tr>" + cell(finding.period.description)
                 + cell(institutionLabel(id: finding.institutionID, name: finding.institutionName))
                 + cell(finding.unit) + cell(words.figure(finding.value, finding.valueFormat), numeric: true)
                 + cell(finding.threshold.map { words.figure($0, finding.valueFormat) } ?? "", numeric: true)
                 + (index < extra.count ? extra[index] : "") + statusCell(finding.status) + "</tr>")
        }
        line("</tbody></table></div>")
        if over.count > over.rows.count {
            line("<p class=\"note\">\(e(labels.andMore(over.count - over.rows.count)))</p>")
        }
    }

    // MARK: 6. Schools

    mutating func schools() {
        guard digest.classCount > 0 || !digest.latestCoverage.isEmpty else { return }
        line("<section id=\"schools\">")
        line("<h2>\(e(html.schoolsTitle))</h2>")
        line("<h3>\(e(labels.classesTitle))</h3>")
        if digest.classesOver.count == 0 {
            line("<p>\(e(labels.noClassOver(digest.classCount)))</p>")
        } else {
            let tests = digest.classesOver.rows.map { finding in
                cell(finding.severity == .legal ? labels.legalInAugust : labels.forInformation, classes: ["opt"])
            }
            unitsOver(digest.classesOver, columns: labels.classesColumns, optional: [5], extra: tests)
        }
        line("<h3>\(e(labels.coverageTitle))</h3>")
        let schools = digest.latestCoverage.values.sorted { a, b in
            let x = a.finding, y = b.finding
            return x.institutionID != y.institutionID ? x.institutionID.codePointPrecedes(y.institutionID)
                : x.municipality.codePointPrecedes(y.municipality)
        }
        if schools.isEmpty { line("<p>\(e(labels.noCoverage))</p>") }
        for entry in schools {
            let school = entry.finding
            line("<div class=\"keep\">")
            let text = labels.coverageSchool(institutionLabel(id: school.institutionID, name: school.institutionName),
                                             school.period.description, words.figure(school.value, school.valueFormat),
                                             school.threshold.map { words.figure($0, school.valueFormat) },
                                             school.status, school.gapFTE.map(fte))
            line("<p><strong class=\"status-\(school.status.rawValue)\">\(e(html.status(school.status)))</strong> "
                 + "\(e(text))</p>")
            line("</div>")
            let subjects = entry.subjects.sorted { a, b in
                let x = a.subject.lowercased(), y = b.subject.lowercased()
                return x != y ? x.codePointPrecedes(y) : a.subject.codePointPrecedes(b.subject)
            }
            guard !subjects.isEmpty else { continue }
            line("<div class=\"table-wrap\"><table class=\"coverage\">")
            line(tableHead(labels.coverageColumns, numeric: [1, 2, 3]))
            line("<tbody>")
            for subject in subjects {
                let low = school.threshold.map { subject.coverage < $0 } ?? false
                line("<tr>" + cell(subject.subject) + cell(String(subject.coveredLessons), numeric: true)
                     + cell(String(subject.totalLessons), numeric: true)
                     + cell((low ? "✗ " : "") + words.decimal(subject.coverage, 3), numeric: true,
                            classes: low ? ["status-fail"] : []) + "</tr>")
            }
            line("</tbody></table></div>")
        }
        line("</section>")
    }

    // MARK: 7. Data quality

    mutating func dataQuality() {
        let diagnostics = importSummary.diagnostics
        line("<section id=\"data-quality\">")
        line("<h2>\(e(html.dataQualityTitle))</h2>")
        line("<table class=\"counts\"><tbody>")
        for (label, isPart, value) in labels.importCounts(importSummary) {
            line("<tr><th scope=\"row\"\(isPart ? " class=\"sub\"" : "")>\(e(label))</th>"
                 + "\(cell(String(value), numeric: true))</tr>")
        }
        line("</tbody></table>")
        if diagnostics.isEmpty {
            line("<p>\(e(labels.noProblems))</p>")
        } else {
            line("<table class=\"kinds\">")
            line(tableHead(labels.kindsColumns, numeric: [1, 2]))
            line("<tbody>")
            for kind in DiagnosticKind.counted(diagnostics) {
                line("<tr>" + cell(kind.code) + cell(String(kind.errors), numeric: true)
                     + cell(String(kind.warnings), numeric: true) + "</tr>")
            }
            line("</tbody></table>")
            line("<p class=\"note\">\(e(labels.rejectsPointer))</p>")
        }
        line("</section>")
    }
}

/// The distinct elements of `items`, in their first order.
func orderedUnique(_ items: [String]) -> [String] {
    var seen = Set<String>()
    return items.filter { seen.insert($0).inserted }
}
