import NormeringCore

/// A what-if for `normering plan` (plan.md § 3): school start, intake, hires, leavers and
/// upskilling. Every entry keeps where it stands in its file, so that a check against the
/// base month can name the line and column.
public struct Scenario: Sendable, Hashable {
    /// The file read, or `nil` for no scenario.
    public var file: String?
    /// The first month at school (`schoolStart: {month: 8}`): a child leaves daycare at the
    /// end of the month before, in the calendar year in which it turns 6.
    public var schoolStartMonth: Int = 8
    public var intake: [Intake] = []
    public var hires: [Hire] = []
    public var leavers: [Leaver] = []
    public var upskills: [Upskill] = []

    /// No scenario: the defaults of plan.md.
    public init() {}

    /// Whether the scenario changes anything beyond the defaults.
    public var isEmpty: Bool {
        schoolStartMonth == 8 && intake.isEmpty && hires.isEmpty && leavers.isEmpty && upskills.isEmpty
    }

    /// Where each key of an entry stands (`institution`, `from`, …), and the entry itself (`""`).
    public typealias Locations = [String: SourceLocation]

    /// `intake`: children arriving on the 1st of `month`, full-time; it replaces the default
    /// intake of that institution and month.
    public struct Intake: Sendable, Hashable {
        public var institution: String
        public var month: YearMonth
        public var children: Int
        public var born: LocalDate
        public var locations: Locations

        public init(institution: String, month: YearMonth, children: Int, born: LocalDate, locations: Locations = [:]) {
            self.institution = institution
            self.month = month
            self.children = children
            self.born = born
            self.locations = locations
        }
    }

    /// `hire`: `count` new employees from `from`.
    public struct Hire: Sendable, Hashable {
        public var institution: String
        public var from: LocalDate
        public var count: Int
        public var hours: Double
        public var role: Role
        public var education: Education
        public var locations: Locations

        public init(institution: String, from: LocalDate, count: Int = 1, hours: Double, role: Role,
                    education: Education, locations: Locations = [:]) {
            self.institution = institution
            self.from = from
            self.count = count
            self.hours = hours
            self.role = role
            self.education = education
            self.locations = locations
        }
    }

    /// `leave`: an employee who stops; no segment after the day before `from`.
    public struct Leaver: Sendable, Hashable {
        public var institution: String
        public var employee: String
        public var from: LocalDate
        public var locations: Locations

        public init(institution: String, employee: String, from: LocalDate, locations: Locations = [:]) {
            self.institution = institution
            self.employee = employee
            self.from = from
            self.locations = locations
        }
    }

    /// `upskill`: from `from` the employee's education is `education`.
    public struct Upskill: Sendable, Hashable {
        public var institution: String
        public var employee: String
        public var from: LocalDate
        public var education: Education
        public var locations: Locations

        public init(institution: String, employee: String, from: LocalDate, education: Education,
                    locations: Locations = [:]) {
            self.institution = institution
            self.employee = employee
            self.from = from
            self.education = education
            self.locations = locations
        }
    }
}
