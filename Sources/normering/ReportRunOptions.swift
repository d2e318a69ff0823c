import ArgumentParser
import NormeringConfig
import NormeringCore

/// The options `check` and `plan` share: the exports to read, the configuration, where and
/// how the reports are written, and how much is printed.
struct ReportRunOptions: ParsableArguments {
    @Argument(help: "Export files or folders (folders are searched recursively for *.xml). Default: Imports")
    var paths: [String] = []

    @Option(help: "The configuration file (default: normering.yml in the current folder, if present).")
    var config: String?

    @Option(help: ruleSetHelp)
    var ruleset: String?

    @Option(help: "The folder to write the reports to (default: Reports).")
    var output: String?

    @Option(help: "Comma-separated report formats: csv, text, json (check only), html (default: csv,text).")
    var format: String?

    @Option(name: .customLong("csv-dialect"), help: "rfc4180 or excel-da.")
    var csvDialect: CSVDialect?

    @Option(help: "Language of the reports and of what is printed: en or da.")
    var language: ReportLanguage?

    @Flag(name: .customLong("allow-rejects"), help: "Let the figures decide the exit status even when the input had errors.")
    var allowRejects = false

    @Flag(help: "Print nothing but problems, and a last line on standard error when the exit status is not 0.")
    var quiet = false

    /// The configuration file's settings (or the defaults) with these options laid over
    /// them: the command line wins.
    func settings() throws -> Configuration {
        var settings = try ConfigurationLoader.resolve(explicitPath: config, ruleSet: ruleset)
        if let output { settings.reports = output }
        if let csvDialect { settings.csvDialect = csvDialect }
        if let language { settings.language = language }
        if allowRejects { settings.allowRejects = true }
        if let format { settings.formats = try ReportFormat.parseList(format) }
        return settings
    }

    /// The paths given, or the configuration's `imports` folder.
    func inputs(_ settings: Configuration) -> [String] {
        paths.isEmpty ? [settings.imports] : paths
    }

    /// Prints `lines` and then `exitLine` (which explains an exit status other than 0) on
    /// standard output; with `--quiet`, only `exitLine`, on standard error.
    func say(_ lines: [String], exitLine: String?) {
        if quiet {
            if let exitLine { Terminal.error(exitLine) }
        } else {
            print((lines + (exitLine.map { [$0] } ?? [])).joined(separator: "\n"))
        }
    }
}
