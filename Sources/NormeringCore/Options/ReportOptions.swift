/// The language of the text and HTML reports.
public enum ReportLanguage: String, Sendable, Codable, CaseIterable {
    case en
    case da
}

/// The CSV dialect (reports-and-cli.md).
public enum CSVDialect: String, Sendable, Codable, CaseIterable {
    /// Comma, dot decimals, UTF-8.
    case rfc4180
    /// Semicolon, decimal comma, UTF-8 with BOM, CRLF, months as `2025M03`.
    case excelDa = "excel-da"
}

/// A report format that `check` can write.
public enum ReportFormat: String, Sendable, Codable, CaseIterable {
    case csv
    case text
    case json
    case html
}

/// Which failing rows make `check` exit with status 1.
public enum FailOn: String, Sendable, Codable, CaseIterable {
    case never
    case legal
    case target
}
