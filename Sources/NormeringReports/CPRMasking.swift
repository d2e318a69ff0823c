/// A last line of defence: CPR numbers never appear unmasked in a report.
///
/// The importer masks CPR numbers itself (`DDMMYY-****`); the reports mask any that
/// slipped through in free text: ten digits written `DDMMYY-NNNN`, or `DDMMYYNNNN`
/// whose day (01–31, or 61–91 for a replacement number) and month are plausible,
/// standing alone (no digit right before or after).
enum CPRMasking {
    static func mask(_ text: String) -> String {
        guard text.utf8.count(where: isDigit) >= 10 else { return text }
        let input = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(input.count + 1)
        var index = 0
        while index < input.count {
            if let length = cprLength(in: input, at: index) {
                output.append(contentsOf: input[index..<(index + 6)])
                output.append(contentsOf: "-****".utf8)
                index += length
            } else {
                output.append(input[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The length (10 or 11) of a CPR number starting at `start`, or `nil`.
    private static func cprLength(in bytes: [UInt8], at start: Int) -> Int? {
        guard isDigit(bytes[start]), start == 0 || !isDigit(bytes[start - 1]),
              start + 10 <= bytes.count,
              bytes[start..<(start + 6)].allSatisfy(isDigit) else { return nil }
        let afterDate = start + 6
        let length: Int
        if bytes[afterDate] == UInt8(ascii: "-") {
            guard start + 11 <= bytes.count,
                  bytes[(afterDate + 1)..<(afterDate + 5)].allSatisfy(isDigit) else { return nil }
            length = 11
        } else {
            guard bytes[afterDate..<(afterDate + 4)].allSatisfy(isDigit), plausibleDate(bytes, start) else {
                return nil
            }
            length = 10
        }
        let end = start + length
        guard end == bytes.count || !isDigit(bytes[end]) else { return nil }
        return length
    }

    private static func plausibleDate(_ bytes: [UInt8], _ start: Int) -> Bool {
        let day = Int(bytes[start] - 48) * 10 + Int(bytes[start + 1] - 48)
        let month = Int(bytes[start + 2] - 48) * 10 + Int(bytes[start + 3] - 48)
        return ((1...31).contains(day) || (61...91).contains(day)) && (1...12).contains(month)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}
