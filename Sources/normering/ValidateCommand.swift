import ArgumentParser
import Foundation
import NormeringConfig
import NormeringCore
import NormeringImport
import NormeringReports

/// `normering validate [PATH…]`: imports and validates only; prints every problem, writes nothing.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Import the exports and print every problem found; write nothing.",
        discussion: """
            Each problem is printed on standard output as FILE:LINE:COLUMN: error|warning: message \
            (of one kind in one file, the first 20 and a count of the rest), followed by a one-line \
            tally. Exit status: 0 without errors, 2 with errors (warnings never count).

            Examples:
              normering validate
              normering validate Imports/2025-03 new-export.xml
            """
    )

    @Argument(help: "Export files or folders (searched recursively for *.xml). Default: Imports")
    var paths: [String] = []

    @Option(help: "The configuration file (default: normering.yml in the current folder, if present).")
    var config: String?

    @Option(help: ruleSetHelp)
    var ruleset: String?

    @Option(help: "Files read at the same time (default: one per processor).")
    var workers: Int = ImportOptions.defaultWorkers

    func run() throws {
        // The rule set is read (and a bad one refused) before the exports: it says how many
        // digits a municipality code has, and whether a child's cpr is read.
        var conventions = ExportConventions()
        if config != nil || ruleset != nil {
            conventions = try ConfigurationLoader.resolve(explicitPath: config, ruleSet: ruleset).ruleSet.exports
        }
        let files = try findExports(paths.isEmpty ? ["Imports"] : paths)
        // Period by period: only one period's records are held, whatever the size of the input.
        let reader = Importer(options: ImportOptions(workers: max(1, workers), conventions: conventions)).read(files: files)
        while reader.next() != nil {}
        let result = reader.summary
        var lines = ConsoleDiagnostics.lines(result.diagnostics)
        lines.append(CheckConsole(language: .en, rules: .empty).tally(result))
        FileHandle.standardOutput.write(Data(lines.map { $0 + "\n" }.joined().utf8))
        if result.hasErrors { throw ExitCode(2) }
    }
}
