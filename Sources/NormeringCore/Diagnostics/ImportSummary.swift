/// What the reports need of an import: every problem and the counts, without the records.
public struct ImportSummary: Sendable {
    /// Every error and warning, sorted by file (in reading order), line, then the order found.
    public var diagnostics: [Diagnostic]
    public var statistics: ImportStatistics
    /// Every month an export file names, in ascending order, whether the run read it or
    /// left it out (`--period`, `--year`): what the exports hold.
    public var exportPeriods: [YearMonth]

    public init(diagnostics: [Diagnostic], statistics: ImportStatistics, exportPeriods: [YearMonth] = []) {
        self.diagnostics = diagnostics
        self.statistics = statistics
        self.exportPeriods = exportPeriods
    }

    /// Whether any input error was found (exit status 2 unless rejects are allowed).
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
