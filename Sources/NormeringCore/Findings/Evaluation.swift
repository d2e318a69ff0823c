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
        self.init(findingsInReportOrder: Self.stablySorted(findings, by: Finding.reportOrder), normering: normering,
                  subjectCoverage: subjectCoverage, presence: presence)
    }

    /// An evaluation whose findings are in report order already (the rule engine sorts them
    /// itself, faster than a sort by `Finding.reportOrder`): they are kept as given, and
    /// checked only in debug builds. The normering rows are sorted as by `init`.
    public init(findingsInReportOrder findings: [Finding], normering: [NormeringRow],
                subjectCoverage: [SubjectCoverage], presence: [InstitutionPresence] = []) {
        assert(findings.indices.dropFirst().allSatisfy { !Finding.reportOrder(findings[$0], findings[$0 - 1]) },
               "findings not in report order")
        self.findings = findings
        self.normering = Self.stablySorted(normering, by: NormeringRow.reportOrder)
        self.subjectCoverage = subjectCoverage
        self.presence = presence
    }

    /// Adds the rows of `later`, an evaluation of later years than every row here (so that
    /// the report order holds without sorting again).
    public mutating func append(contentsOf later: Evaluation) {
        findings += later.findings
        normering += later.normering
        subjectCoverage += later.subjectCoverage
        presence += later.presence
    }

    /// `items` stably sorted; handed back as it is (no copy) when no item precedes the one
    /// before it, which is what a stable sort would leave unchanged.
    static func stablySorted<Item>(_ items: [Item], by precedes: (Item, Item) -> Bool) -> [Item] {
        for index in items.indices.dropFirst() where precedes(items[index], items[index - 1]) {
            return items.sorted(by: precedes)
        }
        return items
    }
}
