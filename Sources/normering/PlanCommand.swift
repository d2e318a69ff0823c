import ArgumentParser
import Foundation
import NormeringConfig
import NormeringCore
import NormeringImport
import NormeringPipeline
import NormeringReports

/// `normering plan [PATH…]`: forecast the year from the latest month and say what it takes.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Forecast the annual minimum-staffing test from the latest month, and what it takes to pass.",
        discussion: """
            The latest month in the exports (B) is carried forward month by month: staff and \
            leave until their own end, children until their own end or school start, last \
            year's intake replayed, and a scenario's intake, hires, leavers and upskilling. The \
            forecast months go through the same rules as the actual ones. Writes plan.csv, \
            plan.txt (and plan.html with --format html). Exit status: 0 when the forecast meets \
            every legal test, 1 when a legal test resting on a forecast month fails, 2 on bad \
            input or a bad scenario, 3 on an internal error.

            Examples:
              normering plan
              normering plan Imports --scenario hiring.yml --through 2026-12 --language da
            """
    )

    @OptionGroup var options: ReportRunOptions

    @Option(help: "A scenario file (YAML): schoolStart, intake, hire, leave, upskill.")
    var scenario: String?

    @Option(help: "The last forecast month (YYYY-MM; default: 12 months after the latest month in the exports).")
    var through: String?

    func run() throws {
        let settings = try options.settings()
        if options.format != nil, settings.formats.contains(.json) {
            throw ValidationError("--format: plan writes csv, text or html (plan.csv, plan.txt, plan.html)")
        }
        var last: YearMonth?
        if let through {
            guard let month = YearMonth(through) else {
                throw ValidationError("--through \"\(through)\": write the month as YYYY-MM, e.g. 2026-12")
            }
            last = month
        }
        let what = try scenario.map { try ScenarioLoader.load(path: $0) } ?? Scenario()

        let inputs = options.inputs(settings)
        let files = try findExports(inputs)
        let draft = try ReportWriter().begin(in: settings.reports, drafting: [])
        let plan = PlanRun(configuration: settings, scenario: what, through: last)
        let progress = ProgressPrinter.makeIfTerminal(quiet: options.quiet)
        let result = plan.run(files: files, progress: progress?.update)
        progress?.finish()

        let outcome: PlanRun.Outcome
        switch result {
        case .success(let value):
            outcome = value
        case .failure(let failure):
            draft.abandon()
            switch failure {
            case .noData:
                throw CLIError("no export month under \(inputs.joined(separator: ", ")): there is nothing to forecast from")
            case .throughNotAfterBase(let through, let base):
                throw CLIError("--through \(through) is not after the latest month in the exports, \(base): "
                               + "give a month from \(base.next)")
            case .scenario(let error):
                throw error
            }
        }
        for diagnostic in outcome.importSummary.diagnostics { Terminal.error(diagnostic.formatted) }
        for excluded in outcome.report.assumptions.notProjected {
            if case .notInBase(let lastSeen) = excluded.reason {
                Terminal.error("normering: warning: institution \(excluded.institutionID) has no data in the base month "
                               + "\(outcome.report.baseMonth) (last month \(lastSeen)): it is not projected")
            }
        }
        try draft.commit(outcome.reports, removing: PlanRun.allFileNames)

        let explanation = Self.exitExplanation(outcome, folder: settings.reports, language: settings.language)
        let console = CheckConsole(language: settings.language, rules: settings.ruleSet.catalog)
        var lines = [console.tally(outcome.importSummary)]
        lines += PlanText.headline(outcome.report, language: settings.language)
        lines.append(console.wrote(outcome.reports.map(\.name), to: settings.reports))
        options.say(lines, exitLine: explanation)
        if outcome.status != ExitStatus.success { throw ExitCode(outcome.status.rawValue) }
    }

    /// The line that explains a status other than 0, in `language`.
    static func exitExplanation(_ outcome: PlanRun.Outcome, folder: String, language: ReportLanguage) -> String? {
        let danish = language == .da
        switch outcome.status {
        case .success, .internalError:
            return nil
        case .failed:
            let count = outcome.failingLegalRows.count
            let see = "\(folder)/\(PlanText.fileName)"
            return danish ? "afslutningsstatus 1: \(count) lovkrav opfyldes ikke i prognosen (se \(see))"
                : "exit status 1: \(count) legal " + (count == 1 ? "test fails" : "tests fail") + " in the forecast (see \(see))"
        case .inputOrUsage:
            let errors = outcome.importSummary.diagnostics.filter { $0.severity == .error }.count
            return danish ? "afslutningsstatus 2: \(errors) fejl i inddata (--allow-rejects godtager dem)"
                : "exit status 2: \(errors) " + (errors == 1 ? "error" : "errors") + " in the input (--allow-rejects accepts them)"
        }
    }
}
