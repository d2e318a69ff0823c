import NormeringCore

/// A fast CSV writer that appends UTF-8 bytes, in one of the two dialects of
/// reports-and-cli.md.
///
/// - `rfc4180`: comma, dot decimals, UTF-8, CRLF line ends (as the worked example's
///   expected files have them).
/// - `excel-da`: semicolon, decimal comma, UTF-8 with a byte-order mark, CRLF, months
///   written `2025M03`, and a text cell that begins with `=`, `+`, `-`, `@`, a tab or a
///   carriage return gets a leading `'` so that a spreadsheet shows it and never runs it.
///
/// A field is quoted when it holds the separator, a double quote, CR or LF; a quote
/// inside is doubled. Numbers are never quoted nor guarded.
public struct CSVWriter: Sendable {
    public let dialect: CSVDialect
    /// The bytes written so far.
    public private(set) var bytes: [UInt8]

    private let separator: UInt8
    private let decimalMark: UInt8
    private var atRowStart = true

    /// Starts a document; in `excel-da` it begins with the UTF-8 byte-order mark unless
    /// `continuing` (rows added to a document begun elsewhere).
    public init(dialect: CSVDialect, reservingCapacity capacity: Int = 4096, continuing: Bool = false) {
        self.dialect = dialect
        bytes = []
        bytes.reserveCapacity(capacity)
        switch dialect {
        case .rfc4180:
            separator = UInt8(ascii: ",")
            decimalMark = UInt8(ascii: ".")
        case .excelDa:
            separator = UInt8(ascii: ";")
            decimalMark = UInt8(ascii: ",")
            if !continuing { bytes.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        }
    }

    /// The bytes written since the last call (all of them the first time), handed over; the
    /// writer goes on from where it was, keeping its buffer's capacity. Lets a large document
    /// be written out in pieces.
    public mutating func takeBytes() -> [UInt8] {
        let taken = bytes
        bytes.removeAll(keepingCapacity: true)
        return taken
    }

    /// Writes a header row.
    public mutating func header(_ names: [String]) {
        for name in names { text(name) }
        endRow()
    }

    /// Writes a text cell, quoted where needed (and guarded against formulas in `excel-da`).
    public mutating func text(_ value: String) {
        beginField()
        // A native string's bytes in place (no copy of the string to make it mutable).
        if value.utf8.withContiguousStorageIfAvailable({ appendText($0) }) == nil {
            var value = value
            value.withUTF8 { appendText($0) }
        }
    }

    /// Writes a number rounded to `decimals` places; an empty cell for `nil`.
    public mutating func number(_ value: Double?, decimals: Int) {
        beginField()
        if let value {
            FigureFormatting.append(value, decimals: decimals, decimalMark: decimalMark, to: &bytes)
        }
    }

    /// Writes a whole number.
    public mutating func integer(_ value: Int) {
        beginField()
        FigureFormatting.append(integer: value, to: &bytes)
    }

    /// Writes a period: `YYYY` for a year, `YYYY-MM` for a month (`YYYYMmm` in `excel-da`).
    public mutating func period(_ value: ReportPeriod) {
        // Years of four digits (all an export can name) written as bytes: `2025-03`, `2025M03`
        // in the Danish dialect, `2025` for a year; no String is made for them.
        switch value {
        case .month(let month) where (0...9999).contains(month.year):
            beginField()
            appendDigits(month.year, 4)
            bytes.append(dialect == .excelDa ? UInt8(ascii: "M") : UInt8(ascii: "-"))
            appendDigits(month.month, 2)
        case .year(let year) where (0...9999).contains(year):
            beginField()
            appendDigits(year, 4)
        case .month(let month) where dialect == .excelDa:
            text(PeriodText.excelMonth(month))
        default:
            text(value.description)
        }
    }

    /// `value` (0 or more) in `width` decimal digits, zeros in front.
    private mutating func appendDigits(_ value: Int, _ width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor % 10))
            rest %= divisor
            divisor /= 10
        }
    }

    /// Ends the current row with CRLF.
    public mutating func endRow() {
        bytes.append(UInt8(ascii: "\r"))
        bytes.append(UInt8(ascii: "\n"))
        atRowStart = true
    }

    private mutating func beginField() {
        if atRowStart {
            atRowStart = false
        } else {
            bytes.append(separator)
        }
    }

    private mutating func appendText(_ utf8: UnsafeBufferPointer<UInt8>) {
        let quote = UInt8(ascii: "\"")
        let needsQuotes = utf8.contains { $0 == separator || $0 == quote || $0 == 0x0A || $0 == 0x0D }
        let guarded = dialect == .excelDa && utf8.first.map(Self.startsFormula) == true
        if !needsQuotes {
            if guarded { bytes.append(UInt8(ascii: "'")) }
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(quote)
        if guarded { bytes.append(UInt8(ascii: "'")) }
        for byte in utf8 {
            if byte == quote { bytes.append(quote) }
            bytes.append(byte)
        }
        bytes.append(quote)
    }

    private static func startsFormula(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D:
            return true
        default:
            return false
        }
    }
}
