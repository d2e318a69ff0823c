import NormeringCore
import NormeringReports

/// The few lines `check` prints when it is done: what was read and written, and the
/// municipality's legal result per year.
struct CheckOutcome {
    /// The municipality × year rows of minimum-staffing.
    let yearVerdicts: [Finding]
    let importSummary: ImportSummary
    /// The reports written, in order.
    let reportNames: [String]
    let folder: String

    var text: String {
        var lines = [ValidateCommand.tally(importSummary)]
        for row in yearVerdicts {  // municipality × year rows of minimum-staffing only (CheckRun)
            let verdict: String
            switch row.status {
            case .pass: verdict = "meets the minimum staffing"
            case .fail: verdict = "does NOT meet the minimum staffing"
            case .notInForce: verdict = "minimum staffing not in force"
            case .info: verdict = "minimum staffing"
            }
            lines.append("\(row.period) municipality \(row.municipality): \(verdict) "
                + "(\(row.months) \(row.months == 1 ? "month" : "months"), \(row.severity.rawValue)).")
        }
        lines.append("Wrote \(reportNames.joined(separator: ", ")) to \(folder).")
        return lines.joined(separator: "\n")
    }
}
