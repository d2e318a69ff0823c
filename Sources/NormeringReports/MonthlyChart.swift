import NormeringCore

/// A year's months as an SVG chart: a bar of staff FTE per month (orange and marked ✗ when
/// below the minimum, hatched when forecast) and a black mark at the required FTE, with a
/// title, a value axis named in FTE and a month axis. report.html and plan.html draw their
/// months with it.
///
/// 400 units wide with 13-unit text (see `HTMLPageBuilder`'s charts), Okabe–Ito colours;
/// coordinates with one decimal and a dot, whatever the language.
struct MonthlyChart {
    /// One month's bar.
    struct Month {
        /// 1–12.
        var month: Int
        var staff: Double
        var required: Double
        var below: Bool
        var forecast: Bool
        /// The bar's tooltip.
        var tooltip: String
    }

    var months: [Month]
    var title: String
    var axisFTE: String
    var axisMonth: String
    /// January first.
    var monthNames: [String]
    /// Writes a tick's value with the given decimals, in the page's language.
    var tick: (_ value: Double, _ decimals: Int) -> String
    /// The id of the hatching pattern, unique on the page.
    var patternID: String

    func svg() -> [String] {
        let width = 400.0, left = 52.0, top = 12.0, plotHeight = 150.0, right = 6.0
        let height = top + plotHeight + 44
        let slot = (width - left - right) / 12
        let bottom = top + plotHeight
        let axis = ChartAxis(maximum: months.map { max(finiteOrZero($0.staff), finiteOrZero($0.required)) }.max() ?? 0)
        func y(_ value: Double) -> Double { bottom - min(max(finiteOrZero(value), 0), axis.top) / axis.top * plotHeight }
        let e = HTMLEscaping.text
        var svg = ["<svg class=\"chart monthly\" viewBox=\"0 0 \(c(width)) \(c(height))\" role=\"img\" "
            + "font-family=\"system-ui, sans-serif\" font-size=\"13\" fill=\"\(HTMLPageBuilder.textColour)\">",
                   "<title>\(e(title))</title>"]
        if months.contains(where: \.forecast) {
            svg.append("<defs><pattern id=\"\(patternID)\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
                       + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>"
                       + "<rect width=\"3\" height=\"6\" fill=\"\(HTMLPageBuilder.staffColour)\"/></pattern></defs>")
        }
        for value in axis.ticks {
            let at = y(value)
            svg.append("<line x1=\"\(c(left))\" y1=\"\(c(at))\" x2=\"\(c(width - right))\" y2=\"\(c(at))\" "
                       + "stroke=\"\(HTMLPageBuilder.gridColour)\" stroke-width=\"1\"/>")
            svg.append("<text x=\"\(c(left - 5))\" y=\"\(c(at + 4))\" text-anchor=\"end\">"
                       + "\(e(tick(value, axis.decimals)))</text>")
        }
        svg.append("<text transform=\"translate(12 \(c(top + plotHeight / 2))) rotate(-90)\" text-anchor=\"middle\">"
                   + "\(e(axisFTE))</text>")
        for month in months where (1...12).contains(month.month) {
            let slotLeft = left + Double(month.month - 1) * slot
            let barWidth = slot * 0.6
            let barLeft = slotLeft + (slot - barWidth) / 2
            let barTop = y(month.staff)
            let colour = month.below ? HTMLPageBuilder.shortColour : HTMLPageBuilder.staffColour
            let fill = month.forecast ? "url(#\(patternID))" : colour
            svg.append("<rect class=\"staff\(month.below ? " short" : "")\(month.forecast ? " forecast" : "")\" "
                       + "x=\"\(c(barLeft))\" y=\"\(c(barTop))\" width=\"\(c(barWidth))\" height=\"\(c(bottom - barTop))\" "
                       + "fill=\"\(fill)\"" + (month.forecast ? " stroke=\"\(colour)\"" : "")
                       + "><title>\(e(month.tooltip))</title></rect>")
            svg.append("<line class=\"required\" x1=\"\(c(slotLeft + 2))\" y1=\"\(c(y(month.required)))\" "
                       + "x2=\"\(c(slotLeft + slot - 2))\" y2=\"\(c(y(month.required)))\" "
                       + "stroke=\"\(HTMLPageBuilder.textColour)\" stroke-width=\"3\"/>")
            if month.below {
                svg.append("<text x=\"\(c(slotLeft + slot / 2))\" y=\"\(c(min(barTop, y(month.required)) - 5))\" "
                           + "text-anchor=\"middle\" font-weight=\"bold\">✗</text>")
            }
            svg.append("<text x=\"\(c(slotLeft + slot / 2))\" y=\"\(c(bottom + 16))\" text-anchor=\"middle\""
                       + (month.forecast ? " font-style=\"italic\"" : "") + ">\(e(monthNames[month.month - 1]))</text>")
        }
        svg.append("<text x=\"\(c(left + (width - left - right) / 2))\" y=\"\(c(height - 6))\" "
                   + "text-anchor=\"middle\">\(e(axisMonth))</text>")
        svg.append("</svg>")
        return svg
    }

    /// A coordinate: one decimal, a dot.
    private func c(_ value: Double) -> String {
        FigureFormatting.string(value.isFinite ? value : 0, decimals: 1)
    }
}
