import Foundation

/// SplitMix64: a small seeded generator for the tests, so every run tests the same cases and
/// a failing case can be repeated from its seed.
public struct SeededGenerator: RandomNumberGenerator {
    public var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A unique name for a temporary folder, without digits: a UUID's digits could form a
/// CPR-shaped run, which messages mask, and a test comparing a message with the path would
/// fail once in a while.
public func uniqueName(_ prefix: String) -> String {
    prefix + "-" + String(UUID().uuidString.unicodeScalars.map { scalar in
        guard let digit = Int(String(scalar)) else { return Character(scalar) }
        return Character(UnicodeScalar(UInt8(ascii: "g") + UInt8(digit)))
    })
}
