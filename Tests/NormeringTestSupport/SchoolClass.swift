import NormeringCore

/// One `<class>` of a school's enrolment.
public struct SchoolClass: Hashable, Sendable {
    public var id: String
    /// Klassetrin 0–10 (0 = børnehaveklasse).
    public var grade: Int
    public var pupils: Int
    /// A specialklasse: left out of class-size and competence rules.
    public var special: Bool
    /// The municipality has allowed a larger class.
    public var exemption: Bool

    public init(id: String, grade: Int, pupils: Int, special: Bool = false, exemption: Bool = false) {
        self.id = id
        self.grade = grade
        self.pupils = pupils
        self.special = special
        self.exemption = exemption
    }
}

/// `<pupils grade count>` of an SFO's enrolment.
public struct SFOPupils: Hashable, Sendable {
    public var grade: Int
    public var count: Int

    public init(grade: Int, count: Int) {
        self.grade = grade
        self.count = count
    }
}
