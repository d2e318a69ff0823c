// The enumerated values of export-format.md. Raw values are the exact spellings of the
// exports; they are matched exactly (no case folding, no trimming).

/// `institution/@kind`.
public enum InstitutionKind: String, Sendable, CaseIterable, Codable {
    case daycare
    case familyDaycare = "family-daycare"
    case school
    case sfo
}

/// `institution/@ownership` (default `municipal`).
public enum Ownership: String, Sendable, CaseIterable, Codable {
    case municipal
    case selfGoverning = "self-governing"
    case outsourced
    case pool
    case `private`
    case special

    /// Whether a daycare institution of this ownership is in the municipal
    /// minimum-staffing figure (rules.md § 2).
    public var isInMunicipalFigure: Bool {
        switch self {
        case .municipal, .selfGoverning, .outsourced, .pool: return true
        case .private, .special: return false
        }
    }
}

/// `employee/@role`.
public enum Role: String, Sendable, CaseIterable, Codable {
    case manager
    case areaManager = "area-manager"
    case pedagogical
    case support
    case substitute
    case student
    case teacher
    case other
}

/// `employee/@education`.
public enum Education: String, Sendable, CaseIterable, Codable {
    case pedagogue
    case assistant
    case teacher
    case otherPedagogical = "other-pedagogical"
    case untrained
}

/// `employee/@funding` (default `municipal`).
public enum Funding: String, Sendable, CaseIterable, Codable {
    case municipal
    case stateSocialPool = "state-social-pool"
}

/// `employee/@group`: the age group an employee is assigned to.
public enum AgeGroup: String, Sendable, CaseIterable, Codable {
    case nursery
    case kindergarten
}

/// `leave/@kind`.
public enum LeaveKind: String, Sendable, CaseIterable, Codable {
    case maternity
    case parental
    case unpaid
    case sick
    case vacation
    case other
}

/// `child/@place` (default `full-time`).
public enum PlaceKind: String, Sendable, CaseIterable, Codable {
    case fullTime = "full-time"
    case partTime = "part-time"
}

/// The two kinds of export, told apart by their root element.
public enum ExportKind: String, Sendable, CaseIterable, Codable {
    case staffing
    case enrolment
}
