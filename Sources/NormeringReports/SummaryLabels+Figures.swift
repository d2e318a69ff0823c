import NormeringCore

extension SummaryLabels {
    /// A band's children per adult, or why there is none: no children, or no staff.
    /// `short` writes a dash instead of the reason (in tables).
    func ratio(_ value: Double?, children: Double, short: Bool = false) -> String {
        if let value { return FigureFormatting.string(value, decimals: 2, decimalMark: decimalMark) }
        if short { return "–" }
        return FigureFormatting.scaledRounded(children, decimals: 2) == 0 ? noChildren : noStaff
    }

    /// The verdict of a minimum-staffing row in words: meets, fails, target met or missed,
    /// not in force.
    func result(_ finding: Finding) -> String {
        switch (finding.status, finding.severity) {
        case (.notInForce, _): return resultNotInForce
        case (.pass, .target): return resultMeetsTarget
        case (.fail, .target): return resultBelowTarget
        case (.pass, _), (.info, _): return resultMeets
        case (.fail, _): return resultFails
        }
    }
}
