import NormeringCore

/// The charts of report.html, as inline SVG (no `xmlns`: the HTML parser puts an inline
/// `<svg>` in the SVG namespace by itself, and the page names no web address at all).
///
/// Each chart has a `<title>`, axis titles and units, and its figures also in a table
/// beside it. Colours are the Okabe–Ito palette, which colour-blind readers can tell apart,
/// and never the only signal: a month or district below the minimum is also marked ✗.
/// Charts are 400 units wide with 13-unit text, so that on a 420-pixel phone the text
/// stays at about 12 pixels or more; on a wide screen they grow to at most 640 pixels.
/// Coordinates are written with one decimal and a dot, whatever the language.
extension HTMLPageBuilder {
    static let textColour = "#1f2328"
    static let gridColour = "#d8dee4"
    static let staffColour = "#0072b2"
    static let shortColour = "#e69f00"

    /// A coordinate: one decimal, a dot.
    func c(_ value: Double) -> String {
        FigureFormatting.string(value.isFinite ? value : 0, decimals: 1)
    }

    /// The opening of a chart: its size, its title and its font.
    func svgOpening(_ kind: String, width: Double, height: Double, title: String) -> [String] {
        ["<svg class=\"chart \(kind)\" viewBox=\"0 0 \(c(width)) \(c(height))\" role=\"img\" "
            + "font-family=\"system-ui, sans-serif\" font-size=\"13\" fill=\"\(Self.textColour)\">",
         "<title>\(e(title))</title>"]
    }

    /// The value axis's grid lines and labels: vertical lines at `x`, from `start` to `end`.
    func grid(_ axis: ChartAxis, along position: (Double) -> Double, from start: Double, to end: Double) -> [String] {
        axis.ticks.flatMap { tick -> [String] in
            let at = position(tick)
            let stroke = "stroke=\"\(Self.gridColour)\" stroke-width=\"1\""
            let label = e(words.decimal(tick, axis.decimals))
            return ["<line x1=\"\(c(at))\" y1=\"\(c(start))\" x2=\"\(c(at))\" y2=\"\(c(end))\" \(stroke)/>",
                    "<text x=\"\(c(at))\" y=\"\(c(end + 15))\" text-anchor=\"middle\">\(label)</text>"]
        }
    }

    // MARK: The municipality month by month

    /// One municipality's year as a `MonthlyChart`.
    func monthlySVG(_ year: HTMLPageFigures.MunicipalYear) -> [String] {
        let months = year.months.compactMap { row -> MonthlyChart.Month? in
            guard case .month(let month) = row.period else { return nil }
            return MonthlyChart.Month(month: month.month, staff: row.staff, required: row.required,
                                      below: row.status == .fail, forecast: false,
                                      tooltip: "\(month): \(fte(row.staff)) / \(fte(row.required))")
        }
        return MonthlyChart(months: months, title: html.monthlyChartTitle(year.municipality, year.year),
                            axisFTE: html.axisFTE, axisMonth: html.axisMonth, monthNames: html.monthNames,
                            tick: { words.decimal($0, $1) }, patternID: "hatch").svg()
    }

    // MARK: Districts

    /// A municipality's districts in a year: a bar per district (staff FTE; orange and ✗
    /// when below what its institutions require) with a black mark at the required FTE.
    func districtSVG(_ districts: [HTMLPageFigures.District], municipality: String, year: Int) -> [String] {
        let width = 400.0, left = 104.0, right = 14.0, top = 6.0, rowHeight = 26.0
        let height = top + rowHeight * Double(districts.count) + 40
        let peak = districts.map { max(finiteOrZero($0.staff), finiteOrZero($0.required)) }.max() ?? 0
        let axis = ChartAxis(maximum: peak)
        let plotWidth = width - left - right
        let bottom = top + rowHeight * Double(districts.count)
        func x(_ value: Double) -> Double { left + min(max(finiteOrZero(value), 0), axis.top) / axis.top * plotWidth }
        var svg = svgOpening("districts", width: width, height: height,
                             title: html.districtChartTitle(municipality, year))
        svg += grid(axis, along: x, from: top, to: bottom)
        for (index, district) in districts.enumerated() {
            let rowTop = top + Double(index) * rowHeight
            let short = district.margin < 0 && Self.isShort(-district.margin)
            let name = district.name.isEmpty ? html.noDistrict : district.name
            svg.append("<text x=\"\(c(left - 6))\" y=\"\(c(rowTop + 17))\" text-anchor=\"end\">"
                       + "\(e(TextLayout.truncate((short ? "✗ " : "") + name, to: 13)))</text>")
            svg.append("<rect class=\"staff\(short ? " short" : "")\" x=\"\(c(left))\" y=\"\(c(rowTop + 5))\" "
                       + "width=\"\(c(x(district.staff) - left))\" height=\"16\" "
                       + "fill=\"\(short ? Self.shortColour : Self.staffColour)\"><title>\(e(name)): "
                       + "\(fte(district.staff)) / \(fte(district.required))</title></rect>")
            svg.append("<line class=\"required\" x1=\"\(c(x(district.required)))\" y1=\"\(c(rowTop + 1))\" "
                       + "x2=\"\(c(x(district.required)))\" y2=\"\(c(rowTop + 25))\" stroke=\"\(Self.textColour)\" "
                       + "stroke-width=\"3\"/>")
        }
        svg.append("<text x=\"\(c(left + plotWidth / 2))\" y=\"\(c(height - 4))\" text-anchor=\"middle\">"
                   + "\(e(html.axisFTE))</text>")
        svg.append("</svg>")
        return svg
    }

    // MARK: An institution's trend

    /// A small line chart of an institution's months: staff (blue) against required (black,
    /// dashed), a month below the minimum as an orange dot. No text inside; its title gives
    /// every month's figures.
    func sparkline(_ institution: HTMLPageFigures.Institution, title: String) -> String {
        let width = 96.0, height = 28.0
        let months = institution.months.compactMap { row -> (month: Int, row: NormeringRow)? in
            guard case .month(let month) = row.period else { return nil }
            return (month.month, row)
        }
        // From just below the lowest value to just above the highest, so that a change shows.
        let values = months.flatMap { [finiteOrZero($0.row.staff), finiteOrZero($0.row.required)] }
        let highest = values.max() ?? 1, lowest = values.min() ?? 0
        let spread = max(highest - lowest, highest * 0.1, 0.5)
        let floor = max(0, lowest - spread * 0.15), top = floor + spread * 1.3
        func x(_ month: Int) -> Double { 3 + Double(month - 1) * (width - 6) / 11 }
        func y(_ value: Double) -> Double {
            height - 2 - (min(max(finiteOrZero(value), floor), top) - floor) / (top - floor) * (height - 4)
        }
        let staff = months.map { "\(c(x($0.month))),\(c(y($0.row.staff)))" }.joined(separator: " ")
        let required = months.map { "\(c(x($0.month))),\(c(y($0.row.required)))" }.joined(separator: " ")
        let figures = months.map { "\($0.row.period) \(fte($0.row.staff))/\(fte($0.row.required))" }
            .joined(separator: "; ")
        var svg = "<svg class=\"spark\" viewBox=\"0 0 \(c(width)) \(c(height))\" width=\"96\" height=\"28\" role=\"img\">"
            + "<title>\(e(title + ": " + figures))</title>"
            + "<polyline points=\"\(required)\" fill=\"none\" stroke=\"\(Self.textColour)\" stroke-width=\"1.5\" "
            + "stroke-dasharray=\"3 2\"/>"
            + "<polyline points=\"\(staff)\" fill=\"none\" stroke=\"\(Self.staffColour)\" stroke-width=\"2\"/>"
        for (month, row) in months where row.status == .fail {
            svg += "<circle cx=\"\(c(x(month)))\" cy=\"\(c(y(row.staff)))\" r=\"2.5\" fill=\"\(Self.shortColour)\"/>"
        }
        return svg + "</svg>"
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
        let step = magnitude * ([1.0, 2.0, 2.5, 5.0, 10.0].first { magnitude * $0 >= rough } ?? 10)
        self.step = step
        top = (peak / step).rounded(.up) * step
        if top < peak * 1.0001 { top += step }
        decimals = (0..<6).first { places in
            let scaled = step * Self.power(places)
            return abs(scaled - scaled.rounded()) < 1e-6
        } ?? 6
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
