/// What the rules engine hands on to the reports.
public struct Evaluation: Sendable {
    /// Every finding, in report order.
    public var findings: [Finding]
    /// The daycare staffing table, in report order.
    public var normering: [NormeringRow]
    /// Coverage per school, subject and month, for the text report.
    public var subjectCoverage: [SubjectCoverage]
    /// Every institution-month the rules saw, with its sides of data, in dataset order.
    public var presence: [InstitutionPresence]

    public init(findings: [Finding], normering: [NormeringRow], subjectCoverage: [SubjectCoverage],
                presence: [InstitutionPresence] = []) {
        self.findings = findings.sorted(by: Finding.reportOrder)
        self.normering = normering.sorted(by: NormeringRow.reportOrder)
        self.subjectCoverage = subjectCoverage
        self.presence = presence
    }
}
