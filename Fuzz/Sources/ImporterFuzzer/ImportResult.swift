import NormeringCore
import NormeringImport

/// What a whole import gave, gathered for the invariants: every period's records, every
/// problem, and the counts (as NormeringTestSupport's, which this package does not build).
struct ImportResult {
    var dataset: Dataset
    var diagnostics: [Diagnostic]
    var statistics: ImportStatistics

    /// Whether any input error was found.
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

extension Importer {
    /// Runs the import as `normering validate` does (the period reader's loop), gathering
    /// every period's records.
    func gather(files: [String]) -> ImportResult {
        let reader = read(files: files)
        var months: [InstitutionMonth] = []
        while let period = reader.next() { months += period.institutionMonths }
        let summary = reader.summary
        return ImportResult(dataset: Dataset(institutionMonths: months), diagnostics: summary.diagnostics,
                            statistics: summary.statistics)
    }
}
