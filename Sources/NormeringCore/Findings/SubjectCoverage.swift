/// Competence coverage of one subject at one school in one month, for the text report.
public struct SubjectCoverage: Hashable, Sendable {
    public var period: YearMonth
    public var municipality: String
    public var institutionID: String
    public var institutionName: String
    /// The subject as first written (trimmed); subjects are compared case-insensitively.
    public var subject: String
    /// Lessons a week taught by a teacher with competence in the subject.
    public var coveredLessons: Int
    /// All counted lessons a week in the subject.
    public var totalLessons: Int

    public init(period: YearMonth, municipality: String, institutionID: String, institutionName: String,
                subject: String, coveredLessons: Int, totalLessons: Int) {
        self.period = period
        self.municipality = municipality
        self.institutionID = institutionID
        self.institutionName = institutionName
        self.subject = subject
        self.coveredLessons = coveredLessons
        self.totalLessons = totalLessons
    }

    /// `covered / total`.
    public var coverage: Double { totalLessons == 0 ? 0 : Double(coveredLessons) / Double(totalLessons) }
}
