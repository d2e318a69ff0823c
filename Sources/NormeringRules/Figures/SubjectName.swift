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
    static func key(_ subject: String) -> String { trimmed(subject).lowercased() }

    private static func isVisibleASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
}
