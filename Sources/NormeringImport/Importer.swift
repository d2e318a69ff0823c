import Dispatch
import Foundation
import NormeringCore

/// Imports a run's export files: each file read on its own (in parallel), then joined
/// per (municipality, institution id, period) in reading order, one period at a time.
///
/// `read(files:progress:)` gives a `PeriodReader`, which the caller iterates
/// (`while let period = reader.next() { … }`, then `reader.summary`): memory stays flat
/// however many months a run holds.
public struct Importer: Sendable {
    public var options: ImportOptions

    public init(options: ImportOptions = ImportOptions()) {
        self.options = options
    }

    /// Starts reading `files` (read in UTF-8 byte order of their paths, whatever the order
    /// given): the reader hands on each period's joined records, in ascending period order.
    /// The result is the same for any worker count.
    ///
    /// A file with the same content as an earlier one (the same export given twice) is not
    /// read: it gets one error naming the earlier file, and its records count as rejected.
    ///
    /// A file's period is taken from its first bytes; a file whose start is not plain
    /// (UTF-16, an unusual encoding) is read here, first, and placed by the period its parser
    /// finds. Every cross-file check lies within one period, so the records, diagnostics
    /// (sorted by file in reading order, line, then order found) and counts do not depend on
    /// how the periods are read.
    public func read(files: [String], progress: (@Sendable (ImportProgress) -> Void)? = nil) -> PeriodReader {
        let paths = ExportFinder.sortedUnique(files)
        ExportFileParser.prepare()
        let repeats = RepeatedFiles.find(paths)
        let tally = RunTally(paths: paths, repeats: repeats, progress: progress)
        let read: @Sendable (Int) -> ParsedFile = { [options] index in
            tally.record(ExportFileParser.parse(path: paths[index], fileIndex: index, periods: options.periods,
                                                conventions: options.conventions),
                         index: index)
        }
        let hints = paths.indices.map { repeats[$0] == nil ? PeriodHint.scan(path: paths[$0]) : nil }

        // Files whose start does not tell their period (or names one outside the run) first.
        var groups: [YearMonth: PeriodGroup] = [:]
        var exportPeriods = Set(hints.compactMap { $0 })
        let readFirst = paths.indices.filter { index in
            guard repeats[index] == nil else { return false }
            guard let hint = hints[index] else { return true }
            return options.periods.map { !$0.contains(hint) } ?? false
        }
        for file in parse(readFirst, read: read) {
            guard let period = file.header?.period ?? file.droppedHeader?.period else { continue }
            exportPeriods.insert(period)
            groups[period, default: PeriodGroup()].parsed.append(file)
        }
        let readAlready = Set(readFirst)
        for index in paths.indices where !readAlready.contains(index) {
            if let hint = hints[index] { groups[hint, default: PeriodGroup()].toParse.append(index) }
        }

        let months = groups.keys.sorted()
        let ordered = months.compactMap { groups.removeValue(forKey: $0) }
        let pipeline = PeriodPipeline(groups: ordered, months: months, read: read)
        let workers = max(1, min(options.workers, ordered.reduce(0) { $0 + $1.toParse.count }))
        let group = DispatchGroup()
        for _ in 0..<workers { DispatchQueue.global().async(group: group) { pipeline.work() } }
        return PeriodReader(months: months, pipeline: pipeline, workers: group, tally: tally,
                            exportPeriods: exportPeriods.sorted())
    }

    /// Each file on its own, with up to `options.workers` at a time; results in the order given.
    private func parse(_ indices: [Int], read: @escaping @Sendable (Int) -> ParsedFile) -> [ParsedFile] {
        guard !indices.isEmpty else { return [] }
        let state = ClaimState(indices: indices)
        let work: @Sendable () -> Void = {
            while let (slot, index) = state.claim() { state.store(read(index), at: slot) }
        }
        let workers = max(1, min(options.workers, indices.count))
        if workers == 1 {
            work()
        } else {
            let group = DispatchGroup()
            for _ in 0..<workers { DispatchQueue.global().async(group: group, execute: work) }
            group.wait()
        }
        return state.results()
    }
}


/// Hands on a run's periods, one at a time, in ascending order: the loop of an import.
///
/// While the caller works on one period, the workers start on the next one's files (a few
/// files ahead, see `PeriodPipeline`), so about one period's records are held at a time:
/// a period's records are freed when the caller lets go of them. Used on one thread.
public final class PeriodReader {
    private let months: [YearMonth]
    private let pipeline: PeriodPipeline
    private let workers: DispatchGroup
    private let tally: RunTally
    private let exportPeriods: [YearMonth]
    private var nextIndex = 0
    private var joinDiagnostics: [(fileIndex: Int, found: FoundDiagnostic)] = []
    private var joinCounts = ImportStatistics()
    private var finished: ImportSummary?

    init(months: [YearMonth], pipeline: PeriodPipeline, workers: DispatchGroup, tally: RunTally,
         exportPeriods: [YearMonth]) {
        self.months = months
        self.pipeline = pipeline
        self.workers = workers
        self.tally = tally
        self.exportPeriods = exportPeriods
    }

    deinit {
        // The workers wait for the periods to be taken: let them finish.
        while nextIndex < months.count { _ = next() }
        workers.wait()
    }

    /// The period `next()` hands on next, `nil` when every period has been: a caller that
    /// gathers something per year can finish a year when it is in another one.
    public var upcoming: YearMonth? { nextIndex < months.count ? months[nextIndex] : nil }

    /// The next period's joined records (possibly none), `nil` after the last.
    public func next() -> PeriodRecords? {
        guard nextIndex < months.count else { return nil }
        let index = nextIndex
        nextIndex += 1
        let joined = Joiner.join(pipeline.take(index), period: months[index])
        joinDiagnostics += joined.diagnostics
        joinCounts.add(joined.counts)
        return joined.records
    }

    /// Every diagnostic and the counts of the run, once every period has been handed on
    /// (periods not yet taken are read and joined first, their records dropped).
    public var summary: ImportSummary {
        if let finished { return finished }
        while nextIndex < months.count { _ = next() }
        workers.wait()
        var summary = tally.summary(adding: joinDiagnostics, counts: joinCounts)
        summary.exportPeriods = exportPeriods
        finished = summary
        return summary
    }
}

/// The files of one period: those still to read, and those read already (their period was
/// not told by their first bytes).
struct PeriodGroup: Sendable {
    var toParse: [Int] = []
    var parsed: [ParsedFile] = []
}

/// The whole run's small results, per file: diagnostics and counts (the records travel on).
final class RunTally: @unchecked Sendable {
    private let paths: [String]
    /// Files not read because they repeat an earlier file: the index of that file.
    private let repeats: [Int: Int]
    private let lock = NSLock()
    private let progressHandler: (@Sendable (ImportProgress) -> Void)?
    private var progress: ImportProgress
    private var diagnostics: [[FoundDiagnostic]]
    private var statistics: [ImportStatistics?]
    /// The root of each file read (also of one rejected after its root), for messages about repeats.
    private var headers: [ExportHeader?]

    init(paths: [String], repeats: [Int: Int], progress: (@Sendable (ImportProgress) -> Void)?) {
        self.paths = paths
        self.repeats = repeats
        self.progressHandler = progress
        self.progress = ImportProgress(filesDone: repeats.count, filesTotal: paths.count, bytesRead: 0, recordsRead: 0)
        diagnostics = Array(repeating: [], count: paths.count)
        statistics = Array(repeating: nil, count: paths.count)
        headers = Array(repeating: nil, count: paths.count)
    }

    /// Keeps the diagnostics and counts of file `index`, reports progress; hands the file on
    /// without its diagnostics.
    func record(_ file: consuming ParsedFile, index: Int) -> ParsedFile {
        lock.lock()
        progress.filesDone += 1
        if !file.skipped {
            diagnostics[index] = file.diagnostics
            statistics[index] = file.statistics
            headers[index] = file.header ?? file.droppedHeader
            progress.bytesRead += file.statistics.bytesRead
            progress.recordsRead += file.statistics.recordsRead
        }
        let snapshot = progress
        lock.unlock()
        file.diagnostics = []
        progressHandler?(snapshot)
        return file
    }

    /// Every diagnostic in order, and the counts, with the join's added.
    func summary(adding joined: [(fileIndex: Int, found: FoundDiagnostic)], counts: ImportStatistics) -> ImportSummary {
        lock.lock()
        defer { lock.unlock() }
        var total = ImportStatistics()
        var found: [(file: Int, line: Int, sequence: Int, diagnostic: Diagnostic)] = []
        for index in paths.indices {
            guard let counts = statistics[index] else { continue }
            total.add(counts)
            for item in diagnostics[index] {
                found.append((index, item.diagnostic.location.line, item.sequence, item.diagnostic))
            }
        }
        for (index, item) in joined {
            found.append((index, item.diagnostic.location.line, item.sequence, item.diagnostic))
        }
        for (index, original) in repeats {
            guard let counts = statistics[original] else { continue } // outside the run's periods, as its original
            var left = ImportStatistics()
            left.filesRead = 1
            left.filesRejected = 1
            left.bytesRead = counts.bytesRead
            left.recordsRead = counts.recordsRead
            left.recordsRejected = counts.recordsRead
            total.add(left)
            let repeated = FoundDiagnostic(.error, Self.repeatProblem(of: paths[original], headers[original], records: counts.recordsRead),
                                           at: SourceLocation(file: paths[index], line: 1, column: 1),
                                           institutionID: "", recordID: "", sequence: 0)
            found.append((index, 1, 0, repeated.diagnostic))
        }
        found.sort { ($0.file, $0.line, $0.sequence) < ($1.file, $1.line, $1.sequence) }
        total.add(counts)
        return ImportSummary(diagnostics: found.map(\.diagnostic), statistics: total)
    }

    /// `this file is the same export as a.xml (identical content: staffing, municipality 657,
    /// period 2025-03); it is left out, and its 435 records with it`
    static func repeatProblem(of original: String, _ header: ExportHeader?, records: Int) -> Problem {
        let what = header.map { ": \($0.kind.rawValue), municipality \($0.municipality), period \($0.period)" } ?? ""
        let recordsToo = records == 0 ? "" : ", and its \(records) record\(records == 1 ? "" : "s") with it"
        return Problem(code: "repeated-file",
                       message: "this file is the same export as \(original) (identical content\(what)); it is left out\(recordsToo)")
    }
}

/// Hands out files to read in order, and collects the results by slot.
private final class ClaimState: @unchecked Sendable {
    private let lock = NSLock()
    private let indices: [Int]
    private var next = 0
    private var files: [ParsedFile?]

    init(indices: [Int]) {
        self.indices = indices
        files = Array(repeating: nil, count: indices.count)
    }

    func claim() -> (slot: Int, index: Int)? {
        lock.lock()
        defer { lock.unlock() }
        guard next < indices.count else { return nil }
        next += 1
        return (next - 1, indices[next - 1])
    }

    func store(_ file: ParsedFile, at slot: Int) {
        lock.lock()
        defer { lock.unlock() }
        files[slot] = file
    }

    func results() -> [ParsedFile] {
        lock.lock()
        defer { lock.unlock() }
        return files.map { $0 ?? ParsedFile(path: "", skipped: true) }
    }
}
