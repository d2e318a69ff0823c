/// A run that found nothing to check: no export file under its paths, or no month that the
/// exports hold within `--period` / `--year`. No data is not a pass (reports-and-cli.md,
/// "No data is not a pass"): the run exits 2 and writes no report.
public struct NoData: Hashable, Sendable {
    /// The paths searched for exports, as given.
    public var paths: [String]
    /// The months asked for, or `nil` for all.
    public var wanted: ClosedRange<YearMonth>?
    /// Every month the exports found hold, ascending (empty when no file was found).
    public var held: [YearMonth]

    public init(paths: [String], wanted: ClosedRange<YearMonth>?, held: [YearMonth]) {
        self.paths = paths
        self.wanted = wanted
        self.held = held
    }

    /// The run's verdict: `nil` when there is something to check. `filesFound` is how many
    /// export files the paths hold.
    public static func of(paths: [String], filesFound: Int, wanted: ClosedRange<YearMonth>?,
                          held: [YearMonth]) -> NoData? {
        if filesFound > 0 {
            guard let wanted, !held.isEmpty, !held.contains(where: wanted.contains) else { return nil }
        }
        return NoData(paths: paths, wanted: wanted, held: held)
    }
}
