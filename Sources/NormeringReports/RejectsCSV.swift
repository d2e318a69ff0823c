import NormeringCore

/// `rejects.csv`: every problem found in the input, one row per error or warning.
/// Written with its header even when there is no problem.
public enum RejectsCSV {
    /// The file name in the output folder.
    public static let fileName = "rejects.csv"

    /// The columns, in order.
    public static let columns = ["file", "line", "column", "severity", "institution_id", "record_id", "message"]

    /// The file's bytes; rows in the order given (the importer sorts them by file, line,
    /// then the order found). CPR numbers that slipped into a record id or a message are
    /// masked here once more.
    public static func render(_ diagnostics: [Diagnostic], dialect: CSVDialect) -> [UInt8] {
        var csv = CSVWriter(dialect: dialect, reservingCapacity: 256 + diagnostics.count * 120)
        csv.header(columns)
        for diagnostic in diagnostics {
            csv.text(diagnostic.location.file)
            csv.integer(diagnostic.location.line)
            csv.integer(diagnostic.location.column)
            csv.text(diagnostic.severity.rawValue)
            csv.text(diagnostic.institutionID)
            csv.text(CPRMasking.mask(diagnostic.recordID))
            csv.text(CPRMasking.mask(diagnostic.message))
            csv.endRow()
        }
        return csv.bytes
    }
}
