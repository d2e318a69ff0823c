import NormeringCore

/// An id written as a prefix and one or two zero-padded numbers ("B01203", "V250301"),
/// composed straight into the output without building a `String`.
struct RecordID {
    let prefix: StaticString
    let a: Int
    let aWidth: Int
    let b: Int
    /// 0: no second number.
    let bWidth: Int

    init(_ prefix: StaticString, _ a: Int, _ aWidth: Int, _ b: Int = 0, _ bWidth: Int = 0) {
        self.prefix = prefix
        self.a = a
        self.aWidth = aWidth
        self.b = b
        self.bWidth = bWidth
    }
}

/// A `<leave>`: kind and inclusive day numbers.
struct LeaveSpan {
    var kind: LeaveKind
    var from: Int
    var to: Int
}

/// A `<teaches>`: index of the class in the month's class list, subject, lessons a week.
struct TeachEntry {
    var classIndex: Int
    var subject: Int
    var lessons: Int
}

/// One `<employee>` segment as it will be written.
struct EmployeeRecord {
    var id: RecordID
    var role: Role
    var education: Education
    /// Weekly hours in tenths (`325` is 32.5).
    var hours: Int
    var from: Int?
    var to: Int?
    var stateFunded = false
    var group: AgeGroup?
    var leaves: [LeaveSpan] = []
    var competences: [Int] = []
    var teaches: [TeachEntry] = []
}

/// One school class of a month.
struct ClassRecord {
    var id: String
    var grade: Int
    var pupils: Int
    var special = false
    var exemption = false
    /// Letter index within the cohort (0 = A); -1 for special classes.
    var letter: Int
}
