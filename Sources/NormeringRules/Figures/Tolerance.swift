/// Comparisons that allow for binary rounding (rules.md § 1): `S ≥ R` means
/// `S ≥ R − 1e-9 × max(1, R)`, and likewise for every threshold.
enum Tolerance {
    static func slack(_ threshold: Double) -> Double { 1e-9 * max(1, abs(threshold)) }

    /// `value ≥ minimum`, allowing for rounding.
    static func atLeast(_ value: Double, _ minimum: Double) -> Bool { value >= minimum - slack(minimum) }

    /// `value ≤ maximum`, allowing for rounding.
    static func atMost(_ value: Double, _ maximum: Double) -> Bool { value <= maximum + slack(maximum) }
}
