import NormeringCore
import NormeringReports

/// The reports of a run of one year, made as `check` makes them (`YearByYear`): the
/// year-by-year reports begun (`YearlyReports.start`) and their rest added at the end
/// (`remainder(after:)`), then the closing reports (`ReportRenderer.closingReports`), in
/// report order. Each file's bytes are its whole report.
func runReports(_ evaluation: Evaluation, importSummary: ImportSummary, settings: ReportSettings) -> [ReportFile] {
    let yearly = YearlyReports(settings: settings)
    var begun: [String: [UInt8]] = [:]
    yearly.start { name, bytes in begun[name, default: []] += bytes }
    var headline = Headline(rules: settings.rules)
    headline.add(evaluation)
    let rest = yearly.remainder(after: evaluation).map { file in
        ReportFile(name: file.name, bytes: begun[file.name, default: []] + file.bytes)
    }
    let closing = ReportRenderer.closingReports(
        summary: SummaryDigest(rules: settings.rules), headline: headline, adding: evaluation,
        normering: settings.formats.contains(.html) ? evaluation.normering : nil, importSummary: importSummary,
        settings: settings)
    return ReportRenderer.inReportOrder(rest + closing)
}
