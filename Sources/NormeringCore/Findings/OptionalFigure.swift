/// A `Double?` in 8 bytes instead of 16: absence is one NaN bit pattern that arithmetic
/// never produces. Findings hold three optional figures each, and a national year has
/// some 580,000 findings.
///
/// Compares and hashes as the `Double?` it holds (so `0.0 == -0.0`, and NaN equals nothing).
struct OptionalFigure: Hashable, Sendable {
    /// A quiet NaN with a payload of its own, standing for `nil`.
    private static let absent: UInt64 = 0x7FF8_6E6F_6E65_0001
    /// The canonical quiet NaN, stored for a NaN that happens to carry `absent`'s bits.
    private static let canonicalNaN: UInt64 = Double.nan.bitPattern

    private let bits: UInt64

    init(_ value: Double?) {
        guard let value else {
            bits = Self.absent
            return
        }
        bits = value.bitPattern == Self.absent ? Self.canonicalNaN : value.bitPattern
    }

    var value: Double? {
        bits == Self.absent ? nil : Double(bitPattern: bits)
    }

    static func == (a: OptionalFigure, b: OptionalFigure) -> Bool {
        a.value == b.value
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(value)
    }
}
