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

    /// Part 4's counts of an import, in order: the label, whether the count is a part of the
    /// one above it (written indented), and the number.
    func importCounts(_ summary: ImportSummary) -> [(label: String, isPart: Bool, value: Int)] {
        let stats = summary.statistics
        let errorCount = summary.diagnostics.filter { $0.severity == .error }.count
        return [
            (filesRead, false, stats.filesRead), (filesRejected, true, stats.filesRejected),
            (recordsRead, false, stats.recordsRead), (recordsUsed, true, stats.recordsUsed),
            (recordsIgnored, true, stats.recordsIgnored), (recordsRejected, true, stats.recordsRejected),
            (errors, false, errorCount), (warnings, false, summary.diagnostics.count - errorCount),
        ]
    }
}
