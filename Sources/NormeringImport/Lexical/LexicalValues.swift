import NormeringCore

/// The outcome of reading an `xs:decimal`.
enum DecimalValue: Equatable {
    case value(Double)
    /// `37,5`: a decimal comma; `corrected` is the value with a dot (`37.5`).
    case decimalComma(corrected: String)
    case invalid
}

// The lexical forms of export-format.md ("Values", "Strictness"): numbers, dates and
// booleans may have surrounding blanks; no exponent, no hex, no comma.
extension ByteSpan {
    /// `xs:decimal`: an optional sign, digits, an optional dot and digits (`37.` and `.5` too).
    func decimalValue() -> DecimalValue {
        let text = trimmingBlanks()
        if let value = text.strictDecimal() { return .value(value) }
        // One comma where a dot would make a valid decimal: say so, with the corrected value.
        let bytes = UnsafeBufferPointer(start: text.base, count: text.count)
        guard bytes.count(where: { $0 == UInt8(ascii: ",") }) == 1 else { return .invalid }
        let corrected = bytes.map { $0 == UInt8(ascii: ",") ? UInt8(ascii: ".") : $0 }
        let valid = corrected.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            return ByteSpan(base: base, count: buffer.count).strictDecimal() != nil
        }
        return valid ? .decimalComma(corrected: String(decoding: corrected, as: UTF8.self)) : .invalid
    }

    /// The value of an already trimmed `xs:decimal`, or `nil`.
    private func strictDecimal() -> Double? {
        var index = 0
        var negative = false
        if index < count, self[index] == UInt8(ascii: "+") || self[index] == UInt8(ascii: "-") {
            negative = self[index] == UInt8(ascii: "-")
            index += 1
        }
        var mantissa: UInt64 = 0
        var significant = 0
        var fractionDigits = 0
        var integerDigits = 0
        while index < count, ByteSpan.isDigit(self[index]) {
            if mantissa > 0 || self[index] != UInt8(ascii: "0") { significant += 1 }
            if significant <= 18 { mantissa = mantissa &* 10 &+ UInt64(self[index] - UInt8(ascii: "0")) }
            integerDigits += 1
            index += 1
        }
        var fractionSeen = 0
        if index < count, self[index] == UInt8(ascii: ".") {
            index += 1
            while index < count, ByteSpan.isDigit(self[index]) {
                if mantissa > 0 || self[index] != UInt8(ascii: "0") { significant += 1 }
                if significant <= 18 {
                    mantissa = mantissa &* 10 &+ UInt64(self[index] - UInt8(ascii: "0"))
                    fractionDigits += 1
                }
                fractionSeen += 1
                index += 1
            }
        }
        guard index == count, integerDigits + fractionSeen > 0 else { return nil }
        let value: Double
        if significant <= 15, integerDigits <= 15, fractionDigits < ByteSpan.powersOfTen.count {
            // Exact: both operands are exact doubles and the division is correctly rounded.
            value = Double(mantissa) / ByteSpan.powersOfTen[fractionDigits]
        } else {
            value = Double(normalisedDecimalText()) ?? .infinity
        }
        return negative ? -value : value
    }

    /// `37.` → `37.0`, `.5` → `0.5`, sign and blanks kept out: a form `Double(_:)` reads.
    private func normalisedDecimalText() -> String {
        var text = ""
        for index in 0..<count {
            let byte = self[index]
            if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") { continue }
            text.append(Character(Unicode.Scalar(byte)))
        }
        if text.hasPrefix(".") { text = "0" + text }
        if text.hasSuffix(".") { text += "0" }
        return text
    }

    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// `xs:integer`: an optional sign and digits. Values beyond ±10^15 are clamped (they are
    /// out of every range of the format anyway).
    func integerValue() -> Int? {
        let text = trimmingBlanks()
        var index = 0
        var negative = false
        if index < text.count, text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") {
            negative = text[index] == UInt8(ascii: "-")
            index += 1
        }
        let limit = 1_000_000_000_000_000
        var value = 0
        let first = index
        while index < text.count, ByteSpan.isDigit(text[index]) {
            value = min(limit, value * 10 + Int(text[index] - UInt8(ascii: "0")))
            index += 1
        }
        guard index == text.count, index > first else { return nil }
        return negative ? -value : value
    }

    /// `xs:boolean`: `true`, `false`, `1`, `0`.
    func booleanValue() -> Bool? {
        let text = trimmingBlanks()
        if text.equals("true") || text.equals("1") { return true }
        if text.equals("false") || text.equals("0") { return false }
        return nil
    }

    /// `xs:date`: `YYYY-MM-DD`, optionally with a time zone (`Z`, `+01:00`), which is ignored.
    func dateValue() -> LocalDate? {
        let text = trimmingBlanks()
        guard text.count >= 10, let date = text.datePart() else { return nil }
        guard text.isTimeZone(from: 10) else { return nil }
        return date
    }

    /// `xs:dateTime` (the root's `created`): `YYYY-MM-DDThh:mm:ss`, optional fraction and zone.
    func isDateTime() -> Bool {
        let text = trimmingBlanks()
        guard text.count >= 19, text.datePart() != nil, text[10] == UInt8(ascii: "T"),
              let hour = text.twoDigits(at: 11), text[13] == UInt8(ascii: ":"),
              let minute = text.twoDigits(at: 14), text[16] == UInt8(ascii: ":"),
              let second = text.twoDigits(at: 17), minute <= 59, second <= 59 else { return false }
        var index = 19
        var fractionIsZero = true
        if index < text.count, text[index] == UInt8(ascii: ".") {
            index += 1
            let first = index
            while index < text.count, ByteSpan.isDigit(text[index]) {
                if text[index] != UInt8(ascii: "0") { fractionIsZero = false }
                index += 1
            }
            guard index > first else { return false }
        }
        guard hour < 24 || (hour == 24 && minute == 0 && second == 0 && fractionIsZero) else { return false }
        return text.isTimeZone(from: index)
    }

    /// `YYYY-MM` (the root's `period`), surrounding blanks allowed.
    func yearMonthValue() -> YearMonth? {
        let text = trimmingBlanks()
        guard text.count == 7, let year = text.fourDigitYear(), text[4] == UInt8(ascii: "-"),
              let month = text.twoDigits(at: 5) else { return nil }
        return YearMonth(year: year, month: month)
    }

    /// Exactly `count` ASCII digits (a kommunekode: 3; a kommunenummer: 4).
    func isDigits(count digits: Int) -> Bool {
        count == digits && (0..<digits).allSatisfy { ByteSpan.isDigit(self[$0]) }
    }

    // MARK: - Pieces

    /// `YYYY-MM-DD` at the start: a date that exists, year 0001–9999.
    private func datePart() -> LocalDate? {
        guard count >= 10, let year = fourDigitYear(), self[4] == UInt8(ascii: "-"),
              let month = twoDigits(at: 5), self[7] == UInt8(ascii: "-"),
              let day = twoDigits(at: 8) else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    private func fourDigitYear() -> Int? {
        guard count >= 4, let high = twoDigits(at: 0), let low = twoDigits(at: 2) else { return nil }
        let year = high * 100 + low
        return year >= 1 ? year : nil
    }

    private func twoDigits(at index: Int) -> Int? {
        guard index + 1 < count, ByteSpan.isDigit(self[index]), ByteSpan.isDigit(self[index + 1]) else { return nil }
        return Int(self[index] - UInt8(ascii: "0")) * 10 + Int(self[index + 1] - UInt8(ascii: "0"))
    }

    /// Nothing, `Z`, or `±hh:mm` (at most ±14:00) from `index` to the end.
    private func isTimeZone(from index: Int) -> Bool {
        if index == count { return true }
        if index + 1 == count { return self[index] == UInt8(ascii: "Z") }
        guard index + 6 == count, self[index] == UInt8(ascii: "+") || self[index] == UInt8(ascii: "-"),
              let hours = twoDigits(at: index + 1), self[index + 3] == UInt8(ascii: ":"),
              let minutes = twoDigits(at: index + 4) else { return false }
        return minutes <= 59 && (hours < 14 || (hours == 14 && minutes == 0))
    }
}
