/// How bad a problem in the input is.
public enum DiagnosticSeverity: String, Sendable, Codable, CaseIterable {
    /// The record (or element, or file) is rejected.
    case error
    /// The data is used; the problem is listed.
    case warning
}

/// One problem found in the input: a row of rejects.csv and a line of `normering validate`.
///
/// Messages never contain an unmasked CPR number.
public struct Diagnostic: Hashable, Sendable {
    public var location: SourceLocation
    public var severity: DiagnosticSeverity
    /// Empty for file-level problems.
    public var institutionID: String
    /// The employee, child or class concerned (a child without an id: its masked CPR);
    /// empty for institution- and file-level problems and for `<pupils>`.
    public var recordID: String
    /// What kind of problem this is, for the counts of the summary (e.g. `not-well-formed`,
    /// `missing-attribute`, `overlap`). Stable, English, lowercase with dashes.
    public var code: String
    /// The message for people, without file, position, severity or institution.
    public var message: String

    public init(location: SourceLocation, severity: DiagnosticSeverity, institutionID: String = "",
                recordID: String = "", code: String, message: String) {
        self.location = location
        self.severity = severity
        self.institutionID = institutionID
        self.recordID = recordID
        self.code = code
        self.message = message
    }

    /// `FILE:LINE:COLUMN: error|warning: institution X, record Y: message`, as compilers write.
    public var formatted: String {
        var subject: [String] = []
        if !institutionID.isEmpty { subject.append("institution \(institutionID)") }
        if !recordID.isEmpty { subject.append(recordID) }
        let prefix = subject.isEmpty ? "" : subject.joined(separator: ", ") + ": "
        return "\(location): \(severity.rawValue): \(prefix)\(message)"
    }
}
