import NormeringConfig
import NormeringCore
import NormeringImport
import NormeringPlan
import NormeringReports
import NormeringRules

/// One run of `normering plan`, without the terminal: export files and a scenario in,
/// rendered plan reports and the exit status out (plan.md).
///
/// The actual months are imported and measured as `check` measures them, one period at a
/// time; the figures of the latest year are kept. B's daycare records and the last year's
/// intake are kept besides. Then each forecast month is made as records (`Projection`),
/// measured by the same engine, and dropped; each year the horizon touches is evaluated
/// by the same rules, actual and forecast months together.
public struct PlanRun: Sendable {
    public var configuration: Configuration
    public var scenario: Scenario
    /// The last forecast month (`--through`); `nil`: B + 12.
    public var through: YearMonth?
    public var workers: Int

    public init(configuration: Configuration = .defaults, scenario: Scenario = Scenario(), through: YearMonth? = nil,
                workers: Int = ImportOptions.defaultWorkers) {
        self.configuration = configuration
        self.scenario = scenario
        self.through = through
        self.workers = workers
    }

    /// Why a plan could not be made: no report is written then (exit status 2).
    public enum Failure: Error, Sendable, Equatable {
        /// No export month was read.
        case noData
        /// `--through` is not after B.
        case throughNotAfterBase(through: YearMonth, base: YearMonth)
        /// The scenario does not fit the base month.
        case scenario(ConfigurationError)
    }

    /// What a run produced.
    public struct Outcome: Sendable {
        public var importSummary: ImportSummary
        public var report: PlanReport
        /// Legal rows that fail on at least one forecast month.
        public var failingLegalRows: [Finding]
        /// plan.csv, plan.txt, plan.html, as the formats ask.
        public var reports: [ReportFile]
        public var status: ExitStatus
    }

    /// The report names `plan` may write (the others are removed when a run writes fewer).
    public static let allFileNames = [PlanCSV.fileName, PlanText.fileName, PlanHTML.fileName]

    /// Imports `files`, forecasts and evaluates; `Failure` when there is nothing to plan from.
    public func run(files: [String], progress: (@Sendable (ImportProgress) -> Void)? = nil)
        -> Result<Outcome, Failure> {
        FreedMemory.mapLargeBlocks()
        let engine = RuleEngine(ruleSet: configuration.ruleSet)
        let ratioRule = configuration.ruleSet.catalog.headlineRatio
        var figures = engine.makeTable()
        var figuresYear: Int?
        var texts = TextInterner()
        var history = IntakeHistory()
        var baseRecords: [InstitutionMonth] = []
        var baseOtherKinds = 0
        var basePeriod: YearMonth?
        var latest: YearMonth?
        var seenDaycare: [InstitutionKey: (name: String, lastSeen: YearMonth)] = [:]

        func measure(_ period: PeriodRecords) {
            engine.measure(period, into: &figures, threads: workers, sharingLabels: &texts)
        }

        let importer = Importer(options: ImportOptions(workers: workers,
                                                       conventions: configuration.ruleSet.exports))
        // One period's records: into the history, the figures of its year, and (the last
        // period's) the base month's records.
        func take(_ period: consuming PeriodRecords) {
            guard !period.institutions.isEmpty else { return }
            let month = period.period
            let months = period.months
            history.add(months, period: month)
            latest = max(latest ?? month, month)
            if figuresYear != month.year {
                figures = engine.makeTable()  // an earlier year: not touched by the horizon
                figuresYear = month.year
                seenDaycare = [:]
            }
            measure(period)
            baseRecords = months.filter { $0.kind == .daycare }
            baseOtherKinds = months.count - baseRecords.count
            basePeriod = month
        }

        let reader = importer.read(files: files, progress: progress)
        while let period = reader.next() {
            take(consume period)  // its records freed here
            FreedMemory.release()
            guard let next = reader.upcoming else { continue }
            history.note(next)
            latest = max(latest ?? next, next)
            // Not the last period: its records are not B's. Only the names are kept.
            if let period = basePeriod, next.year == period.year {
                for record in baseRecords { seenDaycare[InstitutionKey(record)] = (record.name, period) }
            }
            baseRecords = []
            FreedMemory.release()
        }
        let summary = reader.summary

        guard let baseMonth = latest else { return .failure(.noData) }
        if basePeriod != baseMonth {  // B's files held no institution
            baseRecords = []
            baseOtherKinds = 0
        }
        let last = through ?? baseMonth.adding(months: 12)
        guard last > baseMonth else { return .failure(.throughNotAfterBase(through: last, base: baseMonth)) }
        let base = BaseMonth(month: baseMonth, records: baseRecords, seenEarlier: seenDaycare,
                             otherKinds: baseOtherKinds)
        do {
            try ScenarioCheck.check(scenario, against: base)
        } catch {
            return .failure(.scenario(error))
        }
        let projection = Projection(base: base, scenario: scenario, history: history, through: last)
        baseRecords = []

        // The years the horizon touches: B's year only when B is not its last month.
        var years: [Evaluation] = []
        if figuresYear != baseMonth.next.year {
            figures = engine.makeTable()
            figuresYear = baseMonth.next.year
            FreedMemory.release()
        }
        for month in baseMonth.next.through(last) {
            if month.year != figuresYear {
                var done = engine.makeTable()
                swap(&done, &figures)
                years.append(PlanDigest.reduce(engine.evaluate(table: done), ratioRule: ratioRule))
                figuresYear = month.year
            }
            measure(projection.records(in: month))
        }
        years.append(PlanDigest.reduce(engine.evaluate(table: figures), ratioRule: ratioRule))
        FreedMemory.release()

        let digest = PlanDigest(years: years, ratioRule: ratioRule, baseMonth: baseMonth, through: last,
                                assumptions: assumptions(base: base, projection: projection, years: years),
                                costPerFTE: configuration.costPerFTE)
        let settings = ReportSettings(rules: configuration.ruleSet.catalog, formats: Set(configuration.formats),
                                      dialect: configuration.csvDialect, language: configuration.language)
        let status = ExitStatus.of(anyFailureCounts: !digest.failingLegalRows.isEmpty, inputHadErrors: summary.hasErrors,
                                   allowRejects: configuration.allowRejects)
        return .success(Outcome(importSummary: summary, report: digest.report, failingLegalRows: digest.failingLegalRows,
                                reports: PlanReports.render(digest.report, settings: settings), status: status))
    }

    private func assumptions(base: BaseMonth, projection: Projection, years: [Evaluation]) -> PlanAssumptions {
        var changes: [PlanChange] = []
        for entry in scenario.intake {
            changes.append(.intake(institution: entry.institution, month: entry.month, children: entry.children,
                                   born: entry.born))
        }
        for entry in scenario.hires {
            changes.append(.hire(institution: entry.institution, from: entry.from, count: entry.count,
                                 hours: entry.hours, role: entry.role, education: entry.education))
        }
        for entry in scenario.leavers {
            changes.append(.leave(institution: entry.institution, employee: entry.employee, from: entry.from))
        }
        for entry in scenario.upskills {
            changes.append(.upskill(institution: entry.institution, employee: entry.employee, from: entry.from,
                                    education: entry.education))
        }
        let costYears = Array(Set([base.month.next.year] + projection.intake.map(\.month.year))).sorted()
        let costSource = configuration.origin(of: "costPerFTE") == nil ? nil : configuration.file
        return PlanAssumptions(
            intake: projection.intake, scenarioFile: scenario.file, changes: changes,
            schoolStartMonth: scenario.schoolStartMonth,
            costs: costYears.map { PlanCost(year: $0, amount: configuration.costPerFTE.amount(forYear: $0)) },
            costSource: costSource, notProjected: base.notProjected, otherKindsInBase: base.otherKinds)
    }
}
