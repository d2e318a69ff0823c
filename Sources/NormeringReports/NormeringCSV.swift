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
        var csv = CSVWriter(dialect: dialect, reservingCapacity: min(pieceSize, rows.count * 200) + 4096,
                            continuing: true)
        for row in rows {
            if csv.bytes.count >= pieceSize { emit(csv.takeBytes()) }
            writeCells(of: row, to: &csv)
            csv.endRow()
        }
        if !csv.bytes.isEmpty { emit(csv.takeBytes()) }
    }

    /// The cells of one row, without ending it (plan.csv adds a column after them).
    static func writeCells(of row: NormeringRow, to writer: inout CSVWriter) {
        let fte = FigureFormat.twoDecimals.decimals
        let share = FigureFormat.share.decimals
        writer.period(row.period)
        writer.text(row.scope.rawValue)
        writer.text(row.municipality)
        writer.text(row.institutionID)
        writer.text(row.institutionName)
        writer.text(row.ownership?.rawValue ?? "")
        writer.text(row.district)
        writer.integer(row.months)
        writer.number(row.childrenUnder3, decimals: fte)
        writer.number(row.childrenOver3, decimals: fte)
        writer.number(row.staff, decimals: fte)
        writer.number(row.required, decimals: fte)
        writer.number(row.gapFTE, decimals: fte)
        writer.number(row.gapCost, decimals: FigureFormat.money.decimals)
        writer.number(row.ratioUnder3, decimals: fte)
        writer.number(row.ratioOver3, decimals: fte)
        writer.number(row.trainedShare, decimals: share)
        writer.number(row.pedagogueShare, decimals: share)
        writer.text(row.status.rawValue)
    }
}
