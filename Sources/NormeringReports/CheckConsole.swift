import NormeringCore

/// What `normering check` prints when it is done (reports-and-cli.md, "What the run says"):
/// what was read, each year's legal annual test, the legal requirements not met, the
/// reports written, and last a line that explains any exit status other than 0. Built from
/// the run's `Headline`, the same one summary.txt part 1 and the exit status come from.
public struct CheckConsole: Sendable {
    /// Legal requirements not met listed at most before "… and N more".
    public static let listLimit = 10

    public var words: HeadlineWords

    /// The console of a run in `language` under the rule set of `rules`.
    public init(language: ReportLanguage, rules: RuleCatalog) {
        words = HeadlineWords(language, rules: rules)
    }

    /// The lines printed on standard output (without `--quiet`) before the exit line.
    /// `written` are the reports written, in order; `removed` the leftovers of an interrupted
    /// run removed from `folder`.
    public func lines(headline: Headline, importSummary: ImportSummary, written: [String], removed: [String],
                      folder: String) -> [String] {
        var lines = [tally(importSummary)]
        for year in headline.years {
            lines += year.municipalTests.map(words.municipalTest)
        }
        if headline.legalFailureCount > 0 {
            lines.append(words.language == .da ? "Lovkrav, der ikke er opfyldt (\(headline.legalFailureCount)):"
                         : "Legal requirements not met (\(headline.legalFailureCount)):")
            lines += headline.years.flatMap(\.legalFailures).prefix(Self.listLimit).map { "  " + words.notMetLine($0) }
            if headline.legalFailureCount > Self.listLimit {
                lines.append("  " + words.andMore(headline.legalFailureCount - Self.listLimit,
                                                  see: seeFile(written, folder: folder)))
            }
        }
        if let caution = words.caution(headline, importSummary.statistics, seePartFour: false) {
            lines.append(caution)
        }
        if !removed.isEmpty {
            let list = removed.joined(separator: ", ")
            let files = words.count(removed.count, "temporary file", "temporary files",
                                    "midlertidig fil", "midlertidige filer")
            lines.append(words.language == .da ? "Fjernede \(files) fra en afbrudt kørsel: \(list)."
                         : "Removed \(files) left by an interrupted run: \(list).")
        }
        lines.append(wrote(written, to: folder))
        return lines
    }

    /// "Wrote findings.csv, summary.txt to Reports."
    public func wrote(_ names: [String], to folder: String) -> String {
        words.language == .da ? "Skrev \(names.joined(separator: ", ")) i \(folder)."
            : "Wrote \(names.joined(separator: ", ")) to \(folder)."
    }

    /// The line that explains an exit status other than 0 in words; `nil` for 0.
    public func exitLine(headline: Headline, importSummary: ImportSummary, written: [String], folder: String,
                         status: ExitStatus, failOn: FailOn) -> String? {
        let danish = words.language == .da
        let prefix = (danish ? "afslutningsstatus " : "exit status ") + String(status.rawValue) + ": "
        switch status {
        case .success:
            return nil
        case .failed:
            var parts: [String] = []
            if headline.legalFailureCount > 0 {
                parts.append(danish ? "\(headline.legalFailureCount) lovkrav er ikke opfyldt"
                             : words.count(headline.legalFailureCount, "legal requirement", "legal requirements", "lovkrav", "lovkrav")
                             + " not met")
            }
            if failOn == .target, headline.targetFailureCount > 0 {
                parts.append(danish ? "\(headline.targetFailureCount) rækker under et mål"
                             : words.count(headline.targetFailureCount, "row", "rows", "række", "rækker") + " below a target")
            }
            let see = danish ? "se" : "see"
            return prefix + parts.joined(separator: danish ? " og " : " and ") + " (\(see) \(seeFile(written, folder: folder)))"
        case .inputOrUsage:
            let errors = importSummary.diagnostics.filter { $0.severity == .error }.count
            var text = prefix + (danish ? "\(errors) fejl i inddata" : words.count(errors, "error", "errors", "fejl", "fejl")
                                 + " in the input")
            let rejected = importSummary.statistics.recordsRejected
            if rejected > 0 {
                text += ", " + words.count(rejected, "record", "records", "post", "poster") + (danish ? " afvist" : " rejected")
            }
            let rejects = written.contains(RejectsCSV.fileName) ? ReportWriter.join(folder, RejectsCSV.fileName)
                : (danish ? "meddelelserne ovenfor" : "the messages above")
            return text + (danish ? " (se \(rejects); --allow-rejects godtager dem)"
                           : " (see \(rejects); --allow-rejects accepts them)")
        case .internalError:
            return prefix + (danish ? "intern fejl" : "internal error")
        }
    }

    /// The exit line of a run that found nothing to check; no report was written.
    public func exitLine(noData: NoData) -> String {
        let danish = words.language == .da
        let paths = noData.paths.joined(separator: ", ")
        var text = danish ? "afslutningsstatus 2: ingen data" : "exit status 2: no data"
        if let wanted = noData.wanted {
            let whole = wanted.lowerBound.month == 1 && wanted.upperBound.month == 12
                && wanted.lowerBound.year == wanted.upperBound.year
            text += " for " + (whole ? String(wanted.lowerBound.year)
                               : Self.range(wanted.lowerBound, wanted.upperBound, danish: danish))
        }
        if let first = noData.held.first, let last = noData.held.last {
            text += danish ? ": eksporterne under \(paths) dækker \(Self.range(first, last, danish: true))"
                : ": the exports under \(paths) cover \(Self.range(first, last, danish: false))"
        } else {
            text += danish ? ": ingen eksportfil (*.xml) under \(paths)" : ": no export file (*.xml) under \(paths)"
        }
        return text + (danish ? "; ingen rapport er skrevet" : "; no report was written")
    }

    /// `2025-03`, or `2025-01 to 2025-12`.
    static func range(_ first: YearMonth, _ last: YearMonth, danish: Bool) -> String {
        if first == last { return first.description }
        return "\(first) \(danish ? "til" : "to") \(last)"
    }

    /// The report that says most about the failures: summary.txt, else findings.csv, …
    private func seeFile(_ written: [String], folder: String) -> String {
        let name = [SummaryText.fileName, FindingsCSV.fileName, FindingsJSON.fileName, HTMLReport.fileName]
            .first(where: written.contains) ?? SummaryText.fileName
        return ReportWriter.join(folder, name)
    }

    /// `60 files (2.9 MB), 24729 records: 24729 used, 0 ignored, 0 rejected; 0 errors, 0 warnings.`
    public func tally(_ summary: ImportSummary) -> String {
        let statistics = summary.statistics
        let errors = summary.diagnostics.filter { $0.severity == .error }.count
        let warnings = summary.diagnostics.count - errors
        let megabytes = Double(statistics.bytesRead) / 1_000_000
        let size = megabytes >= 0.1 ? words.decimal(megabytes, 1) + " MB"
            : words.count(statistics.bytesRead, "byte", "bytes", "byte", "bytes")
        let files = words.count(statistics.filesRead, "file", "files", "fil", "filer")
        let records = words.count(statistics.recordsRead, "record", "records", "post", "poster")
        let warningCount = words.count(warnings, "warning", "warnings", "advarsel", "advarsler")
        if words.language == .da {
            return "\(files) (\(size)), \(records): \(statistics.recordsUsed) brugt, "
                + "\(statistics.recordsIgnored) ignoreret, \(statistics.recordsRejected) afvist; "
                + "\(errors) fejl, \(warningCount)."
        }
        return "\(files) (\(size)), \(records): \(statistics.recordsUsed) used, "
            + "\(statistics.recordsIgnored) ignored, \(statistics.recordsRejected) rejected; "
            + "\(words.count(errors, "error", "errors", "fejl", "fejl")), \(warningCount)."
    }
}
