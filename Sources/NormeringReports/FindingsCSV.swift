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

    /// The file's first bytes: the byte-order mark in `excel-da`, and the header row.
    public static func header(dialect: CSVDialect) -> [UInt8] {
        var csv = CSVWriter(dialect: dialect)
        csv.header(columns)
        return csv.bytes
    }

    /// The rows of `findings` alone, in pieces of about `pieceSize` bytes: a file may be
    /// written as its header followed by the rows of several lists in turn. With `threads` of
    /// 2 or more, that many pieces at a time are rendered at once, one on each thread (the
    /// same bytes, in the same order).
    public static func writeRows(_ findings: [Finding], dialect: CSVDialect, pieceSize: Int = 1 << 20,
                                 threads: Int = 1, to emit: ([UInt8]) -> Void) {
        // Pieces of `rowsPerPiece` rows, `threads` of them rendered at once, then handed on in
        // order: at most that many pieces are held.
        let rowsPerPiece = max(1, pieceSize / bytesPerRow)
        let pieces = (findings.count + rowsPerPiece - 1) / rowsPerPiece
        let threads = max(1, threads)
        var next = 0
        while next < pieces {
            let batch = Array(next..<min(pieces, next + threads))
            let rendered = batch.parallelMap(threads: threads, chunk: 1) { piece in
                let rows = piece * rowsPerPiece..<min(findings.count, (piece + 1) * rowsPerPiece)
                var csv = CSVWriter(dialect: dialect, reservingCapacity: rows.count * 200 + 4096, continuing: true)
                for index in rows { appendRow(findings[index], to: &csv) }
                return csv.takeBytes()
            }
            for bytes in rendered { emit(bytes) }
            next += batch.count
        }
    }

    /// About the bytes of a row, to cut the rows into pieces of about a given size.
    static let bytesPerRow = 140

    private static func appendRow(_ finding: Finding, to csv: inout CSVWriter) {
        csv.period(finding.period)
        csv.text(finding.scope.rawValue)
        csv.text(finding.municipality)
        csv.text(finding.institutionID)
        csv.text(finding.institutionName)
        csv.text(finding.kind?.rawValue ?? "")
        csv.text(finding.ownership?.rawValue ?? "")
        csv.text(finding.district)
        csv.text(finding.unit)
        csv.text(finding.rule.rawValue)
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

}
