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
struct PlanHTMLLabels: Sendable {
    var chartsTitle: String
    var chartsNote: String
    var legendActual: String
    var legendForecast: String
    var legendRequired: String
    var tooltip: @Sendable (_ month: String, _ staff: String, _ required: String, _ forecast: Bool) -> String

    static func forLanguage(_ language: ReportLanguage) -> PlanHTMLLabels {
        switch language {
        case .en:
            return PlanHTMLLabels(
                chartsTitle: "Staff and required FTE by month, actual and forecast",
                chartsNote: "Bars: the municipality's staff FTE in each month; hatched bars are forecast. "
                    + "The dark line marks the required FTE.",
                legendActual: "staff, actual", legendForecast: "staff, forecast", legendRequired: "required",
                tooltip: { month, staff, required, forecast in
                    "\(month)\(forecast ? " (forecast)" : ""): staff \(staff) FTE, required \(required) FTE"
                })
        case .da:
            return PlanHTMLLabels(
                chartsTitle: "Personale og krævet FTE pr. måned, faktisk og prognose",
                chartsNote: "Søjler: kommunens personale-FTE i hver måned; skraverede søjler er prognose. "
                    + "Den mørke streg viser krævet FTE.",
                legendActual: "personale, faktisk", legendForecast: "personale, prognose", legendRequired: "krævet",
                tooltip: { month, staff, required, forecast in
                    "\(month)\(forecast ? " (prognose)" : ""): personale \(staff) FTE, krævet \(required) FTE"
                })
        }
    }
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
    func c(_ value: Double) -> String { FigureFormatting.string(value.isFinite ? value : 0, decimals: 1) }

    mutating func build() {
        line("<!DOCTYPE html>")
        line("<html lang=\"\(language.rawValue)\">")
        line("<head>")
        line("<meta charset=\"utf-8\">")
        line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        line("<title>\(e(labels.title))</title>")
        line("<style>")
        out += HTMLPageBuilder.stylesheet
        line("</style>")
        line("</head>")
        line("<body>")
        line("<header>")
        line("<h1>\(e(labels.title))</h1>")
        line("<p class=\"subtitle\">\(e(wording.horizon))</p>")
        line("</header>")
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

    /// The municipality × month rows, by municipality (code-point order), months ascending.
    func municipalMonths() -> [(municipality: String, months: [PlanRow])] {
        var groups: [String: [PlanRow]] = [:]
        for row in report.rows where row.row.scope == .municipality && !row.row.period.isYear {
            groups[row.row.municipality, default: []].append(row)
        }
        return groups.keys.sorted { $0.codePointPrecedes($1) }.map { key in
            (key, (groups[key] ?? []).sorted { $0.row.period < $1.row.period })
        }
    }

    mutating func charts() {
        line("<section id=\"monthly\">")
        line("<h2>\(e(html.chartsTitle))</h2>")
        line("<p class=\"note\">\(e(html.chartsNote))</p>")
        for group in municipalMonths() {
            line("<figure class=\"monthly\">")
            line("<figcaption>\(e(labels.municipality(group.municipality)))</figcaption>")
            chart(group.months)
            line("</figure>")
        }
        line("</section>")
    }

    /// Bars of staff FTE (forecast months hatched), a mark at the required FTE.
    mutating func chart(_ months: [PlanRow]) {
        let plotLeft = 52.0, plotTop = 44.0, plotHeight = 200.0, bottom = 30.0, right = 16.0
        let slot = max(52.0, 480.0 / Double(max(months.count, 1)))
        let plotWidth = slot * Double(months.count)
        let barWidth = min(28.0, slot * 0.5)
        let width = (max(plotLeft + plotWidth + right, 460)).rounded(.up)
        let height = plotTop + plotHeight + bottom
        let axis = ChartAxis(maximum: months.map { max(finiteOrZero($0.row.staff), finiteOrZero($0.row.required)) }
            .max() ?? 0)
        func y(_ value: Double) -> Double {
            plotTop + plotHeight - min(max(finiteOrZero(value), 0), axis.top) / axis.top * plotHeight
        }
        let staff = HTMLPageBuilder.staffColour
        let ink = HTMLPageBuilder.textColour
        line("<svg class=\"plan-chart\" viewBox=\"0 0 \(c(width)) \(c(height))\" width=\"\(c(width))\" "
             + "height=\"\(c(height))\" role=\"img\" aria-label=\"\(e(html.chartsTitle))\" "
             + "font-family=\"system-ui, sans-serif\" font-size=\"11\" fill=\"\(ink)\">")
        line("<defs><pattern id=\"forecast\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
             + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>"
             + "<rect width=\"3\" height=\"6\" fill=\"\(staff)\"/></pattern></defs>")
        var x = plotLeft
        for (text, fill, mark) in [(html.legendActual, staff, false), (html.legendForecast, "url(#forecast)", false),
                                   (html.legendRequired, ink, true)] {
            if mark {
                line("<line x1=\"\(c(x))\" y1=\"13.0\" x2=\"\(c(x + 12))\" y2=\"13.0\" stroke=\"\(ink)\" stroke-width=\"3\"/>")
            } else {
                line("<rect x=\"\(c(x))\" y=\"7.0\" width=\"12\" height=\"12\" fill=\"\(fill)\" stroke=\"\(staff)\"/>")
            }
            line("<text x=\"\(c(x + 18))\" y=\"17.0\">\(e(text))</text>")
            x += 18 + HTMLPageBuilder.textWidth(text, size: 11) + 20
        }
        for tick in axis.ticks {
            let ty = y(tick)
            line("<line x1=\"\(c(plotLeft))\" y1=\"\(c(ty))\" x2=\"\(c(plotLeft + plotWidth))\" y2=\"\(c(ty))\" "
                 + "stroke=\"\(HTMLPageBuilder.gridColour)\" stroke-width=\"1\"/>")
            line("<text x=\"\(c(plotLeft - 6))\" y=\"\(c(ty + 4))\" text-anchor=\"end\">"
                 + "\(e(FigureFormatting.string(tick, decimals: axis.decimals, decimalMark: wording.numbers.decimalMark)))</text>")
        }
        for (index, plan) in months.enumerated() {
            let row = plan.row
            let forecast = plan.basis != .actual
            let month = row.period.description
            let slotLeft = plotLeft + Double(index) * slot
            let barLeft = slotLeft + (slot - barWidth) / 2
            let top = y(row.staff)
            let tip = e(html.tooltip(month, wording.fte(row.staff), wording.fte(row.required), forecast))
            line("<rect class=\"staff \(forecast ? "forecast" : "actual")\" data-period=\"\(e(month))\" "
                 + "x=\"\(c(barLeft))\" y=\"\(c(top))\" width=\"\(c(barWidth))\" height=\"\(c(plotTop + plotHeight - top))\" "
                 + "fill=\"\(forecast ? "url(#forecast)" : staff)\" stroke=\"\(staff)\"><title>\(tip)</title></rect>")
            line("<line class=\"required\" data-period=\"\(e(month))\" x1=\"\(c(barLeft - 6))\" y1=\"\(c(y(row.required)))\" "
                 + "x2=\"\(c(barLeft + barWidth + 6))\" y2=\"\(c(y(row.required)))\" stroke=\"\(ink)\" stroke-width=\"3\">"
                 + "<title>\(tip)</title></line>")
            line("<text x=\"\(c(slotLeft + slot / 2))\" y=\"\(c(plotTop + plotHeight + 18))\" text-anchor=\"middle\""
                 + (forecast ? " font-style=\"italic\"" : "") + ">\(e(month))</text>")
        }
        line("</svg>")
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
