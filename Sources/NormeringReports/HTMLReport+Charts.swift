import NormeringCore

/// The two charts of report.html, as inline SVG (no `xmlns`: the HTML parser puts an inline
/// `<svg>` in the SVG namespace by itself, and the page names no web address at all).
///
/// Colours are presentation attributes on the elements, so a chart copied out of the page
/// keeps them. Coordinates are written with one decimal and a dot, whatever the language.
extension HTMLPageBuilder {
    static let textColour = "#1f2328"
    static let gridColour = "#d8dee4"
    static let staffColour = "#4878a8"
    static let shortColour = "#cf222e"
    static let mutedColour = "#8c959f"

    /// A coordinate: one decimal, a dot.
    func c(_ value: Double) -> String {
        FigureFormatting.string(value.isFinite ? value : 0, decimals: 1)
    }

    /// A rough width in pixels of `text` at `size` pixels (for laying out legends).
    static func textWidth(_ text: String, size: Double) -> Double {
        Double(text.count) * size * 0.65
    }

    // MARK: Monthly municipal staffing against the minimum

    /// The municipality × month rows of minimum-staffing, by municipality (code-point order),
    /// months in report order; one per municipality and month.
    func municipalMonths() -> [(municipality: String, months: [Finding])] {
        var byMunicipality: [String: [Finding]] = [:]
        var seen = Set<String>()
        for finding in evaluation.findings
        where finding.rule == RuleID.minimumStaffing && finding.scope == .municipality && !finding.period.isYear {
            guard seen.insert("\(finding.period.description)|\(finding.municipality)").inserted else { continue }
            byMunicipality[finding.municipality, default: []].append(finding)
        }
        return byMunicipality.keys.sorted { $0.codePointPrecedes($1) }.map { ($0, byMunicipality[$0] ?? []) }
    }

    mutating func monthlyCharts() {
        line("<section id=\"monthly\">")
        line("<h2>\(e(html.monthlyTitle))</h2>")
        let groups = municipalMonths()
        if groups.isEmpty {
            line("<p class=\"note\">\(e(html.noMonthly))</p>")
        } else {
            line("<p class=\"note\">\(e(html.monthlyIntro))</p>")
            for group in groups {
                line("<figure class=\"monthly\">")
                line("<figcaption>\(e(html.municipality(group.municipality)))</figcaption>")
                for svgLine in monthlySVG(municipality: group.municipality, months: group.months) { line(svgLine) }
                line("</figure>")
            }
        }
        line("</section>")
    }

    /// One municipality's chart: a bar per month (staff FTE; red when short) with a mark at
    /// the required FTE, a value over each bar, month labels below, a legend above.
    func monthlySVG(municipality: String, months: [Finding]) -> [String] {
        let plotLeft = 52.0, plotTop = 44.0, plotHeight = 200.0, bottom = 30.0, right = 16.0
        let slot = max(60.0, 480.0 / Double(max(months.count, 1)))
        let plotWidth = slot * Double(months.count)
        let barWidth = min(28.0, slot * 0.5)
        let legend: [(text: String, colour: String, mark: Bool)] = [
            (html.legendStaff, Self.staffColour, false),
            (html.legendShort, Self.shortColour, false),
            (html.legendRequired, Self.textColour, true),
        ]
        let legendWidth = legend.reduce(0.0) { $0 + 18 + Self.textWidth($1.text, size: 11) + 20 }
        let width = (max(plotLeft + plotWidth + right, plotLeft + legendWidth)).rounded(.up)
        let height = plotTop + plotHeight + bottom
        let peak = months.map { max(finiteOrZero($0.value), finiteOrZero($0.threshold ?? 0)) }.max() ?? 0
        let axis = ChartAxis(maximum: peak)
        func y(_ value: Double) -> Double {
            plotTop + plotHeight - min(max(finiteOrZero(value), 0), axis.top) / axis.top * plotHeight
        }

        var svg: [String] = []
        svg.append("<svg class=\"monthly-chart\" data-municipality=\"\(e(municipality))\" viewBox=\"0 0 \(c(width)) "
                   + "\(c(height))\" width=\"\(c(width))\" height=\"\(c(height))\" role=\"img\" "
                   + "aria-label=\"\(e(html.monthlyChartLabel(municipality)))\" font-family=\"system-ui, sans-serif\" "
                   + "font-size=\"11\" fill=\"\(Self.textColour)\">")
        // Legend.
        var x = plotLeft
        for item in legend {
            if item.mark {
                svg.append("<line x1=\"\(c(x))\" y1=\"\(c(13))\" x2=\"\(c(x + 12))\" y2=\"\(c(13))\" "
                           + "stroke=\"\(item.colour)\" stroke-width=\"3\"/>")
            } else {
                svg.append("<rect x=\"\(c(x))\" y=\"\(c(7))\" width=\"12\" height=\"12\" fill=\"\(item.colour)\"/>")
            }
            svg.append("<text x=\"\(c(x + 18))\" y=\"\(c(17))\">\(e(item.text))</text>")
            x += 18 + Self.textWidth(item.text, size: 11) + 20
        }
        // Grid and axis labels.
        for tick in axis.ticks {
            let ty = y(tick)
            svg.append("<line x1=\"\(c(plotLeft))\" y1=\"\(c(ty))\" x2=\"\(c(plotLeft + plotWidth))\" y2=\"\(c(ty))\" "
                       + "stroke=\"\(tick == 0 ? Self.mutedColour : Self.gridColour)\" stroke-width=\"1\"/>")
            svg.append("<text x=\"\(c(plotLeft - 6))\" y=\"\(c(ty + 4))\" text-anchor=\"end\">"
                       + "\(e(figure(tick, decimals: axis.decimals)))</text>")
        }
        // Bars, marks and labels.
        for (index, finding) in months.enumerated() {
            let month = finding.period.description
            let required = finding.threshold ?? 0
            let short = Self.isShort(finding.gapFTE)
            let slotLeft = plotLeft + Double(index) * slot
            let barLeft = slotLeft + (slot - barWidth) / 2
            let top = y(finding.value)
            let markY = y(required)
            let tooltip = html.monthTooltip(month, fte(finding.value), fte(required),
                                            short ? finding.gapFTE.map(fte) : nil)
            svg.append("<rect class=\"staff\(short ? " short" : "")\" data-period=\"\(e(month))\" "
                       + "x=\"\(c(barLeft))\" y=\"\(c(top))\" width=\"\(c(barWidth))\" "
                       + "height=\"\(c(plotTop + plotHeight - top))\" "
                       + "fill=\"\(short ? Self.shortColour : Self.staffColour)\"><title>\(e(tooltip))</title></rect>")
            svg.append("<line class=\"required\" data-period=\"\(e(month))\" x1=\"\(c(barLeft - 6))\" "
                       + "y1=\"\(c(markY))\" x2=\"\(c(barLeft + barWidth + 6))\" y2=\"\(c(markY))\" "
                       + "stroke=\"\(Self.textColour)\" stroke-width=\"3\"><title>\(e(tooltip))</title></line>")
            svg.append("<text x=\"\(c(slotLeft + slot / 2))\" y=\"\(c(min(top, markY) - 6))\" text-anchor=\"middle\" "
                       + "font-size=\"10\">\(e(fte(finding.value)))</text>")
            svg.append("<text x=\"\(c(slotLeft + slot / 2))\" y=\"\(c(plotTop + plotHeight + 18))\" "
                       + "text-anchor=\"middle\">\(e(month))</text>")
        }
        svg.append("</svg>")
        return svg
    }

    // MARK: Gap per institution

    /// The institution-year rows of minimum-staffing by year, and of them those whose gap
    /// is more than zero as written, worst first (gap, then institution id, municipality).
    func institutionGaps() -> [(year: Int, short: [Finding])] {
        var byYear: [Int: [Finding]] = [:]
        for finding in evaluation.findings
        where finding.rule == RuleID.minimumStaffing && finding.scope == .institution && finding.period.isYear {
            byYear[finding.period.year, default: []].append(finding)
        }
        return byYear.keys.sorted().map { year in
            let short = (byYear[year] ?? []).filter { Self.isShort($0.gapFTE) }.sorted { a, b in
                let x = finiteOrZero(a.gapFTE ?? 0), y = finiteOrZero(b.gapFTE ?? 0)
                if x != y { return x > y }
                if a.institutionID != b.institutionID { return a.institutionID.codePointPrecedes(b.institutionID) }
                return a.municipality.codePointPrecedes(b.municipality)
            }
            return (year, short)
        }
    }

    mutating func gapCharts() {
        line("<section id=\"gaps\">")
        line("<h2>\(e(html.gapTitle))</h2>")
        let years = institutionGaps()
        if years.allSatisfy({ $0.short.isEmpty }) {
            line("<p class=\"no-gaps\">\(e(labels.noneBelowMinimum))</p>")
        } else {
            line("<p class=\"note\">\(e(html.gapIntro))</p>")
            for year in years {
                if year.short.isEmpty {
                    line("<p class=\"no-gaps\">\(e("\(year.year): \(labels.noneBelowMinimum)"))</p>")
                    continue
                }
                line("<figure class=\"gaps\">")
                line("<figcaption>\(e(String(year.year)))</figcaption>")
                for svgLine in gapSVG(year: year.year, rows: year.short) { line(svgLine) }
                line("</figure>")
            }
        }
        line("</section>")
    }

    /// One year's chart: per institution, its id and name over a bar as long as its gap
    /// (grey when the rule was not in force), with the gap in FTE and DKK after the bar.
    func gapSVG(year: Int, rows: [Finding]) -> [String] {
        let width = 800.0, left = 8.0, top = 6.0, rowHeight = 42.0
        let values = rows.map { html.gapValue(fte(finiteOrZero($0.gapFTE ?? 0)), money($0.gapCost ?? 0)) }
        let valueSpace = 12 + (values.map { Self.textWidth($0, size: 12) }.max() ?? 0)
        let barSpace = max(width / 3, width - left - valueSpace)
        let height = top + rowHeight * Double(rows.count) + 4
        let largest = rows.map { finiteOrZero($0.gapFTE ?? 0) }.max() ?? 0
        var svg: [String] = []
        svg.append("<svg class=\"gap-chart\" data-year=\"\(year)\" viewBox=\"0 0 \(c(width)) \(c(height))\" "
                   + "width=\"\(c(width))\" height=\"\(c(height))\" role=\"img\" "
                   + "aria-label=\"\(e(html.gapChartLabel(String(year))))\" font-family=\"system-ui, sans-serif\" "
                   + "font-size=\"12\" fill=\"\(Self.textColour)\">")
        for (index, finding) in rows.enumerated() {
            let rowTop = top + Double(index) * rowHeight
            let gap = finiteOrZero(finding.gapFTE ?? 0)
            let length = max(2, largest > 0 ? gap / largest * barSpace : 0)
            var label = institutionLabel(finding)
            if finding.status == .notInForce {
                label += " (\(labels.notInForceNote))"
            } else if finding.severity == .legal {
                label += " (\(labels.privateNote))"
            }
            let value = values[index]
            let muted = finding.status == .notInForce
            svg.append("<text x=\"\(c(left))\" y=\"\(c(rowTop + 13))\">\(e(TextLayout.truncate(label, to: 100)))"
                       + "<title>\(e(label))</title></text>")
            svg.append("<rect class=\"gap\(muted ? " muted" : "")\" data-institution=\"\(e(finding.institutionID))\" "
                       + "x=\"\(c(left))\" y=\"\(c(rowTop + 19))\" width=\"\(c(length))\" height=\"16\" "
                       + "fill=\"\(muted ? Self.mutedColour : Self.shortColour)\"><title>\(e(label + ": " + value))"
                       + "</title></rect>")
            svg.append("<text x=\"\(c(left + length + 6))\" y=\"\(c(rowTop + 32))\">\(e(value))</text>")
        }
        svg.append("</svg>")
        return svg
    }
}

/// `value`, or 0 when it is not finite (a chart never draws NaN or infinity).
func finiteOrZero(_ value: Double) -> Double {
    value.isFinite ? value : 0
}

/// A value axis from 0 to a round top, with 4 to 10 round ticks.
struct ChartAxis: Equatable {
    /// The top of the axis (more than 0).
    var top: Double
    /// The distance between ticks.
    var step: Double
    /// Decimals the tick labels need.
    var decimals: Int

    init(maximum: Double) {
        let peak = maximum.isFinite && maximum > 0 ? maximum : 1
        let rough = peak / 5
        let magnitude = Self.powerOfTen(atMost: rough)
        var step = magnitude * 10
        for factor in [1.0, 2.0, 2.5, 5.0, 10.0] where magnitude * factor >= rough {
            step = magnitude * factor
            break
        }
        self.step = step
        top = (peak / step).rounded(.up) * step
        if top < peak * 1.0001 { top += step }
        var decimals = 0
        while decimals < 6 {
            let scaled = step * Self.power(decimals)
            if abs(scaled - scaled.rounded()) < 1e-6 { break }
            decimals += 1
        }
        self.decimals = decimals
    }

    /// 0, step, 2 × step, … up to the top.
    var ticks: [Double] {
        let count = Int((top / step).rounded())
        return (0...max(count, 1)).map { Double($0) * step }
    }

    /// The largest power of ten not above `value` (> 0).
    static func powerOfTen(atMost value: Double) -> Double {
        var power = 1.0
        while power > value, power > 1e-12 { power /= 10 }
        while power * 10 <= value, power < 1e15 { power *= 10 }
        return power
    }

    static func power(_ decimals: Int) -> Double {
        var result = 1.0
        for _ in 0..<decimals { result *= 10 }
        return result
    }
}
