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
            --allow-rejects), 3 on an internal error. The last line printed explains any exit \
            status other than 0.

            Examples:
              normering check
              normering check --year 2025 --language da --format csv,text,html Imports/
              normering check --period 2025-03 --csv-dialect excel-da --output Reports/marts
            """
    )

    @OptionGroup var options: ReportRunOptions

    @Option(help: "Only this month (YYYY-MM).")
    var period: String?

    @Option(help: "Only this year (YYYY).")
    var year: String?

    @Option(name: .customLong("fail-on"), help: "Which failing rows give exit status 1: never, legal, target.")
    var failOn: FailOn?

    func run() throws {
        var settings = try options.settings()
        if let failOn { settings.failOn = failOn }
        let periods = try PeriodFilter.range(period: period, year: year)

        let inputs = options.inputs(settings)
        let files = try findExports(inputs)
        let check = CheckRun(configuration: settings, periods: periods, searched: inputs)
        let console = CheckConsole(language: settings.language, rules: settings.ruleSet.catalog)
        // The output folder is made and tried before the long work: findings.csv, normering.csv
        // and findings.json grow there, in temporary files, a year at a time.
        let draft = try ReportWriter().begin(in: settings.reports, drafting: check.yearlyReportNames)
        let progress = ProgressPrinter.makeIfTerminal(quiet: options.quiet)
        let outcome = check.run(files: files, progress: progress?.update, writingTo: draft)
        progress?.finish()
        for line in ConsoleDiagnostics.lines(outcome.importSummary.diagnostics) { Terminal.error(line) }
        if let noData = outcome.noData {
            // No data is not a pass: nothing is written, the previous reports stay.
            draft.abandon()
            options.say([console.tally(outcome.importSummary)], exitLine: console.exitLine(noData: noData))
            throw ExitCode(outcome.status.rawValue)
        }

        try draft.commit(outcome.reports, removing: ReportRenderer.allFileNames, threads: ImportOptions.defaultWorkers)

        let written = ReportDraft.inReportOrder(check.yearlyReportNames + outcome.reports.map(\.name))
        let lines = console.lines(headline: outcome.headline, importSummary: outcome.importSummary, written: written,
                                  removed: draft.removedLeftovers, folder: settings.reports)
        options.say(lines, exitLine: console.exitLine(headline: outcome.headline, importSummary: outcome.importSummary,
                                              written: written, folder: settings.reports, status: outcome.status,
                                              failOn: settings.failOn))
        if outcome.status != ExitStatus.success { throw ExitCode(outcome.status.rawValue) }
    }
}
