/// Records of one kind as columns: one growable array per field, a record being an index
/// into all of them. No record is an object, holds a `String` or an array of its own: ids and
/// subjects are numbers in a `TextTable`, enumerations small integers, dates day numbers
/// (`Day`), and a record's sub-records (an employee's leaves, competences, `<teaches>`) a
/// range of the sub-records' columns.
///
/// `line` and `column` are where the record's start tag stands in its export (the join's
/// messages name them).
public struct EmployeeColumns: Sendable {
    public internal(set) var id: [TextID] = []
    public internal(set) var role: [Role] = []
    public internal(set) var education: [Education] = []
    public internal(set) var hours: [Double] = []
    /// First day employed (`Day.openStart`: since before the month).
    public internal(set) var from: [Int32] = []
    /// Last day employed (`Day.openEnd`: still employed).
    public internal(set) var to: [Int32] = []
    public internal(set) var funding: [Funding] = []
    public internal(set) var group: [AgeGroup?] = []
    /// The end (exclusive) of each employee's leaves, competences and `<teaches>` in their
    /// columns; each starts where the previous employee's ends.
    public internal(set) var leavesEnd: [Int32] = []
    public internal(set) var competencesEnd: [Int32] = []
    public internal(set) var teachesEnd: [Int32] = []
    public internal(set) var line: [Int32] = []
    public internal(set) var column: [Int32] = []

    public init() {}

    public var count: Int { id.count }
}

/// `<leave>` of employees, as columns.
public struct LeaveColumns: Sendable {
    public internal(set) var kind: [LeaveKind] = []
    public internal(set) var from: [Int32] = []
    public internal(set) var to: [Int32] = []
    public init() {}
}

/// `<teaches>` of employees, as columns.
public struct TeachingColumns: Sendable {
    public internal(set) var classID: [TextID] = []
    public internal(set) var subject: [TextID] = []
    public internal(set) var lessons: [Int] = []
    public internal(set) var line: [Int32] = []
    public internal(set) var column: [Int32] = []
    public init() {}
}

/// `<child>` segments, as columns.
public struct ChildColumns: Sendable {
    public internal(set) var id: [TextID] = []
    public internal(set) var birthDate: [Int32] = []
    public internal(set) var from: [Int32] = []
    public internal(set) var to: [Int32] = []
    public internal(set) var place: [PlaceKind] = []
    /// The childminder's employee id (`TextID.none`: none, or not an employee of the period).
    public internal(set) var minder: [TextID] = []
    public internal(set) var line: [Int32] = []
    public internal(set) var column: [Int32] = []
    public init() {}

    public var count: Int { id.count }
}

/// `<class>` of schools, as columns.
public struct ClassColumns: Sendable {
    public internal(set) var id: [TextID] = []
    public internal(set) var grade: [Int8] = []
    public internal(set) var pupils: [Int] = []
    public internal(set) var special: [Bool] = []
    public internal(set) var exemption: [Bool] = []
    public internal(set) var line: [Int32] = []
    public internal(set) var column: [Int32] = []
    public init() {}

    public var count: Int { id.count }
}

/// `<pupils>` of SFOs, as columns.
public struct PupilsColumns: Sendable {
    public internal(set) var grade: [Int8] = []
    public internal(set) var count: [Int] = []
    public init() {}
}

/// Dates as day numbers in 32 bits (days since 1970-01-01), with the open ends of an interval.
public enum Day {
    /// An interval's start that is not given: since before the month.
    public static let openStart = Int32.min
    /// An interval's end that is not given: open-ended.
    public static let openEnd = Int32.max

    /// The day number of `date`.
    @inline(__always)
    public static func number(_ date: LocalDate) -> Int32 { Int32(truncatingIfNeeded: date.dayNumber) }

    /// The day number of `date`, or `open` when there is none.
    @inline(__always)
    public static func number(_ date: LocalDate?, open: Int32) -> Int32 {
        guard let date else { return open }
        return number(date)
    }

    /// The date of a day number, `nil` for an open end.
    @inline(__always)
    public static func date(_ day: Int32) -> LocalDate? {
        day == openStart || day == openEnd ? nil : LocalDate(dayNumber: Int(day))
    }
}
