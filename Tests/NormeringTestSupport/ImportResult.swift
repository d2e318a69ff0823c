import NormeringCore
import NormeringImport
import NormeringRules

/// What a whole import gave, gathered in a test: the joined records of every period, every
/// problem, and the counts.
public struct ImportResult: Sendable {
    public var dataset: Dataset
    /// Every error and warning, sorted by file (in reading order), line, then the order found.
    public var diagnostics: [Diagnostic]
    public var statistics: ImportStatistics

    public init(dataset: Dataset, diagnostics: [Diagnostic], statistics: ImportStatistics) {
        self.dataset = dataset
        self.diagnostics = diagnostics
        self.statistics = statistics
    }

    /// Whether any input error was found (exit status 2 unless rejects are allowed).
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The problems and counts, without the records.
    public var summary: ImportSummary { ImportSummary(diagnostics: diagnostics, statistics: statistics) }
}

extension Importer {
    /// Runs the import as `check` does (the period reader's loop) and gathers every period's
    /// records: for tests of small inputs.
    public func gather(files: [String], progress: (@Sendable (ImportProgress) -> Void)? = nil) -> ImportResult {
        let reader = read(files: files, progress: progress)
        var months: [InstitutionMonth] = []
        while let period = reader.next() { months += period.months }
        let summary = reader.summary
        return ImportResult(dataset: Dataset(institutionMonths: months), diagnostics: summary.diagnostics,
                            statistics: summary.statistics)
    }
}

extension RuleEngine {
    /// Both stages over `dataset` as a run does them for one year: each institution-month
    /// measured into a table (`makeTable`, `measure`) and the table evaluated
    /// (`evaluate(table:)`).
    public func runStages(_ dataset: Dataset) -> Evaluation {
        var table = makeTable()
        for month in dataset.institutionMonths { measure(month, into: &table) }
        return evaluate(table: table)
    }
}
