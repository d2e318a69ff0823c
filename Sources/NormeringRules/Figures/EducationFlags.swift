import NormeringCore

/// A set of educations as bits. `Set<Education>` hashes an education's raw text at every
/// look-up; stage 1 looks one up for every employee of every month.
public struct EducationFlags: Sendable, Hashable {
    private var bits: UInt8 = 0

    public init(_ educations: some Sequence<Education>) {
        for education in educations { bits |= Self.bit(education) }
    }

    public func contains(_ education: Education) -> Bool {
        bits & Self.bit(education) != 0
    }

    private static func bit(_ education: Education) -> UInt8 {
        switch education {
        case .pedagogue: return 1 << 0
        case .assistant: return 1 << 1
        case .teacher: return 1 << 2
        case .otherPedagogical: return 1 << 3
        case .untrained: return 1 << 4
        }
    }
}
