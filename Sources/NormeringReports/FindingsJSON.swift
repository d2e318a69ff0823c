import NormeringCore

/// `findings.json` (format `json`): the rows of findings.csv as a JSON array of objects
/// with the same keys, in the same order.
///
/// Numbers are JSON numbers written exactly as in the `rfc4180` CSV (same rounding, a dot);
/// a number whose CSV cell is empty is `null`. Text fields are strings (empty where the CSV
/// cell is empty); `period` is always `YYYY-MM` or `YYYY`, whatever the CSV dialect.
/// One object per line, LF line ends: the same input gives the same bytes.
public enum FindingsJSON {
    /// The file name in the output folder.
    public static let fileName = "findings.json"

    /// The file's first bytes.
    public static let opening: [UInt8] = [UInt8(ascii: "[")]

    /// The file's last bytes, after `empty` (no object at all) or after the last object.
    public static func closing(empty: Bool) -> [UInt8] {
        empty ? Array("]\n".utf8) : Array("\n]\n".utf8)
    }

    /// The objects of `findings` alone, each after a comma unless it is the file's `first`:
    /// a file may be written as its opening, the objects of several lists in turn, and its
    /// closing.
    public static func writeObjects(_ findings: [Finding], first: Bool, pieceSize: Int = 1 << 20,
                                    to emit: ([UInt8]) -> Void) {
        var out: [UInt8] = []
        out.reserveCapacity(min(pieceSize, findings.count * 450) + 4096)
        for (index, finding) in findings.enumerated() {
            if out.count >= pieceSize {
                emit(out)
                out.removeAll(keepingCapacity: true)
            }
            if index > 0 || !first { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: "\n  {".utf8)
            var object = JSONObjectWriter()
            object.string("period", finding.period.description, to: &out)
            object.string("scope", finding.scope.rawValue, to: &out)
            object.string("municipality", finding.municipality, to: &out)
            object.string("institution_id", finding.institutionID, to: &out)
            object.string("institution_name", finding.institutionName, to: &out)
            object.string("kind", finding.kind?.rawValue ?? "", to: &out)
            object.string("ownership", finding.ownership?.rawValue ?? "", to: &out)
            object.string("district", finding.district, to: &out)
            object.string("unit", finding.unit, to: &out)
            object.string("rule", finding.rule.rawValue, to: &out)
            object.string("severity", finding.severity.rawValue, to: &out)
            object.string("status", finding.status.rawValue, to: &out)
            object.number("value", finding.value, decimals: finding.valueFormat.decimals, to: &out)
            object.number("threshold", finding.threshold, decimals: finding.valueFormat.decimals, to: &out)
            object.number("gap_fte", finding.gapFTE, decimals: FigureFormat.twoDecimals.decimals, to: &out)
            object.number("gap_cost", finding.gapCost, decimals: FigureFormat.money.decimals, to: &out)
            object.integer("months", finding.months, to: &out)
            object.string("source", finding.source, to: &out)
            out.append(UInt8(ascii: "}"))
        }
        if !out.isEmpty { emit(out) }
    }
}

/// Writes the members of one JSON object (without its braces).
struct JSONObjectWriter {
    private var first = true

    mutating func string(_ key: String, _ value: String, to out: inout [UInt8]) {
        self.key(key, to: &out)
        Self.appendString(value, to: &out)
    }

    /// A number rounded as the CSV rounds it; `null` for `nil` or a value JSON cannot hold.
    mutating func number(_ key: String, _ value: Double?, decimals: Int, to out: inout [UInt8]) {
        self.key(key, to: &out)
        guard let value, FigureFormatting.scaledRounded(value, decimals: decimals) != nil else {
            out.append(contentsOf: "null".utf8)
            return
        }
        FigureFormatting.append(value, decimals: decimals, to: &out)
    }

    mutating func integer(_ key: String, _ value: Int, to out: inout [UInt8]) {
        self.key(key, to: &out)
        FigureFormatting.append(integer: value, to: &out)
    }

    private mutating func key(_ name: String, to out: inout [UInt8]) {
        if first {
            first = false
        } else {
            out.append(UInt8(ascii: ","))
            out.append(UInt8(ascii: " "))
        }
        // Keys are plain ASCII names: no escaping needed.
        out.append(UInt8(ascii: "\""))
        out.append(contentsOf: name.utf8)
        out.append(UInt8(ascii: "\""))
        out.append(UInt8(ascii: ":"))
        out.append(UInt8(ascii: " "))
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\n`, `\r`, `\t` or
    /// `\u00XX`; everything else as UTF-8.
    static func appendString(_ value: String, to out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [92, UInt8(ascii: "\"")])
            case 92: out.append(contentsOf: [92, 92])
            case 0x0A: out.append(contentsOf: [92, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [92, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [92, UInt8(ascii: "t")])
            case 0..<0x20:
                out.append(contentsOf: Array("\\u00".utf8))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
