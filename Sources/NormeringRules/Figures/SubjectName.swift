/// School subjects are compared case-insensitively, surrounding blanks ignored.
enum SubjectName {
    static func trimmed(_ subject: String) -> String {
        String(subject.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    /// The comparison key: trimmed and case-folded.
    static func key(_ subject: String) -> String { trimmed(subject).lowercased() }
}
