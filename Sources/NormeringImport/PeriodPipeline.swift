import Foundation
import NormeringCore

/// Reads the files of a run period by period: workers read the files of the period the
/// caller waits for, and those of the next one (never further), and the caller takes each
/// period's read files, in ascending order, once all of them are read.
///
/// So one period's records are held at a time, plus the next one's: while the caller joins a
/// period and hands it on (its rules run on both cores), the workers read on. Across the end
/// of a year, where the caller evaluates the year, only a few files of January are read
/// ahead: a whole period held beside the year's findings raised the peak of 24 months by
/// 15–19 % (BENCHMARKS.md, issue 17).
final class PeriodPipeline: @unchecked Sendable {
    /// Files of a January that may be read before the caller is done with December.
    static let filesAhead = 2

    private let condition = NSCondition()
    /// The month of each period.
    private let months: [YearMonth]
    /// Reads file `index` (and records its diagnostics and counts).
    private let read: @Sendable (_ index: Int) -> ParsedFile
    /// The files to read, period by period, in reading order within each; `place`: the file's
    /// place among its period's files to read.
    private let jobs: [(group: Int, file: Int, place: Int)]
    private var nextJob = 0
    /// The period the caller waits for or works on.
    private var current = 0
    private var remaining: [Int]
    private var parsed: [[ParsedFile]]

    init(groups: [PeriodGroup], months: [YearMonth], read: @escaping @Sendable (_ index: Int) -> ParsedFile) {
        self.months = months
        self.read = read
        jobs = groups.enumerated().flatMap { group, files in
            files.toParse.enumerated().map { place, file in (group, file, place) }
        }
        remaining = groups.map(\.toParse.count)
        parsed = groups.map(\.parsed)
    }

    /// A worker's loop: reads files until none is left.
    func work() {
        while true {
            condition.lock()
            while nextJob < jobs.count, !mayStart(nextJob) { condition.wait() }
            guard nextJob < jobs.count else {
                condition.unlock()
                return
            }
            let job = jobs[nextJob]
            nextJob += 1
            condition.unlock()

            let file = read(job.file)
            condition.lock()
            parsed[job.group].append(file)
            remaining[job.group] -= 1
            if remaining[job.group] == 0 { condition.broadcast() }
            condition.unlock()
        }
    }

    /// Whether job `index` may start now: a file of the current period or of the next; of a
    /// next period in another year, only the first `filesAhead`. Called with the lock held.
    private func mayStart(_ index: Int) -> Bool {
        let group = jobs[index].group
        if group <= current { return true }
        guard group == current + 1 else { return false }
        return months[group].year == months[current].year || jobs[index].place < Self.filesAhead
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
        files.sort { $0.fileIndex < $1.fileIndex }
        return files
    }
}
