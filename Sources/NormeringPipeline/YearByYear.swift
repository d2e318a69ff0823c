import NormeringCore
import NormeringReports
import NormeringRules

/// What a run keeps of each year's evaluation once the year's rows are written: what
/// summary.txt needs (and, only when report.html is asked for, every normering.csv row) and the
/// run's headline, which the console, summary.txt and the exit status are decided from.
struct YearByYear {
    private var yearly: YearlyReports
    private let settings: ReportSettings
    private var summary: SummaryDigest
    /// Every year's normering.csv rows, kept only for report.html.
    private var normering: [NormeringRow]?
    /// The verdicts, legal requirements not met, total gap and completeness of every year.
    private(set) var headline: Headline

    init(settings: ReportSettings, threads: Int) {
        self.settings = settings
        summary = SummaryDigest(rules: settings.rules)
        headline = Headline(rules: settings.rules)
        yearly = YearlyReports(settings: settings, threads: threads)
        if settings.formats.contains(.html) { normering = [] }
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
        if settings.formats.contains(.text) || settings.formats.contains(.html), !isLast { summary.add(evaluation) }
        normering? += evaluation.normering
        headline.add(evaluation)
    }

    /// The rest of the reports: the year-by-year ones' last rows and closing (to be added to
    /// what was written of them), rejects.csv, summary.txt and report.html.
    func finalReports(importSummary: ImportSummary) -> [ReportFile] {
        let rest = yearly.remainder(after: last ?? Evaluation(findings: [], normering: [], subjectCoverage: []))
        return ReportRenderer.inReportOrder(rest + ReportRenderer.closingReports(
            summary: summary, headline: headline, adding: last, normering: normering, importSummary: importSummary,
            settings: settings))
    }
}
