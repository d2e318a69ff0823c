import Foundation
import NormeringImport

/// Shows the import's progress on standard error, on one rewritten line, when it is a terminal.
final class ProgressPrinter: @unchecked Sendable {
    private let lock = NSLock()
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drew = false

    /// A printer when standard error is a terminal and `quiet` is off; else `nil`.
    static func makeIfTerminal(quiet: Bool) -> ProgressPrinter? {
        quiet || !Terminal.standardErrorIsTerminal ? nil : ProgressPrinter()
    }

    func update(_ progress: ImportProgress) {
        lock.lock(); defer { lock.unlock() }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.2 else { return }
        lastDraw = now
        let seconds = max(now.timeIntervalSince(start), 0.001)
        let mbPerSecond = Double(progress.bytesRead) / 1_000_000 / seconds
        let line = "reading \(progress.filesDone)/\(progress.filesTotal) files, \(progress.recordsRead) records, "
            + String(format: "%.0f MB/s", mbPerSecond)
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        drew = true
    }

    func finish() {
        lock.lock(); defer { lock.unlock() }
        if drew { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
