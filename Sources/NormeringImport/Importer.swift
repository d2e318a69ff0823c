import Dispatch
import Foundation
import NormeringCore

/// Imports a run's export files: each file read on its own (in parallel), then joined
/// per (municipality, institution id, period) in reading order.
public struct Importer: Sendable {
    public var options: ImportOptions

    public init(options: ImportOptions = ImportOptions()) {
        self.options = options
    }

    /// Reads and joins `files` (read in UTF-8 byte order of their paths, whatever the
    /// order given). The result is the same for any worker count.
    public func run(files: [String], progress: (@Sendable (ImportProgress) -> Void)? = nil) -> ImportResult {
        let paths = ExportFinder.sortedUnique(files)
        var parsed = parseAll(paths, progress: progress)
        let joined = Joiner.join(&parsed)

        var statistics = ImportStatistics()
        var found: [(file: Int, line: Int, sequence: Int, diagnostic: Diagnostic)] = []
        for (index, file) in parsed.enumerated() where !file.skipped {
            statistics.add(file.statistics)
            for item in file.diagnostics {
                found.append((index, item.diagnostic.location.line, item.sequence, item.diagnostic))
            }
        }
        for (index, item) in joined.diagnostics {
            found.append((index, item.diagnostic.location.line, item.sequence, item.diagnostic))
        }
        found.sort { ($0.file, $0.line, $0.sequence) < ($1.file, $1.line, $1.sequence) }
        statistics.recordsUsed = joined.recordsUsed
        statistics.recordsIgnored = joined.recordsIgnored
        statistics.recordsRejected += joined.recordsRejected
        return ImportResult(dataset: Dataset(institutionMonths: joined.institutionMonths),
                            diagnostics: found.map(\.diagnostic), statistics: statistics)
    }

    /// Each file on its own, with up to `options.workers` at a time; results in file order.
    func parseAll(_ paths: [String], progress: (@Sendable (ImportProgress) -> Void)?) -> [ParsedFile] {
        ExportFileParser.prepare()
        let periods = options.periods
        let state = ParseState(count: paths.count)
        let work: @Sendable () -> Void = {
            while let index = state.claim() {
                let file = ExportFileParser.parse(path: paths[index], fileIndex: index, periods: periods)
                let done = state.store(file, at: index)
                progress?(done)
            }
        }
        let workers = max(1, min(options.workers, paths.count))
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

/// The shared state of the reading workers: the next file to take, and the results.
private final class ParseState: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var files: [ParsedFile?]
    private var progress: ImportProgress

    init(count: Int) {
        files = Array(repeating: nil, count: count)
        progress = ImportProgress(filesDone: 0, filesTotal: count, bytesRead: 0, recordsRead: 0)
    }

    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < files.count else { return nil }
        next += 1
        return next - 1
    }

    /// Stores a file's result; returns the progress with it counted.
    func store(_ file: ParsedFile, at index: Int) -> ImportProgress {
        lock.lock()
        defer { lock.unlock() }
        files[index] = file
        progress.filesDone += 1
        progress.bytesRead += file.statistics.bytesRead
        progress.recordsRead += file.statistics.recordsRead
        return progress
    }

    func results() -> [ParsedFile] {
        lock.lock()
        defer { lock.unlock() }
        return files.map { $0 ?? ParsedFile(path: "", skipped: true) }
    }
}
