/// How figures are written in every report (reports-and-cli.md, "Numbers").
///
/// Rounding is half away from zero, and a value within a relative 1e-9 of a decimal tie
/// counts as the tie: binary doubles miss exact ties, so `0.85 × 2 − 1.625`
/// (0.074999…) is written `0.08`. A rounded zero never carries a sign (`0.00`, not `-0.00`).
public enum FigureFormatting {
    /// The relative distance from a decimal tie within which a value counts as the tie.
    public static let tieTolerance = 1e-9

    private static let powersOfTen: [Double] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]
    private static let integerPowersOfTen: [Int64] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]

    /// `value × 10^decimals`, rounded as the reports round; `nil` when `value` is not finite
    /// or too large to be held exactly (beyond 9 × 10^18 once scaled).
    ///
    /// - Parameter decimals: 0 to 6.
    public static func scaledRounded(_ value: Double, decimals: Int) -> Int64? {
        guard value.isFinite else { return nil }
        let places = min(max(decimals, 0), powersOfTen.count - 1)
        let scaled = abs(value) * powersOfTen[places]
        guard scaled < 9.0e18 else { return nil }
        let lower = scaled.rounded(.down)
        let tie = lower + 0.5
        let rounded: Double
        if abs(scaled - tie) <= tieTolerance * tie {
            rounded = lower + 1
        } else {
            rounded = scaled.rounded(.toNearestOrAwayFromZero)
        }
        let magnitude = Int64(rounded)
        return value < 0 ? -magnitude : magnitude
    }

    /// Appends `value` rounded to `decimals` places, with `decimalMark` (an ASCII byte),
    /// as UTF-8. A value that cannot be rounded (not finite, absurdly large) is written
    /// as Swift describes it, so that nothing is lost silently; nothing for NaN.
    public static func append(
        _ value: Double, decimals: Int, decimalMark: UInt8 = UInt8(ascii: "."),
        groupSeparator: [UInt8] = [], to out: inout [UInt8]
    ) {
        guard let scaled = scaledRounded(value, decimals: decimals) else {
            if !value.isNaN { out.append(contentsOf: "\(value)".utf8) }
            return
        }
        let places = min(max(decimals, 0), integerPowersOfTen.count - 1)
        if scaled < 0 { out.append(UInt8(ascii: "-")) }
        let magnitude = scaled.magnitude
        let unit = UInt64(integerPowersOfTen[places])
        appendDigits(magnitude / unit, groupSeparator: groupSeparator, to: &out)
        if places > 0 {
            out.append(decimalMark)
            let fraction = magnitude % unit
            var divisor = unit / 10
            while divisor > 0 {
                out.append(UInt8(ascii: "0") + UInt8((fraction / divisor) % 10))
                divisor /= 10
            }
        }
    }

    /// `value` rounded to `decimals` places as text, with the given decimal mark and an
    /// optional thousands separator (for the text reports).
    public static func string(
        _ value: Double, decimals: Int, decimalMark: Character = ".", groupSeparator: String = ""
    ) -> String {
        var bytes: [UInt8] = []
        append(value, decimals: decimals, decimalMark: decimalMark.asciiValue ?? UInt8(ascii: "."),
               groupSeparator: Array(groupSeparator.utf8), to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends a whole number in decimal digits.
    public static func append(integer: Int, to out: inout [UInt8]) {
        if integer < 0 { out.append(UInt8(ascii: "-")) }
        appendDigits(UInt64(integer.magnitude), groupSeparator: [], to: &out)
    }

    private static func appendDigits(_ number: UInt64, groupSeparator: [UInt8], to out: inout [UInt8]) {
        if number == 0 {
            out.append(UInt8(ascii: "0"))
            return
        }
        // 20 digits and up to 6 separators of up to 4 bytes each fit in 48 bytes.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buffer in
            var end = buffer.count
            var rest = number
            var count = 0
            while rest > 0 {
                if count > 0, count % 3 == 0, !groupSeparator.isEmpty, end >= groupSeparator.count + 1 {
                    for byte in groupSeparator.reversed() {
                        end -= 1
                        buffer[end] = byte
                    }
                }
                guard end > 0 else { break }
                end -= 1
                buffer[end] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            }
            out.append(contentsOf: UnsafeMutableBufferPointer(rebasing: buffer[end...]))
        }
    }
}
