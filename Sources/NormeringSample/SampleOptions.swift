import NormeringCore

/// What `SampleGenerator` writes: the size of the fictional municipality, the months, the seed.
///
/// The defaults give the bundled sample year: about 25 daycare institutions, one family
/// daycare, 6 schools and 2 SFOs, twelve months from January 2025, municipality `657`.
public struct SampleOptions: Sendable, Equatable {
    /// Daycare institutions (`kind="daycare"`). Family daycares are added: one per 25.
    public var institutions: Int
    /// Schools (`kind="school"`). SFOs are added: one per 3 schools.
    public var schools: Int
    /// Consecutive months from `start`.
    public var months: Int
    /// The seed: same seed and options, same bytes.
    public var seed: UInt64
    /// The first month written.
    public var start: YearMonth
    /// Kommunekode: three digits.
    public var municipality: String
    /// At most this many institutions in one file; more are split into numbered files.
    public var institutionsPerFile: Int

    /// The default first month, 2025-01.
    public static let defaultStart = YearMonth(year: 2025, month: 1)!  // a constant that exists

    public init(
        institutions: Int = 25, schools: Int = 6, months: Int = 12, seed: UInt64 = 2025,
        start: YearMonth = SampleOptions.defaultStart, municipality: String = "657",
        institutionsPerFile: Int = 250
    ) {
        self.institutions = institutions
        self.schools = schools
        self.months = months
        self.seed = seed
        self.start = start
        self.municipality = municipality
        self.institutionsPerFile = institutionsPerFile
    }

    /// Family daycares (`kind="family-daycare"`): one per 25 daycare institutions, at least one.
    public var familyDaycares: Int { institutions <= 0 ? 0 : max(1, (institutions + 12) / 25) }
    /// SFOs: one per three schools, at least one when there are schools.
    public var sfos: Int { schools <= 0 ? 0 : max(1, schools / 3) }

    /// Throws `SampleError.invalidOption` for a value the generator cannot use.
    public func validate() throws {
        if institutions < 0 || institutions > 99_999 {
            throw SampleError.invalidOption("--institutions must be 0–99999, not \(institutions)")
        }
        if schools < 0 || schools > 99_999 {
            throw SampleError.invalidOption("--schools must be 0–99999, not \(schools)")
        }
        if months < 1 || months > 600 {
            throw SampleError.invalidOption("--months must be 1–600, not \(months)")
        }
        if start.year < 1901 || start.year > 9000 {
            throw SampleError.invalidOption("--start must lie in the years 1901–9000, not \(start)")
        }
        if municipality.utf8.count != 3 || !municipality.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            throw SampleError.invalidOption("the municipality code must be three digits, not \"\(municipality)\"")
        }
        if institutionsPerFile < 1 {
            throw SampleError.invalidOption("institutions per file must be at least 1, not \(institutionsPerFile)")
        }
    }
}

/// Why the sample could not be written.
public enum SampleError: Error, Equatable, CustomStringConvertible {
    /// An option out of range.
    case invalidOption(String)
    /// A file or folder that could not be created or written.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .invalidOption(let message): return message
        case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
        }
    }
}
