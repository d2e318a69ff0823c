import NormeringConfig
import NormeringCore
import NormeringImport
import NormeringReports
import NormeringRules

/// One run of `normering check`, without the terminal: export files in, rendered reports
/// and the exit status out. Files → records → figures → reports, in that one direction.
///
/// Records are held one period at a time: each period's institution-months are reduced to
/// the rules' compact monthly figures as soon as the period is joined, then freed. The
/// figures are held one calendar year at a time: when the periods reach the next year, the
/// year's rules are evaluated, its rows of findings.csv, normering.csv and findings.json are
/// written (`run(files:progress:writingTo:)`), and its figures and findings are freed.
public struct CheckRun: Sendable {
    /// The configuration (rules, formats, dialect, language, failOn, allowRejects).
    public var configuration: Configuration
    /// Limits the run to these months (`--period`, `--year`).
    public var periods: ClosedRange<YearMonth>?
    /// Parallel file readers.
    public var workers: Int
    /// The paths the files were found under, as given: what a run with no data says it
    /// searched.
    public var searched: [String]

    public init(configuration: Configuration = .defaults, periods: ClosedRange<YearMonth>? = nil,
                workers: Int = ImportOptions.defaultWorkers, searched: [String] = []) {
        self.configuration = configuration
        self.periods = periods
        self.workers = workers
        self.searched = searched
    }

    /// What a run produced.
    public struct Outcome: Sendable {
        /// Every problem of the input, and the counts.
        public var importSummary: ImportSummary
        /// Each year's legal annual test, legal requirements not met, total gap and the
        /// completeness of its data: what `check` prints and summary.txt part 1 says.
        public var headline: Headline
        /// The reports of the configured formats not written year by year, rendered when
        /// written: the year-by-year ones' last rows, rejects.csv, summary.txt, report.html.
        public var reports: [ReportFile]
        /// The exit status of rules.md § 4.
        public var status: ExitStatus
        /// Set when the run found nothing to check (exit status 2, no report to write).
        public var noData: NoData?
    }

    /// The report settings of the configuration.
    public var reportSettings: ReportSettings {
        let origin = configuration.origin(of: "costPerFTE").map { "\($0.file):\($0.line)" }
        // A rule set without a cost per FTE (norway until a municipality sets one) states none.
        var cost: CostBasis?
        if configuration.costPerFTE != .none {
            cost = CostBasis(costPerFTE: configuration.costPerFTE, origin: origin,
                             currency: configuration.ruleSet.currency)
        }
        return ReportSettings(rules: configuration.ruleSet.catalog, formats: Set(configuration.formats),
                              dialect: configuration.csvDialect, language: configuration.language, cost: cost)
    }

    /// The reports `run(files:progress:writingTo:)` writes year by year into its draft.
    public var yearlyReportNames: [String] { YearlyReports(settings: reportSettings).fileNames }

    /// Imports `files` (sorted as `ExportFinder` sorts them), applies the rules year by year
    /// and writes the year-by-year reports (`yearlyReportNames`, begun in `draft`) as each
    /// year is done; the other reports are in the outcome, for `draft.commit`. A failed write
    /// stops nothing here: the draft keeps the failure for `commit` to report.
    public func run(files: [String], progress: (@Sendable (ImportProgress) -> Void)? = nil,
                    writingTo draft: ReportDraft) -> Outcome {
        FreedMemory.mapLargeBlocks()
        let emit: (_ name: String, _ bytes: [UInt8]) -> Void = { name, bytes in draft.append(bytes, to: name) }
        let importer = Importer(options: ImportOptions(workers: workers, periods: periods,
                                                       conventions: configuration.ruleSet.exports))
        let engine = RuleEngine(ruleSet: configuration.ruleSet)
        var years = YearByYear(settings: reportSettings, threads: workers)
        years.start(emit)
        var figures = engine.makeTable()
        var figuresYear: Int?
        var texts = TextInterner()
        // Evaluates the figures gathered (one year's), hands the year on and frees them.
        func closeYear(isLast: Bool) {
            FreedMemory.release()  // the last period's records, freed just now
            var measured = engine.makeTable()
            swap(&measured, &figures)
            years.add(engine.evaluate(table: consume measured), isLast: isLast, emit)
            FreedMemory.release()
        }
        // Stage 1 on both cores: each institution-month is measured on its own.
        func measure(_ period: consuming PeriodRecords) {
            guard !period.institutions.isEmpty else { return }
            figuresYear = period.period.year
            engine.measure(period, into: &figures, threads: workers, sharingLabels: &texts)
        }
        let reader = importer.read(files: files, progress: progress)
        while let period = reader.next() {
            measure(consume period)  // its records freed here
            FreedMemory.release()
            // A year is done when the next period is in another year (or there is none);
            // no period's records are held here.
            if let year = figuresYear, reader.upcoming?.year != year {
                closeYear(isLast: reader.upcoming == nil)
                figuresYear = nil
            }
        }
        let summary = reader.summary
        FreedMemory.release()
        let noData = NoData.of(paths: searched, filesFound: files.count, wanted: periods, held: summary.exportPeriods)
        let failures = years.headline.failuresCounting(configuration.failOn)
        let status = noData != nil ? .inputOrUsage
            : ExitStatus.of(anyFailureCounts: failures > 0, inputHadErrors: summary.hasErrors,
                            allowRejects: configuration.allowRejects)
        return Outcome(importSummary: summary, headline: years.headline,
                       reports: noData != nil ? [] : years.finalReports(importSummary: summary), status: status,
                       noData: noData)
    }
}
