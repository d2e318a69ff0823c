/// A Danish CPR number (personnummer), reduced to what the tool may keep: the birth date,
/// whether it is a replacement number, and its masked form.
///
/// export-format.md, "CPR numbers": `DDMMYYSSSS` or `DDMMYY-SSSS`; the century comes from the
/// 7th digit and `YY`; a replacement number (erstatningspersonnummer) has 60 added to the day;
/// no modulus-11 check. The serial digits are never stored.
public struct CPRNumber: Hashable, Sendable {
    /// The date of birth the number encodes (for a replacement number, with 60 taken off the day).
    public let birthDate: LocalDate
    /// Whether the day was given as 61–91 (erstatningspersonnummer).
    public let isReplacement: Bool
    /// `DDMMYY-****`, the digits as written.
    public let masked: String

    /// Why a value is not a usable CPR number.
    public enum Problem: Error, Hashable, Sendable {
        /// Not ten digits with an optional `-` after the sixth.
        case malformed
        /// Of the right form, but its date does not exist (day 32, month 13, 29 February 2023).
        case nonexistentDate
    }

    /// Parses `DDMMYYSSSS` or `DDMMYY-SSSS`, exactly (no blanks).
    public static func parse(_ text: String) -> Result<CPRNumber, Problem> {
        guard let digits = tenDigits(text) else { return .failure(.malformed) }
        let dd = digits[0] * 10 + digits[1]
        let mm = digits[2] * 10 + digits[3]
        let yy = digits[4] * 10 + digits[5]
        let year = century(seventhDigit: digits[6], yy: yy) + yy
        let isReplacement = (61...91).contains(dd)
        let day = isReplacement ? dd - 60 : dd
        guard let date = LocalDate(year: year, month: mm, day: day) else { return .failure(.nonexistentDate) }
        return .success(CPRNumber(birthDate: date, isReplacement: isReplacement, masked: maskedForm(digits)))
    }

    /// Creates a CPR number, or `nil` when `text` is malformed or its date does not exist.
    public init?(_ text: String) {
        guard case .success(let number) = Self.parse(text) else { return nil }
        self = number
    }

    private init(birthDate: LocalDate, isReplacement: Bool, masked: String) {
        self.birthDate = birthDate
        self.isReplacement = isReplacement
        self.masked = masked
    }

    /// The masked form of any value: `DDMMYY-****` (digits as written) when it has the
    /// 10-digit form, whether or not its date exists; anything else `******-****`.
    public static func mask(_ text: String) -> String {
        guard let digits = tenDigits(text) else { return "******-****" }
        return maskedForm(digits)
    }

    /// `text` to be quoted in a message: CPR numbers masked first (`scrub`), then cut to
    /// `limit` characters with "…"; a run of digits the cut ends in is dropped, as it could be
    /// the start of a number. Masking before cutting keeps a number that straddles the cut
    /// from showing in part.
    public static func excerpt(_ text: String, limit: Int) -> String {
        let masked = scrub(text)
        guard masked.count > limit else { return masked }
        var cut = String(masked.prefix(limit))
        while let last = cut.last, last.isASCII, last.isNumber { cut.removeLast() }
        return cut + "…"
    }

    /// Replaces every run of characters with the CPR form inside free text (ten digits, or six,
    /// a dash and four, not part of a longer digit run) by its masked form. For messages that
    /// echo input values: no CPR-shaped number leaves the tool unmasked.
    public static func scrub(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < scalars.count && ("0"..."9").contains(scalars[i]) }
        var out = String.UnicodeScalarView()
        var i = 0
        var changed = false
        while i < scalars.count {
            if isDigit(i) && !isDigit(i - 1) {
                var run = i
                while isDigit(run) { run += 1 }
                let length = run - i
                var end = -1
                if length == 10 {
                    end = run
                } else if length == 6, run < scalars.count, scalars[run] == "-" {
                    var tail = run + 1
                    while isDigit(tail) { tail += 1 }
                    if tail - run - 1 == 4 { end = tail }
                }
                if end > 0 {
                    out.append(contentsOf: scalars[i..<(i + 6)])
                    out.append(contentsOf: "-****".unicodeScalars)
                    i = end
                    changed = true
                    continue
                }
                out.append(contentsOf: scalars[i..<run])
                i = run
                continue
            }
            out.append(scalars[i])
            i += 1
        }
        return changed ? String(out) : text
    }

    /// The century of `YY` by the 7th digit: 0–3 → 1900; 4, 9 → 2000 when YY ≤ 36, else 1900;
    /// 5–8 → 2000 when YY ≤ 57, else 1800.
    public static func century(seventhDigit: Int, yy: Int) -> Int {
        switch seventhDigit {
        case 0...3: return 1900
        case 4, 9: return yy <= 36 ? 2000 : 1900
        default: return yy <= 57 ? 2000 : 1800
        }
    }

    /// The ten digit values of a value of the CPR form, else `nil`.
    private static func tenDigits(_ text: String) -> [Int]? {
        var digits: [Int] = []
        digits.reserveCapacity(10)
        var index = 0
        for unit in text.utf8 {
            if index == 6 && unit == UInt8(ascii: "-") && digits.count == 6 {
                index += 1
                continue
            }
            guard unit >= UInt8(ascii: "0"), unit <= UInt8(ascii: "9"), digits.count < 10 else { return nil }
            digits.append(Int(unit - UInt8(ascii: "0")))
            index += 1
        }
        return digits.count == 10 ? digits : nil
    }

    private static func maskedForm(_ digits: [Int]) -> String {
        // `DDMMYY-****` written as bytes (each digit is 0–9): no string per digit.
        String(unsafeUninitializedCapacity: 11) { buffer in
            for index in 0..<6 { buffer[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: digits[index]) }
            buffer[6] = UInt8(ascii: "-")
            for index in 7..<11 { buffer[index] = UInt8(ascii: "*") }
            return 11
        }
    }
}
