import ArgumentParser
import Foundation
import NormeringConfig
import NormeringCore
import NormeringReports
import NormeringSample

/// `normering`: checks staffing in daycare and schools against the law and local targets.
struct Normering: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normering",
        abstract: "Check minimum staffing (minimumsnormering), trained staff and school rules from XML exports.",
        discussion: """
            Examples:
              normering check                      reads Imports/, writes Reports/
              normering validate Imports/2025-03   checks a month's exports, writes nothing
            Shell completion: normering --generate-completion-script bash (or zsh, fish).
            """,
        version: "1.4.0",
        subcommands: [CheckCommand.self, PlanCommand.self, ValidateCommand.self, RulesCommand.self, SampleCommand.self],
        defaultSubcommand: CheckCommand.self
    )
}

// Exit statuses of rules.md § 4: a usage error is 2 (ArgumentParser's own is 64), an
// unexpected error is an internal error, 3.
do {
    var command = try Normering.parseAsRoot()
    try command.run()
} catch let code as ExitCode {
    exit(code.rawValue)
} catch let error as CLIError {
    Terminal.error("normering: error: \(error.description)")
    exit(ExitStatus.inputOrUsage.rawValue)
} catch let error as ReportWriteError {
    Terminal.error("normering: error: \(error.message)")
    exit(ExitStatus.inputOrUsage.rawValue)
} catch let error as SampleError {
    // `sample` into a folder that cannot be made or written (a file stands there, no permission).
    Terminal.error("normering: error: \(error.description)")
    exit(ExitStatus.inputOrUsage.rawValue)
} catch let error as ConfigurationError {
    // A bad configuration, rule-set or scenario file: FILE:LINE:COLUMN: error: message.
    Terminal.error(error.description)
    exit(ExitStatus.inputOrUsage.rawValue)
} catch {
    let code = Normering.exitCode(for: error)
    if code == .success {
        print(Normering.fullMessage(for: error))
        exit(0)
    } else if code == .validationFailure {
        Terminal.error(Normering.fullMessage(for: error))
        exit(ExitStatus.inputOrUsage.rawValue)
    } else {
        Terminal.error("normering: internal error: \(error)")
        exit(ExitStatus.internalError.rawValue)
    }
}
