import NormeringConfig
import NormeringCore
import NormeringImport
import NormeringReports
import NormeringRules

/// One run of `normering check`, without the terminal: export files in, rendered reports
/// and the exit status out. Files → records → figures → reports, in that one direction.
public struct CheckRun: Sendable {
    /// The configuration (rules, formats, dialect, language, failOn, allowRejects).
    public var configuration: Configuration
    /// Limits the run to these months (`--period`, `--year`).
    public var periods: ClosedRange<YearMonth>?
    /// Parallel file readers.
    public var workers: Int

    public init(configuration: Configuration = .defaults, periods: ClosedRange<YearMonth>? = nil,
                workers: Int = ImportOptions.defaultWorkers) {
        self.configuration = configuration
        self.periods = periods
        self.workers = workers
    }

    /// What a run produced.
    public struct Outcome: Sendable {
        public var importResult: ImportResult
        public var evaluation: Evaluation
        /// The reports of the configured formats, rendered but not yet written.
        public var reports: [ReportFile]
        /// The exit status of rules.md § 4.
        public var status: ExitStatus
    }

    /// Imports `files` (sorted as `ExportFinder` sorts them), applies the rules and renders
    /// the reports.
    public func run(files: [String], progress: (@Sendable (ImportProgress) -> Void)? = nil) -> Outcome {
        let importer = Importer(options: ImportOptions(workers: workers, periods: periods))
        let imported = importer.run(files: files, progress: progress)
        let evaluation = RuleEngine(ruleSet: configuration.ruleSet).evaluate(imported.dataset)
        let settings = ReportSettings(formats: Set(configuration.formats), dialect: configuration.csvDialect,
                                      language: configuration.language)
        let reports = ReportRenderer.render(evaluation: evaluation, importResult: imported, settings: settings)
        let status = ExitStatus.of(findings: evaluation.findings, inputHadErrors: imported.hasErrors,
                                   allowRejects: configuration.allowRejects, failOn: configuration.failOn)
        return Outcome(importResult: imported, evaluation: evaluation, reports: reports, status: status)
    }
}
