/// School subjects are compared case-insensitively, surrounding blanks ignored.
enum SubjectName {
    /// Without white space (any Unicode white space, by character) at either end.
    static func trimmed(_ subject: String) -> String {
        // Nearly every subject starts and ends with a visible ASCII character: nothing to trim.
        if let first = subject.utf8.first, let last = subject.utf8.last, isVisibleASCII(first), isVisibleASCII(last) {
            return subject
        }
        guard let first = subject.firstIndex(where: { !$0.isWhitespace }),
              let last = subject.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(subject[first...last])
    }

    /// The comparison key: trimmed and case-folded.
    static func key(_ subject: String) -> String {
        let trimmed = trimmed(subject)
        // Most subjects: only ASCII capitals change (æ, ø, å and other letters that are lower
        // case already do not), so lowercasing is A–Z to a–z on the bytes. Anything else that
        // changes when lowercased (Æ, Ø, Å, Σ, İ, …) goes the standard way.
        var hasUpper = false
        for scalar in trimmed.unicodeScalars {
            if scalar.isASCII {
                if scalar.value >= 0x41 && scalar.value <= 0x5A { hasUpper = true }
            } else if scalar.properties.changesWhenLowercased {
                return trimmed.lowercased()
            }
        }
        guard hasUpper else { return trimmed }
        var bytes = Array(trimmed.utf8)
        for index in bytes.indices where bytes[index] >= 0x41 && bytes[index] <= 0x5A { bytes[index] += 32 }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isVisibleASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
}
