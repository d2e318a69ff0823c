import ArgumentParser
import Foundation
import NormeringCore
import NormeringImport

/// `normering validate [PATH…]`: imports and validates only; prints every problem, writes nothing.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Import the exports and print every problem found; write nothing.",
        discussion: """
            Each problem is printed on standard output as FILE:LINE:COLUMN: error|warning: message \
            (of one kind in one file, the first 20 and a count of the rest), followed by a one-line \
            tally. Exit status: 0 without errors, 2 with errors (warnings never count).
            """
    )

    @Argument(help: "Export files or folders (searched recursively for *.xml). Default: Imports")
    var paths: [String] = []

    @Option(help: "Files read at the same time (default: one per processor).")
    var workers: Int = ImportOptions.defaultWorkers

    func run() throws {
        let files = try findExports(paths.isEmpty ? ["Imports"] : paths)
        // Period by period: only one period's records are held, whatever the size of the input.
        let result = Importer(options: ImportOptions(workers: max(1, workers))).run(files: files) { _ in }
        var output = ""
        for line in ConsoleDiagnostics.lines(result.diagnostics) {
            output += line + "\n"
        }
        output += Self.tally(result) + "\n"
        FileHandle.standardOutput.write(Data(output.utf8))
        if result.hasErrors { throw ExitCode(2) }
    }

    /// `2 files (1.2 MB), 30 records: 28 used, 1 ignored, 1 rejected; 1 error, 2 warnings.`
    static func tally(_ result: ImportSummary) -> String {
        let statistics = result.statistics
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        let warnings = result.diagnostics.count - errors
        let megabytes = Double(statistics.bytesRead) / 1_000_000
        let size = megabytes >= 0.1 ? String(format: "%.1f MB", megabytes) : "\(statistics.bytesRead) bytes"
        return "\(plural(statistics.filesRead, "file")) (\(size)), \(plural(statistics.recordsRead, "record")): "
            + "\(statistics.recordsUsed) used, \(statistics.recordsIgnored) ignored, \(statistics.recordsRejected) rejected; "
            + "\(plural(errors, "error")), \(plural(warnings, "warning"))."
    }

    private static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
