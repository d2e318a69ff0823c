import ArgumentParser
import Foundation
import NormeringCore
import NormeringImport

/// The export files under `paths`; a path that does not exist is a usage error.
func findExports(_ paths: [String]) throws -> [String] {
    do {
        return try ExportFinder.find(paths)
    } catch {
        throw CLIError("\(error)")
    }
}

/// `--period YYYY-MM` / `--year YYYY` as a range of months.
enum PeriodFilter {
    static func range(period: String?, year: String?) throws -> ClosedRange<YearMonth>? {
        if period != nil && year != nil { throw ValidationError("give --period or --year, not both") }
        if let period {
            guard let month = YearMonth(period) else {
                throw ValidationError("--period \"\(period)\": write the month as YYYY-MM, e.g. 2025-03")
            }
            return month...month
        }
        if let year {
            guard year.count == 4, let number = Int(year), let first = YearMonth(year: number, month: 1),
                  let last = YearMonth(year: number, month: 12) else {
                throw ValidationError("--year \"\(year)\": write the year as YYYY, e.g. 2025")
            }
            return first...last
        }
        return nil
    }
}

extension ReportFormat {
    /// Parses `csv,text,json,html`.
    static func parseList(_ text: String) throws -> [ReportFormat] {
        try text.split(separator: ",").map { part in
            let name = part.trimmingCharacters(in: .whitespaces)
            guard let format = ReportFormat(rawValue: name) else {
                throw ValidationError("--format: unknown format \"\(name)\"; use csv, text, json or html")
            }
            return format
        }
    }
}

extension CSVDialect: ExpressibleByArgument {}
extension ReportLanguage: ExpressibleByArgument {}
extension FailOn: ExpressibleByArgument {}

/// The help of `--ruleset`.
let ruleSetHelp = ArgumentHelp(
    "The rule set: denmark (the default), norway, or a rule-set file (.yml); wins over ruleset: in the config file.",
    valueName: "name|file")
