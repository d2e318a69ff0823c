import NormeringCore

/// `plan.csv`: normering.csv's columns, then `basis` (actual, forecast or actual+forecast);
/// the same row order, rounding and dialects.
public enum PlanCSV {
    public static let fileName = "plan.csv"

    /// The columns, in order.
    public static let columns = NormeringCSV.columns + ["basis"]

    /// The file's bytes.
    public static func render(_ rows: [PlanRow], dialect: CSVDialect) -> [UInt8] {
        var csv = CSVWriter(dialect: dialect, reservingCapacity: rows.count * 200 + 4096)
        csv.header(columns)
        for row in rows {
            NormeringCSV.writeCells(of: row.row, to: &csv)
            csv.text(row.basis.rawValue)
            csv.endRow()
        }
        return csv.bytes
    }
}

/// The plan's reports of the formats asked for: plan.csv (`csv`), plan.txt (`text`),
/// plan.html (`html`); `json` has no plan report.
public enum PlanReports {
    public static func render(_ report: PlanReport, settings: ReportSettings) -> [ReportFile] {
        var files: [ReportFile] = []
        if settings.formats.contains(.csv) {
            files.append(ReportFile(name: PlanCSV.fileName, bytes: PlanCSV.render(report.rows, dialect: settings.dialect)))
        }
        if settings.formats.contains(.text) {
            files.append(ReportFile(name: PlanText.fileName, bytes: PlanText.render(report, language: settings.language)))
        }
        if settings.formats.contains(.html) {
            files.append(ReportFile(name: PlanHTML.fileName, bytes: PlanHTML.render(report, language: settings.language)))
        }
        return files
    }
}
