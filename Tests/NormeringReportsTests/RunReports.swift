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

/// findings.csv of `findings` (in the order given), as a run writes it: the header, then the rows.
func findingsCSV(_ findings: [Finding], dialect: CSVDialect) -> [UInt8] {
    var bytes = FindingsCSV.header(dialect: dialect)
    FindingsCSV.writeRows(findings, dialect: dialect) { bytes += $0 }
    return bytes
}

/// normering.csv of `rows` (in the order given), as a run writes it: the header, then the rows.
func normeringCSV(_ rows: [NormeringRow], dialect: CSVDialect) -> [UInt8] {
    var bytes = NormeringCSV.header(dialect: dialect)
    NormeringCSV.writeRows(rows, dialect: dialect) { bytes += $0 }
    return bytes
}

/// findings.json of `findings` (in the order given), as a run writes it: the opening, the
/// objects, the closing.
func findingsJSON(_ findings: [Finding]) -> [UInt8] {
    var bytes = FindingsJSON.opening
    FindingsJSON.writeObjects(findings, first: true) { bytes += $0 }
    return bytes + FindingsJSON.closing(empty: findings.isEmpty)
}

/// The digest and headline of `evaluation`, gathered as a run gathers its years.
func digestAndHeadline(_ evaluation: Evaluation, rules: RuleCatalog) -> (SummaryDigest, Headline) {
    var digest = SummaryDigest(rules: rules)
    digest.add(evaluation)
    var headline = Headline(rules: rules)
    headline.add(evaluation)
    return (digest, headline)
}

/// summary.txt of `evaluation`, from its digest and headline as a run makes it.
func summaryText(_ evaluation: Evaluation, rules: RuleCatalog, importSummary: ImportSummary,
                 language: ReportLanguage, cost: CostBasis? = nil) -> [UInt8] {
    let (digest, headline) = digestAndHeadline(evaluation, rules: rules)
    return SummaryText.render(digest: digest, headline: headline, importSummary: importSummary, language: language,
                              cost: cost)
}

/// report.html of `evaluation`, from its digest, headline and normering.csv rows as a run makes it.
func htmlReport(_ evaluation: Evaluation, rules: RuleCatalog, importSummary: ImportSummary,
                language: ReportLanguage, cost: CostBasis? = nil) -> [UInt8] {
    let (digest, headline) = digestAndHeadline(evaluation, rules: rules)
    return HTMLReport.render(digest: digest, headline: headline, normering: evaluation.normering,
                             importSummary: importSummary, language: language, cost: cost)
}
