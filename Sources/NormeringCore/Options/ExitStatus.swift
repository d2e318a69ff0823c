/// The exit status of `normering check` (rules.md § 4).
public enum ExitStatus: Int32, Sendable {
    /// No row that counts failed, and the input had no errors.
    case success = 0
    /// A row that counts (by `--fail-on`) failed.
    case failed = 1
    /// A usage error, or the input had errors (unless rejects are allowed). Wins over 1.
    case inputOrUsage = 2
    /// An internal error.
    case internalError = 3

    /// The status of a completed check: 2 when the input had errors and rejects are not
    /// allowed, else 1 when a row of the severity `failOn` names (or a stricter one) failed,
    /// else 0. Warnings never count.
    public static func of(
        findings: [Finding], inputHadErrors: Bool, allowRejects: Bool, failOn: FailOn
    ) -> ExitStatus {
        if inputHadErrors && !allowRejects { return .inputOrUsage }
        let counts: (Severity) -> Bool
        switch failOn {
        case .never: counts = { _ in false }
        case .legal: counts = { $0 == .legal }
        case .target: counts = { $0 == .legal || $0 == .target }
        }
        let failed = findings.contains { $0.status == .fail && counts($0.severity) }
        return failed ? .failed : .success
    }
}
