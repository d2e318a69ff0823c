import NormeringCore
import NormeringReports

/// The few lines `check` prints when it is done: what was read and written, and the
/// municipality's legal result per year.
struct CheckOutcome {
    let evaluation: Evaluation
    let importSummary: ImportSummary
    let reports: [ReportFile]
    let folder: String

    var text: String {
        var lines = [ValidateCommand.tally(importSummary)]
        for row in evaluation.findings where row.scope == .municipality && row.rule == "minimum-staffing" {
            guard case .year = row.period else { continue }
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
        lines.append("Wrote \(reports.map(\.name).joined(separator: ", ")) to \(folder).")
        return lines.joined(separator: "\n")
    }
}
