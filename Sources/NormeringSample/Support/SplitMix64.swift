/// The generator's only source of randomness: SplitMix64, seeded from the run's seed and
/// the identity of what is drawn (institution, slot, generation, month).
///
/// Every draw is keyed, never sequential across records, so one month (or one file) can
/// be generated without generating the others, and the output never depends on the
/// order in which files are written. Not `SystemRandomNumberGenerator`, not the standard
/// library's `random(in:)` (whose algorithm is not promised to stay the same).
struct SplitMix64 {
    private(set) var state: UInt64

    /// A generator for one keyed stream: `seed` mixed with up to four keys.
    init(_ seed: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0, _ d: UInt64 = 0) {
        var h = SplitMix64.mix(seed ^ 0x6A09_E667_F3BC_C908)
        h = SplitMix64.mix(h ^ (a &* 0x9E37_79B9_7F4A_7C15))
        h = SplitMix64.mix(h ^ (b &* 0xBF58_476D_1CE4_E5B9))
        h = SplitMix64.mix(h ^ (c &* 0x94D0_49BB_1331_11EB))
        h = SplitMix64.mix(h ^ (d &* 0xD6E8_FEB8_6659_FD93))
        state = h
    }

    /// The SplitMix64 finaliser: a bijective 64-bit mix.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// Uniform in `0..<n` (`n > 0`; 0 otherwise), by multiply-high.
    mutating func below(_ n: Int) -> Int {
        guard n > 0 else { return 0 }
        return Int(next().multipliedFullWidth(by: UInt64(n)).high)
    }

    /// Uniform in `lower...upper` (inclusive); `lower` when the range is empty.
    mutating func int(_ lower: Int, _ upper: Int) -> Int {
        guard upper > lower else { return lower }
        return lower + below(upper - lower + 1)
    }

    /// Uniform in `[0, 1)` with 53 bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// `true` with probability `p`.
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// An index drawn with the given integer weights (all ≥ 0, sum > 0).
    mutating func weighted(_ weights: [Int]) -> Int {
        var total = 0
        for w in weights { total += w }
        var r = below(total)
        for (i, w) in weights.enumerated() {
            if r < w { return i }
            r -= w
        }
        return weights.count - 1
    }
}

/// Stream tags: the first key of each kind of draw, so that no two kinds share a stream.
enum Stream {
    static let catalog: UInt64 = 0x01
    static let childSlot: UInt64 = 0x02
    static let child: UInt64 = 0x03
    static let post: UInt64 = 0x04
    static let holder: UInt64 = 0x05
    static let holderEvents: UInt64 = 0x06
    static let monthlyLeave: UInt64 = 0x07
    static let shortSubstitutes: UInt64 = 0x08
    static let classCohort: UInt64 = 0x09
    static let classPupils: UInt64 = 0x0A
    static let teaching: UInt64 = 0x0B
    static let guest: UInt64 = 0x0C
}
