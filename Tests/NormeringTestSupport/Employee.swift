import NormeringCore

/// One `<employee>` segment of a staffing export, with its leave, competences and lessons.
///
/// An id may come as several segments (a change of hours mid-month): each is its own
/// `Employee` value and counts for its own days.
public struct Employee: Hashable, Sendable {
    public var id: String
    public var role: Role
    public var education: Education
    /// Contracted hours per week, > 0 and ≤ 60.
    public var hours: Double
    /// Employed from (inclusive); `nil`: since before the month.
    public var from: LocalDate?
    /// Employed to (inclusive); `nil`: still employed.
    public var to: LocalDate?
    public var funding: Funding
    public var group: AgeGroup?
    public var leaves: [Leave]
    /// Subjects the teacher is qualified in, as written in the export.
    public var competences: [String]
    public var teaches: [Teaching]

    public init(
        id: String, role: Role, education: Education, hours: Double,
        from: LocalDate? = nil, to: LocalDate? = nil, funding: Funding = .municipal,
        group: AgeGroup? = nil, leaves: [Leave] = [], competences: [String] = [],
        teaches: [Teaching] = []
    ) {
        self.id = id
        self.role = role
        self.education = education
        self.hours = hours
        self.from = from
        self.to = to
        self.funding = funding
        self.group = group
        self.leaves = leaves
        self.competences = competences
        self.teaches = teaches
    }
}

/// `<leave kind from to>`: dates default to the start and end of the month.
public struct Leave: Hashable, Sendable {
    public var kind: LeaveKind
    public var from: LocalDate?
    public var to: LocalDate?

    public init(kind: LeaveKind, from: LocalDate? = nil, to: LocalDate? = nil) {
        self.kind = kind
        self.from = from
        self.to = to
    }
}

/// `<teaches class subject lessons>`: planned lessons a week in one subject for one class.
public struct Teaching: Hashable, Sendable {
    public var classID: String
    public var subject: String
    public var lessons: Int

    public init(classID: String, subject: String, lessons: Int) {
        self.classID = classID
        self.subject = subject
        self.lessons = lessons
    }
}
