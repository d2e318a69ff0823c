import NormeringCore
import NormeringReports
import NormeringRules

/// What a run keeps of each year's evaluation once the year's rows are written: what
/// summary.txt needs (and, only when report.html is asked for, the whole evaluation), the
/// municipality's yearly verdicts and whether any failure counts for the exit status.
struct YearByYear {
    private var yearly: YearlyReports
    private let settings: ReportSettings
    private let failOn: FailOn
    private var summary = SummaryDigest()
    /// Every year's evaluation, kept only for report.html.
    private var whole: Evaluation?
    private(set) var verdicts: [Finding] = []
    private(set) var anyFailureCounts = false
    private static let minimumStaffing = MinimumStaffingRule().id

    init(settings: ReportSettings, failOn: FailOn, threads: Int) {
        self.settings = settings
        self.failOn = failOn
        yearly = YearlyReports(settings: settings, threads: threads)
        if settings.formats.contains(.html) { whole = Evaluation(findings: [], normering: [], subjectCoverage: []) }
    }

    func start(_ emit: (String, [UInt8]) -> Void) {
        yearly.start(emit)
    }

    /// The run's last year, whose rows are written at the end beside the other reports.
    private var last: Evaluation?

    /// One year's evaluation (years in ascending order): its rows written, the rest kept.
    /// The `isLast` year's rows are written at the end, beside the other reports.
    mutating func add(_ evaluation: Evaluation, isLast: Bool, _ emit: (String, [UInt8]) -> Void) {
        if isLast { last = evaluation } else { yearly.add(evaluation, emit) }
        // The last year is gathered for summary.txt while it is written (`finalReports`).
        if settings.formats.contains(.text), !isLast { summary.add(evaluation) }
        whole?.append(contentsOf: evaluation)
        for finding in evaluation.findings where finding.scope == .municipality {
            if finding.rule == Self.minimumStaffing, case .year = finding.period { verdicts.append(finding) }
        }
        if !anyFailureCounts {
            anyFailureCounts = evaluation.findings.contains { ExitStatus.counts($0, failOn: failOn) }
        }
    }

    /// The rest of the reports: the year-by-year ones' last rows and closing (to be added to
    /// what was written of them), rejects.csv, summary.txt and report.html.
    func finalReports(importSummary: ImportSummary) -> [ReportFile] {
        let rest = yearly.remainder(after: last ?? Evaluation(findings: [], normering: [], subjectCoverage: []))
        return ReportRenderer.inReportOrder(rest + ReportRenderer.closingReports(
            summary: summary, adding: last, whole: whole, importSummary: importSummary, settings: settings))
    }
}
