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
        of(anyFailureCounts: findings.contains { counts($0, failOn: failOn) }, inputHadErrors: inputHadErrors,
           allowRejects: allowRejects)
    }

    /// The status of a completed check from whether any row that counts failed (as `counts`
    /// tells), for a run that does not keep all its findings.
    public static func of(anyFailureCounts: Bool, inputHadErrors: Bool, allowRejects: Bool) -> ExitStatus {
        if inputHadErrors && !allowRejects { return .inputOrUsage }
        return anyFailureCounts ? .failed : .success
    }

    /// Whether `finding` is a failure that counts under `failOn`.
    public static func counts(_ finding: Finding, failOn: FailOn) -> Bool {
        guard finding.status == .fail else { return false }
        switch failOn {
        case .never: return false
        case .legal: return finding.severity == .legal
        case .target: return finding.severity == .legal || finding.severity == .target
        }
    }
}
