import Foundation
import NormeringCore

/// Reads the files of a run period by period: workers read the files of the period the
/// caller is joining and of the next one (never further), and the caller takes each
/// period's read files, in ascending order, once all of them are read.
///
/// So at most two periods' records are held at a time, while both cores stay busy: the
/// caller joins and hands on one period while the workers read the next.
final class PeriodPipeline: @unchecked Sendable {
    /// Periods read ahead of the one the caller is at.
    static let lookahead = 1

    private let condition = NSCondition()
    private let paths: [String]
    private let periods: ClosedRange<YearMonth>?
    private let tally: RunTally
    /// The files to read, period by period, in reading order within each.
    private let jobs: [(group: Int, file: Int)]
    private var nextJob = 0
    /// The period the caller waits for or works on.
    private var current = 0
    private var remaining: [Int]
    private var parsed: [[ParsedFile]]

    init(groups: [PeriodGroup], paths: [String], periods: ClosedRange<YearMonth>?, tally: RunTally) {
        self.paths = paths
        self.periods = periods
        self.tally = tally
        jobs = groups.enumerated().flatMap { group, files in files.toParse.map { (group, $0) } }
        remaining = groups.map(\.toParse.count)
        parsed = groups.map(\.parsed)
    }

    /// A worker's loop: reads files until none is left.
    func work() {
        while true {
            condition.lock()
            while nextJob < jobs.count, jobs[nextJob].group > current + Self.lookahead { condition.wait() }
            guard nextJob < jobs.count else {
                condition.unlock()
                return
            }
            let job = jobs[nextJob]
            nextJob += 1
            condition.unlock()

            let file = tally.record(ExportFileParser.parse(path: paths[job.file], fileIndex: job.file, periods: periods),
                                    index: job.file)
            condition.lock()
            parsed[job.group].append(file)
            remaining[job.group] -= 1
            if remaining[job.group] == 0 { condition.broadcast() }
            condition.unlock()
        }
    }

    /// The read files of period `group` (groups are taken in ascending order), in reading
    /// order, once all are read; lets the workers go on to the period after the next.
    func take(_ group: Int) -> [ParsedFile] {
        condition.lock()
        current = group
        condition.broadcast()
        while remaining[group] > 0 { condition.wait() }
        var files: [ParsedFile] = []
        swap(&files, &parsed[group])
        condition.unlock()
        files.sort { Self.index(of: $0) < Self.index(of: $1) }
        return files
    }

    private static func index(of file: ParsedFile) -> Int { file.fileIndex }
}
