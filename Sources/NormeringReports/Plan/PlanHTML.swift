import NormeringCore

/// `plan.html` (format `html`): the plan as one self-contained page (no scripts, fonts,
/// images or links): the annual tests and what they take, a chart per municipality of the
/// monthly staff against the required FTE with the forecast months hatched, the
/// institutions below the minimum and the assumptions. Texts escaped; UTF-8, LF line ends.
public enum PlanHTML {
    public static let fileName = "plan.html"

    public static func render(_ report: PlanReport, language: ReportLanguage) -> [UInt8] {
        var page = PlanPage(wording: PlanWording(report: report, language: language), language: language)
        page.build()
        return Array(page.out.utf8)
    }
}

/// The page's own words.
struct PlanHTMLLabels: Sendable, BilingualLabels {
    var chartsTitle: String
    var chartsNote: String
    var legendActual: String
    var legendForecast: String
    var legendRequired: String
    var legendBelow: String
    var axisFTE: String
    var axisMonth: String
    var chartTitle: @Sendable (_ municipality: String, _ year: Int) -> String
    var tooltip: @Sendable (_ month: String, _ staff: String, _ required: String, _ forecast: Bool) -> String

    static let english = PlanHTMLLabels(
        chartsTitle: "Staff and required FTE by month, actual and forecast",
        chartsNote: "Bars: the municipality's staff FTE in each month; hatched bars are forecast. "
            + "The dark line marks the required FTE.",
        legendActual: "staff, actual", legendForecast: "staff, forecast (hatched)", legendRequired: "required",
        legendBelow: "staff, below the minimum (✗)", axisFTE: "FTE", axisMonth: "Month (forecast in italics)",
        chartTitle: { municipality, year in
            "Municipality \(municipality), \(year): staff FTE against required FTE by month, actual and forecast"
        },
        tooltip: { month, staff, required, forecast in
            "\(month)\(forecast ? " (forecast)" : ""): staff \(staff) FTE, required \(required) FTE"
        }
    )

    static let danish = PlanHTMLLabels(
        chartsTitle: "Personale og krævet FTE pr. måned, faktisk og prognose",
        chartsNote: "Søjler: kommunens personale-FTE i hver måned; skraverede søjler er prognose. "
            + "Den mørke streg viser krævet FTE.",
        legendActual: "personale, faktisk", legendForecast: "personale, prognose (skraveret)",
        legendRequired: "krævet", legendBelow: "personale, under minimum (✗)", axisFTE: "Fuldtidsansatte",
        axisMonth: "Måned (prognose i kursiv)",
        chartTitle: { municipality, year in
            "Kommune \(municipality), \(year): fuldtidsansatte mod krævede pr. måned, faktisk og prognose"
        },
        tooltip: { month, staff, required, forecast in
            "\(month)\(forecast ? " (prognose)" : ""): personale \(staff) FTE, krævet \(required) FTE"
        }
    )
}

private struct PlanPage {
    let wording: PlanWording
    let language: ReportLanguage
    let html: PlanHTMLLabels
    var out = ""
    var labels: PlanLabels { wording.labels }
    var report: PlanReport { wording.report }

    init(wording: PlanWording, language: ReportLanguage) {
        self.wording = wording
        self.language = language
        html = .forLanguage(language)
    }

    mutating func line(_ markup: String) {
        out += markup
        out += "\n"
    }

    func e(_ text: String) -> String { HTMLEscaping.text(text) }

    mutating func build() {
        out += HTMLPageBuilder.opening(language, title: labels.title, heading: labels.title, subtitle: wording.horizon)
        tests()
        charts()
        shortfalls()
        assumptions()
        line("</body>")
        line("</html>")
    }

    mutating func tests() {
        line("<section id=\"tests\">")
        line("<h2>\(e(labels.part1Title))</h2>")
        let tests = report.years.flatMap { year in year.tests.map { (year.year, $0) } }
        if tests.isEmpty { line("<p class=\"note\">\(e(labels.noTest))</p>") }
        for (year, test) in tests {
            let sentences = wording.sentences(year, test)
            let verdict = test.status == .fail ? "fail" : test.status == .pass ? "pass" : "info"
            line("<div class=\"verdict \(verdict)\">")
            line("<p class=\"main\">\(e(sentences[0]))</p>")
            line("<p>\(e(sentences[1]))</p>")
            line("</div>")
        }
        line("</section>")
    }

    /// The municipality × month rows by municipality (code-point order) and year, months ascending.
    func municipalYears() -> [(municipality: String, year: Int, months: [PlanRow])] {
        var groups: [String: [Int: [PlanRow]]] = [:]
        for row in report.rows where row.row.scope == .municipality && !row.row.period.isYear {
            groups[row.row.municipality, default: [:]][row.row.period.year, default: []].append(row)
        }
        return groups.keys.sorted { $0.codePointPrecedes($1) }.flatMap { municipality in
            (groups[municipality] ?? [:]).keys.sorted().map { year in
                (municipality, year, (groups[municipality]?[year] ?? []).sorted { $0.row.period < $1.row.period })
            }
        }
    }

    mutating func charts() {
        line("<section id=\"monthly\">")
        line("<h2>\(e(html.chartsTitle))</h2>")
        line("<p class=\"note\">\(e(html.chartsNote))</p>")
        for (index, group) in municipalYears().enumerated() {
            out += HTMLPageBuilder.chartFigure(
                heading: "\(labels.municipality(group.municipality)), \(group.year)",
                svg: chart(group.months, municipality: group.municipality, year: group.year, index: index),
                legend: legend())
        }
        line("</section>")
    }

    /// The legend as text: a swatch and its meaning each.
    func legend() -> String {
        [("background:\(HTMLPageBuilder.staffColour)", html.legendActual, "bar"),
         ("background:repeating-linear-gradient(45deg,\(HTMLPageBuilder.staffColour) 0 3px,#fff 3px 6px)",
          html.legendForecast, "bar"),
         ("background:\(HTMLPageBuilder.shortColour)", html.legendBelow, "bar"),
         ("background:\(HTMLPageBuilder.textColour)", html.legendRequired, "mark")].map { style, text, kind in
            "<span class=\"key\"><span class=\"swatch \(kind)\" style=\"\(style)\"></span>\(e(text))</span>"
        }.joined(separator: " ")
    }

    /// A municipality's year: the shared monthly chart, forecast months hatched.
    func chart(_ months: [PlanRow], municipality: String, year: Int, index: Int) -> [String] {
        let bars = months.compactMap { plan -> MonthlyChart.Month? in
            guard case .month(let month) = plan.row.period else { return nil }
            let forecast = plan.basis != .actual
            return MonthlyChart.Month(
                month: month.month, staff: plan.row.staff, required: plan.row.required,
                below: plan.row.status == .fail, forecast: forecast,
                tooltip: html.tooltip(month.description, wording.fte(plan.row.staff), wording.fte(plan.row.required),
                                      forecast))
        }
        return MonthlyChart(months: bars, title: html.chartTitle(municipality, year), axisFTE: html.axisFTE,
                            axisMonth: html.axisMonth, monthNames: HTMLLabels.forLanguage(language).monthNames,
                            tick: { FigureFormatting.string($0, decimals: $1, decimalMark: wording.numbers.decimalMark) },
                            patternID: "forecast-\(index)").svg()
    }

    mutating func shortfalls() {
        line("<section id=\"institutions\">")
        line("<h2>\(e(labels.part2Title))</h2>")
        let rows = report.years.flatMap { year in year.shortfalls.map { (year.year, $0) } }
        if rows.isEmpty {
            line("<p class=\"note\">\(e(labels.noShortfall))</p>")
        } else {
            line("<div class=\"table-wrap\"><table>")
            line("<thead><tr>" + labels.shortfallColumns.enumerated().map { index, name in
                "<th\(index >= 3 ? " class=\"num\"" : "")>\(e(name))</th>"
            }.joined() + "</tr></thead>")
            line("<tbody>")
            for (year, row) in rows {
                line("<tr><td>\(year)</td><td>\(e(wording.institution(row.institutionID, row.institutionName)))</td>"
                     + "<td>\(e(row.firstMonth.description))</td><td class=\"num\">\(e(wording.fte(row.neededFTE)))</td>"
                     + "<td class=\"num\">\(e(wording.numbers.monthsBelow(row.monthsBelow, row.forecastMonths)))</td></tr>")
            }
            line("</tbody>")
            line("</table></div>")
        }
        line("</section>")
    }

    mutating func assumptions() {
        line("<section id=\"assumptions\">")
        line("<h2>\(e(labels.part3Title))</h2>")
        line("<ul>")
        for (item, subItems) in wording.assumptions() {
            if subItems.isEmpty {
                line("<li>\(e(item))</li>")
            } else {
                line("<li>\(e(item))<ul>" + subItems.map { "<li>\(e($0))</li>" }.joined() + "</ul></li>")
            }
        }
        line("</ul>")
        line("</section>")
    }
}
