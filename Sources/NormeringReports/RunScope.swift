import NormeringCore

/// What a run covers, for the first lines of summary.txt and report.html: its municipalities
/// and its months, from the rows the reports hold.
enum RunScope {
    /// "Municipality 657 · periods 2025-01 to 2025-12 (12 months)", or `nil` with no rows.
    static func line(of evaluation: Evaluation, labels: SummaryLabels) -> String? {
        let municipalities = Set(evaluation.findings.map(\.municipality) + evaluation.normering.map(\.municipality))
            .sorted { $0.codePointPrecedes($1) }
        var months = Set<YearMonth>()
        for finding in evaluation.findings {
            if case .month(let month) = finding.period { months.insert(month) }
        }
        for row in evaluation.normering {
            if case .month(let month) = row.period { months.insert(month) }
        }
        let sorted = months.sorted()
        guard let first = sorted.first, let last = sorted.last, !municipalities.isEmpty else { return nil }
        return labels.municipalities(municipalities.joined(separator: ", "), municipalities.count)
            + " · " + labels.periodRange(first.description, last.description, sorted.count)
    }
}
