import NormeringCore

/// `normering.csv`: the daycare staffing table, one row per institution × month,
/// municipality × month, municipality × year and institution × year.
public enum NormeringCSV {
    /// The file name in the output folder.
    public static let fileName = "normering.csv"

    /// The columns, in order.
    public static let columns = [
        "period", "scope", "municipality", "institution_id", "institution_name", "ownership", "district",
        "months", "children_under3_fte", "children_over3_fte", "staff_fte", "required_fte", "gap_fte",
        "gap_cost", "ratio_under3", "ratio_over3", "trained_share", "pedagogue_share", "status",
    ]

    /// The file's bytes; rows in the order given (the evaluation's report order).
    public static func render(_ rows: [NormeringRow], dialect: CSVDialect) -> [UInt8] {
        var bytes = header(dialect: dialect)
        writeRows(rows, dialect: dialect) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// The file's first bytes: the byte-order mark in `excel-da`, and the header row.
    public static func header(dialect: CSVDialect) -> [UInt8] {
        var csv = CSVWriter(dialect: dialect)
        csv.header(columns)
        return csv.bytes
    }

    /// The rows alone, in pieces of about `pieceSize` bytes: a file may be written as its
    /// header followed by the rows of several lists in turn.
    public static func writeRows(_ rows: [NormeringRow], dialect: CSVDialect, pieceSize: Int = 1 << 20,
                                 to emit: ([UInt8]) -> Void) {
        let fte = FigureFormat.twoDecimals.decimals
        let share = FigureFormat.share.decimals
        var csv = CSVWriter(dialect: dialect, reservingCapacity: min(pieceSize, rows.count * 200) + 4096,
                            continuing: true)
        for row in rows {
            if csv.bytes.count >= pieceSize { emit(csv.takeBytes()) }
            csv.period(row.period)
            csv.text(row.scope.rawValue)
            csv.text(row.municipality)
            csv.text(row.institutionID)
            csv.text(row.institutionName)
            csv.text(row.ownership?.rawValue ?? "")
            csv.text(row.district)
            csv.integer(row.months)
            csv.number(row.childrenUnder3, decimals: fte)
            csv.number(row.childrenOver3, decimals: fte)
            csv.number(row.staff, decimals: fte)
            csv.number(row.required, decimals: fte)
            csv.number(row.gapFTE, decimals: fte)
            csv.number(row.gapCost, decimals: FigureFormat.money.decimals)
            csv.number(row.ratioUnder3, decimals: fte)
            csv.number(row.ratioOver3, decimals: fte)
            csv.number(row.trainedShare, decimals: share)
            csv.number(row.pedagogueShare, decimals: share)
            csv.text(row.status.rawValue)
            csv.endRow()
        }
        if !csv.bytes.isEmpty { emit(csv.takeBytes()) }
    }
}
