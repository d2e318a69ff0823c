import NormeringConfig
import NormeringCore
import NormeringImport
import NormeringReports
import NormeringRules

/// One run of `normering check`, without the terminal: export files in, rendered reports
/// and the exit status out. Files → records → figures → reports, in that one direction.
///
/// Records are held one period at a time: each period's institution-months are reduced to
/// the rules' compact monthly figures as soon as the period is joined, then freed.
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
        /// Every problem of the input, and the counts.
        public var importSummary: ImportSummary
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
        let engine = RuleEngine(ruleSet: configuration.ruleSet)
        var figures = engine.makeTable()
        var texts = TextInterner()
        let summary = importer.run(files: files, progress: progress) { period in
            figures.reserveCapacity(additional: period.institutionMonths.count)
            // Stage 1 on both cores: each institution-month is measured on its own.
            let measuredMonths = period.institutionMonths.parallelMap(threads: workers, chunk: 32) {
                engine.monthlyFigures(for: $0)
            }
            for var measured in measuredMonths {
                measured.institution.share(texts.intern(measured.institution.label))
                figures.append(measured)
            }
            FreedMemory.release()
        }
        FreedMemory.release()
        // Handed over whole: stage 2 frees each rule's figures as it goes, and all are freed
        // before the reports are rendered.
        var measured = engine.makeTable()
        swap(&measured, &figures)
        let evaluation = engine.evaluate(table: consume measured)
        FreedMemory.release()
        let settings = ReportSettings(formats: Set(configuration.formats), dialect: configuration.csvDialect,
                                      language: configuration.language)
        let reports = ReportRenderer.render(evaluation: evaluation, importSummary: summary, settings: settings)
        let status = ExitStatus.of(findings: evaluation.findings, inputHadErrors: summary.hasErrors,
                                   allowRejects: configuration.allowRejects, failOn: configuration.failOn)
        return Outcome(importSummary: summary, evaluation: evaluation, reports: reports, status: status)
    }
}
