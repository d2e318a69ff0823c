/// The counts of a run's input, for the data-quality part of the summary.
///
/// Every record read (employee, child, class, pupils) is used, ignored (it does not touch
/// its period) or rejected: `recordsRead == recordsUsed + recordsIgnored + recordsRejected`.
public struct ImportStatistics: Hashable, Sendable {
    /// Files found and opened.
    public var filesRead: Int = 0
    /// Files that contributed nothing (not well-formed, a DOCTYPE, a bad root).
    public var filesRejected: Int = 0
    /// Bytes of input read.
    public var bytesRead: Int = 0
    public var recordsRead: Int = 0
    public var recordsUsed: Int = 0
    public var recordsIgnored: Int = 0
    public var recordsRejected: Int = 0

    public init() {}

    /// Adds another set of counts to this one (the files of a run, read in parallel).
    public mutating func add(_ other: ImportStatistics) {
        filesRead += other.filesRead
        filesRejected += other.filesRejected
        bytesRead += other.bytesRead
        recordsRead += other.recordsRead
        recordsUsed += other.recordsUsed
        recordsIgnored += other.recordsIgnored
        recordsRejected += other.recordsRejected
    }
}
