import Foundation
import NormeringCore

/// How a run imports its files.
public struct ImportOptions: Sendable {
    /// Files read at the same time (at least 1). The result is the same whatever the count.
    public var workers: Int
    /// Only files whose root `period` lies in this range are read; the others are skipped
    /// (not counted, no diagnostics). `nil`: every period.
    public var periods: ClosedRange<YearMonth>?
    /// The form of a municipality code and whether a child's `cpr` is read, as the rule set says.
    public var conventions: ExportConventions

    public init(workers: Int = ImportOptions.defaultWorkers, periods: ClosedRange<YearMonth>? = nil,
                conventions: ExportConventions = ExportConventions()) {
        self.workers = workers
        self.periods = periods
        self.conventions = conventions
    }

    /// One worker per active processor.
    public static var defaultWorkers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}

/// How far an import has come: reported after each file (from any worker's thread).
public struct ImportProgress: Sendable, Hashable {
    public var filesDone: Int
    public var filesTotal: Int
    /// Bytes of the files done.
    public var bytesRead: Int
    /// Records of the files done.
    public var recordsRead: Int

    public init(filesDone: Int, filesTotal: Int, bytesRead: Int, recordsRead: Int) {
        self.filesDone = filesDone
        self.filesTotal = filesTotal
        self.bytesRead = bytesRead
        self.recordsRead = recordsRead
    }
}
