import NormeringCore

/// `findings.csv`: one row per rule × scope × period (reports-and-cli.md).
public enum FindingsCSV {
    /// The file name in the output folder.
    public static let fileName = "findings.csv"

    /// The columns, in order.
    public static let columns = [
        "period", "scope", "municipality", "institution_id", "institution_name", "kind", "ownership",
        "district", "unit", "rule", "severity", "status", "value", "threshold", "gap_fte", "gap_cost",
        "months", "source",
    ]

    /// The file's bytes; rows in the order given (the evaluation's report order).
    public static func render(_ findings: [Finding], dialect: CSVDialect) -> [UInt8] {
        var all: [UInt8] = []
        all.reserveCapacity(256 + findings.count * 160)
        write(findings, dialect: dialect) { all.append(contentsOf: $0) }
        return all
    }

    /// The file's bytes, as `render` makes them, handed to `emit` in pieces of about
    /// `pieceSize` bytes: a large file is never held whole.
    public static func write(_ findings: [Finding], dialect: CSVDialect, pieceSize: Int = 1 << 20,
                             to emit: ([UInt8]) -> Void) {
        var csv = CSVWriter(dialect: dialect, reservingCapacity: pieceSize + 4096)
        csv.header(columns)
        for finding in findings {
            if csv.bytes.count >= pieceSize { emit(csv.takeBytes()) }
            csv.period(finding.period)
            csv.text(finding.scope.rawValue)
            csv.text(finding.municipality)
            csv.text(finding.institutionID)
            csv.text(finding.institutionName)
            csv.text(finding.kind?.rawValue ?? "")
            csv.text(finding.ownership?.rawValue ?? "")
            csv.text(finding.district)
            csv.text(finding.unit)
            csv.text(finding.rule)
            csv.text(finding.severity.rawValue)
            csv.text(finding.status.rawValue)
            csv.number(finding.value, decimals: finding.valueFormat.decimals)
            csv.number(finding.threshold, decimals: finding.valueFormat.decimals)
            csv.number(finding.gapFTE, decimals: FigureFormat.twoDecimals.decimals)
            csv.number(finding.gapCost, decimals: FigureFormat.money.decimals)
            csv.integer(finding.months)
            csv.text(finding.source)
            csv.endRow()
        }
        emit(csv.takeBytes())
    }

    /// The report file, rendered while it is written.
    public static func file(_ findings: [Finding], dialect: CSVDialect) -> ReportFile {
        ReportFile(name: fileName) { emit in write(findings, dialect: dialect, to: emit) }
    }
}
