/// What the importer hands on: the joined records, every problem, and the counts.
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
