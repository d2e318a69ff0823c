import ArgumentParser
import Foundation
import NormeringConfig
import NormeringCore
import NormeringImport
import NormeringPipeline
import NormeringReports
import NormeringRules

/// `normering check [PATH…]`: import, apply the rules, write the reports.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Import the exports, apply the rules and write the reports.",
        discussion: """
            With no path, reads the folder named by `imports` in the config file (default \
            Imports/) and writes the reports to Reports/. Exit status: 0 when no legal rule \
            fails, 1 when one does, 2 on a usage error or when the input had errors (unless \
            --allow-rejects), 3 on an internal error.
            """
    )

    @Argument(help: "Export files or folders (folders are searched recursively for *.xml).")
    var paths: [String] = []

    @Option(help: "The configuration file (default: normering.yml in the current folder, if present).")
    var config: String?

    @Option(help: "The folder to write the reports to (default: Reports).")
    var output: String?

    @Option(help: "Only this month (YYYY-MM).")
    var period: String?

    @Option(help: "Only this year (YYYY).")
    var year: String?

    @Option(help: "Comma-separated report formats: csv, text, json, html (default: csv,text).")
    var format: String?

    @Option(name: .customLong("csv-dialect"), help: "rfc4180 or excel-da.")
    var csvDialect: CSVDialect?

    @Option(help: "Language of the text and HTML reports: en or da.")
    var language: ReportLanguage?

    @Flag(name: .customLong("allow-rejects"), help: "Let the rules decide the exit status even when input had errors.")
    var allowRejects = false

    @Option(name: .customLong("fail-on"), help: "Which failing rows give exit status 1: never, legal, target.")
    var failOn: FailOn?

    @Flag(help: "Print nothing but problems.")
    var quiet = false

    func run() throws {
        var settings = try loadConfiguration(config)
        if let output { settings.reports = output }
        if let csvDialect { settings.csvDialect = csvDialect }
        if let language { settings.language = language }
        if let failOn { settings.failOn = failOn }
        if allowRejects { settings.allowRejects = true }
        if let format { settings.formats = try ReportFormat.parseList(format) }
        let periods = try PeriodFilter.range(period: period, year: year)

        let inputs = paths.isEmpty ? [settings.imports] : paths
        let files = try findExports(inputs)
        let check = CheckRun(configuration: settings, periods: periods)
        // The output folder is made and tried before the long work: findings.csv, normering.csv
        // and findings.json grow there, in temporary files, a year at a time.
        let draft: ReportDraft
        do {
            draft = try ReportWriter().begin(in: settings.reports, drafting: check.yearlyReportNames)
        } catch {
            throw CLIError(error.message)
        }
        let progress = ProgressPrinter.makeIfTerminal(quiet: quiet)
        var onProgress: (@Sendable (ImportProgress) -> Void)?
        if let progress { onProgress = { update in progress.update(update) } }
        let outcome = check.run(files: files, progress: onProgress, writingTo: draft)
        progress?.finish()
        for line in ConsoleDiagnostics.lines(outcome.importSummary.diagnostics) { Terminal.error(line) }
        if outcome.importSummary.statistics.filesRead == 0 {
            let limit = periods.map { " for \($0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound.year)")" } ?? ""
            Terminal.error("normering: warning: no export files\(limit) under \(inputs.joined(separator: ", ")): the reports are empty")
        }

        do {
            try draft.commit(outcome.reports, removing: ReportRenderer.allFileNames, threads: ImportOptions.defaultWorkers)
        } catch {
            throw CLIError(error.message)
        }

        if !quiet {
            let written = ReportDraft.inReportOrder(check.yearlyReportNames + outcome.reports.map(\.name))
            print(CheckOutcome(yearVerdicts: outcome.yearVerdicts, importSummary: outcome.importSummary,
                               reportNames: written, folder: settings.reports).text)
        }
        if outcome.status != ExitStatus.success { throw ExitCode(outcome.status.rawValue) }
    }
}
