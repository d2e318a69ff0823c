import NormeringCore

/// What to render: formats, CSV dialect and language.
public struct ReportSettings: Hashable, Sendable {
    public var formats: Set<ReportFormat>
    public var dialect: CSVDialect
    public var language: ReportLanguage
    /// The cost per FTE behind the gaps in kroner, stated beside the total gap; `nil` states
    /// none.
    public var cost: CostBasis?
    /// The rules of the run's set: names, unit words and the part each plays in the summary.
    public var rules: RuleCatalog

    /// The defaults of reports-and-cli.md: `csv` and `text`, `rfc4180`, English.
    public init(rules: RuleCatalog, formats: Set<ReportFormat> = [.csv, .text], dialect: CSVDialect = .rfc4180,
                language: ReportLanguage = .en, cost: CostBasis? = nil) {
        self.formats = formats
        self.dialect = dialect
        self.language = language
        self.cost = cost
        self.rules = rules
    }
}

/// Renders the reports of a run: pure, no I/O; the same input gives the same bytes.
public enum ReportRenderer {
    /// Every file name a run can write, for `ReportWriter.write(_:to:removing:)`.
    public static let allFileNames = [
        FindingsCSV.fileName, NormeringCSV.fileName, RejectsCSV.fileName, SummaryText.fileName,
        FindingsJSON.fileName, HTMLReport.fileName,
    ]

    /// The reports made only at the end of a run, rendered when written: rejects.csv (format
    /// `csv`), summary.txt (`text`, from `summary` with `last` added to it, the run's last
    /// evaluation, gathered when it is written, beside the other reports) and report.html
    /// (`html`, with `normering`, the run's normering.csv rows; none when it is `nil`). `headline` is
    /// the whole run's, the last evaluation included.
    public static func closingReports(summary: SummaryDigest, headline: Headline, adding last: Evaluation? = nil,
                                      normering: [NormeringRow]?, importSummary: ImportSummary,
                                      settings: ReportSettings) -> [ReportFile] {
        var files: [ReportFile] = []
        if settings.formats.contains(.csv) {
            files.append(ReportFile(name: RejectsCSV.fileName) { emit in
                emit(RejectsCSV.render(importSummary.diagnostics, dialect: settings.dialect))
            })
        }
        let wantsHTML = settings.formats.contains(.html) && normering != nil
        // The last evaluation is gathered into the digest while the other reports are
        // written; when report.html is wanted too, once here, for both.
        var complete = summary
        if wantsHTML, let last { complete.add(last) }
        if settings.formats.contains(.text) {
            files.append(ReportFile(name: SummaryText.fileName) { [complete] emit in
                var digest = complete
                if !wantsHTML, let last { digest.add(last) }
                emit(SummaryText.render(digest: digest, headline: headline, importSummary: importSummary,
                                        language: settings.language, cost: settings.cost))
            })
        }
        if wantsHTML, let normering {
            files.append(ReportFile(name: HTMLReport.fileName) { [complete] emit in
                emit(HTMLReport.render(digest: complete, headline: headline, normering: normering,
                                       importSummary: importSummary, language: settings.language, cost: settings.cost))
            })
        }
        return files
    }

    /// `files` in the order of `allFileNames` (stable; other names after them).
    public static func inReportOrder(_ files: [ReportFile]) -> [ReportFile] {
        inReportOrder(files, name: \.name)
    }

    /// `items` stably ordered by their names' place in `allFileNames`, other names last.
    static func inReportOrder<Item>(_ items: [Item], name: (Item) -> String) -> [Item] {
        let ranked = items.enumerated().map { (rank: allFileNames.firstIndex(of: name($0.element)) ?? allFileNames.count,
                                               offset: $0.offset, item: $0.element) }
        return ranked.sorted { ($0.rank, $0.offset) < ($1.rank, $1.offset) }.map(\.item)
    }
}
