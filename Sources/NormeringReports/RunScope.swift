import NormeringCore

/// What a run covers, for the first lines of summary.txt and report.html: its municipalities
/// and its months, from the rows the reports hold (findings and normering rows).
///
/// Gathered one evaluation at a time; it keeps one entry per municipality and per month, so
/// it does not grow with the number of rows.
struct RunScope: Sendable {
    /// Every municipality of a finding or normering row.
    private(set) var municipalities = Set<String>()
    /// Every month of a finding or normering row (year rows add none).
    private(set) var months = Set<YearMonth>()

    /// Adds the municipalities and months of `evaluation`'s rows.
    mutating func add(_ evaluation: Evaluation) {
        // Rows come grouped by period and share their institution columns: a row repeating
        // the one before adds nothing, so the sets are only touched when something changes.
        var lastInstitution: FindingInstitution?
        var lastMonth: YearMonth?
        for finding in evaluation.findings {
            if finding.institution !== lastInstitution {
                lastInstitution = finding.institution
                municipalities.insert(finding.municipality)
            }
            if case .month(let month) = finding.period, month != lastMonth {
                lastMonth = month
                months.insert(month)
            }
        }
        var lastMunicipality: String?
        lastMonth = nil
        for row in evaluation.normering {
            if row.municipality != lastMunicipality {
                lastMunicipality = row.municipality
                municipalities.insert(row.municipality)
            }
            if case .month(let month) = row.period, month != lastMonth {
                lastMonth = month
                months.insert(month)
            }
        }
    }

    /// "Municipality 657 · periods 2025-01 to 2025-12 (12 months)", or `nil` with no rows.
    func line(labels: SummaryLabels) -> String? {
        let sortedMunicipalities = municipalities.sorted { $0.codePointPrecedes($1) }
        let sorted = months.sorted()
        guard let first = sorted.first, let last = sorted.last, !sortedMunicipalities.isEmpty else { return nil }
        return labels.municipalities(sortedMunicipalities.joined(separator: ", "), sortedMunicipalities.count)
            + " · " + labels.periodRange(first.description, last.description, sorted.count)
    }
}
