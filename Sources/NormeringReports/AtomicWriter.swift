#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the reports could not be written, in words for the people who run the tool.
public struct ReportWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The output folder is missing and could not be created.
        case cannotCreateFolder
        /// Something other than a folder stands at the output path.
        case notAFolder
        /// A report could not be written (no permission, disk full, ...); nothing was replaced.
        case cannotWrite
        /// A complete report could not be moved into place.
        case cannotReplace
    }

    public var kind: Kind
    /// The output folder.
    public var folder: String
    /// The report concerned, when there is one.
    public var fileName: String
    /// The system's wording of the cause, e.g. "No space left on device".
    public var reason: String

    public init(kind: Kind, folder: String, fileName: String = "", reason: String) {
        self.kind = kind
        self.folder = folder
        self.fileName = fileName
        self.reason = reason
    }

    /// A sentence a non-programmer understands.
    public var message: String {
        switch kind {
        case .cannotCreateFolder:
            return "The output folder '\(folder)' could not be created (\(reason)). No report was written."
        case .notAFolder:
            return "The output folder '\(folder)' is not a folder (\(reason)). No report was written."
        case .cannotWrite:
            return "The report '\(fileName)' could not be written in the output folder '\(folder)' "
                + "(\(reason)). No report was changed: the previous reports are as they were."
        case .cannotReplace:
            return "The finished report '\(fileName)' could not be put in place in the output folder "
                + "'\(folder)' (\(reason)). Check the folder and run again."
        }
    }

    public var description: String { message }
}

/// Writes rendered reports into the output folder atomically.
///
/// Every report is first written in full to a hidden temporary name in the output folder;
/// only when all are complete are they renamed into place (a rename within one folder
/// replaces a file atomically). When a write fails part-way, every temporary file is
/// removed and the previous reports are left untouched.
public struct ReportWriter: Sendable {
    /// The byte sink; a test can inject one that fails.
    public var fileSystem: any ReportFileSystem

    public init(fileSystem: any ReportFileSystem = POSIXFileSystem()) {
        self.fileSystem = fileSystem
    }

    /// Writes `files` into `folder`, creating the folder when missing.
    ///
    /// - Parameters:
    ///   - obsolete: names of earlier reports to remove once the new ones are in place
    ///     (e.g. a `findings.json` from a run with other formats), so that nothing
    ///     stale-looking stays behind; names among `files` are kept.
    ///   - threads: how many reports are rendered and written at once; the bytes do not
    ///     depend on it. When one fails, the others are still finished, then all removed.
    /// - Throws: `ReportWriteError` when the folder cannot be made or written.
    public func write(_ files: [ReportFile], to folder: String, removing obsolete: [String] = [],
                      threads: Int = 1) throws(ReportWriteError)
    {
        try begin(in: folder, drafting: []).commit(files, removing: obsolete, threads: threads)
    }

    /// Starts writing reports into `folder` (created when missing): `drafting` names the
    /// reports built up piece by piece (`ReportDraft.append`) while a run goes on; the others
    /// are given whole to `ReportDraft.commit`. A folder that cannot be made or written is
    /// told here, before any work is done.
    public func begin(in folder: String, drafting names: [String]) throws(ReportWriteError) -> ReportDraft {
        let folder = folder.isEmpty ? "." : folder
        switch fileSystem.kind(of: folder) {
        case .directory:
            break
        case .other:
            throw ReportWriteError(kind: .notAFolder, folder: folder, reason: "a file of that name is in the way")
        case .missing:
            do {
                try fileSystem.createDirectory(folder)
            } catch {
                throw ReportWriteError(kind: .cannotCreateFolder, folder: folder, reason: error.reason)
            }
        }
        let draft = ReportDraft(folder: folder, fileSystem: fileSystem, token: Self.temporaryToken())
        draft.removedLeftovers = removeLeftovers(in: folder)
        try draft.start(names)
        return draft
    }

    /// Removes the temporary reports that a run stopped before its end (killed, or the
    /// machine shut down) left in `folder`, and gives their names. Only names this writer
    /// makes are touched (`.findings.csv.TOKEN.tmp` for a report it writes), and none of a
    /// run that is still going: a token names its process.
    func removeLeftovers(in folder: String) -> [String] {
        var removed: [String] = []
        for name in fileSystem.fileNames(in: folder).sorted() {
            guard let token = Self.leftoverToken(name), !Self.isRunning(token) else { continue }
            fileSystem.removeFile(Self.join(folder, name))
            removed.append(name)
        }
        return removed
    }

    /// The token of `name` when it is a temporary report of this writer: `.` + a report's
    /// name + `.` + a token of letters, digits and `-` + `.tmp`.
    static func leftoverToken(_ name: String) -> Substring? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        for report in ReportRenderer.allFileNames where name.hasPrefix(".\(report).") {
            let token = name.dropFirst(report.count + 2).dropLast(4)
            let allowed = token.allSatisfy { $0 == "-" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
            return !token.isEmpty && allowed ? token : nil
        }
        return nil
    }

    /// Whether the run that made `token` is still going: its process (the number before
    /// the `-`) exists. A token without one is from a version before tokens named theirs.
    static func isRunning(_ token: Substring) -> Bool {
        guard let dash = token.firstIndex(of: "-"), let pid = Int32(token[..<dash]), pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// A token that keeps two runs' temporary files apart: the process number, so that a
    /// later run can tell a live run's files from a stopped one's, and a random part.
    static func temporaryToken() -> String {
        "\(getpid())-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
    }
}

/// Reports being written into an output folder: some built up piece by piece while a run
/// goes on (`append`), the others given whole at the end (`commit`). Until `commit` puts
/// them all in place, each is a hidden temporary file next to its final name; a failure
/// removes them all and leaves the previous reports as they were. Used from one thread.
public final class ReportDraft {
    /// The output folder.
    public let folder: String
    private let fileSystem: any ReportFileSystem
    private let token: String
    /// The reports being built up, in the order begun.
    private var drafted: [String] = []
    /// The first failure of an `append`; later pieces are not written.
    public private(set) var failure: ReportWriteError?
    /// Temporary reports of an earlier, interrupted run removed from the folder when this
    /// draft began.
    public internal(set) var removedLeftovers: [String] = []
    private var finished = false

    init(folder: String, fileSystem: any ReportFileSystem, token: String) {
        self.folder = folder
        self.fileSystem = fileSystem
        self.token = token
    }

    func temporary(_ name: String) -> String { ReportWriter.join(folder, ".\(name).\(token).tmp") }

    /// Creates the (empty) temporary file of each report in `names`.
    func start(_ names: [String]) throws(ReportWriteError) {
        for name in names {
            drafted.append(name)
            do {
                try fileSystem.writeNewFile(temporary(name), bytes: [])
            } catch {
                abandon()
                throw ReportWriteError(kind: .cannotWrite, folder: folder, fileName: name, reason: error.reason)
            }
        }
    }

    /// Adds `bytes` to the end of report `name` (one of the names begun). After a failure
    /// nothing more is written; `commit` reports it.
    public func append(_ bytes: [UInt8], to name: String) {
        guard failure == nil, !finished, !bytes.isEmpty else { return }
        guard drafted.contains(name) else {
            failure = ReportWriteError(kind: .cannotWrite, folder: folder, fileName: name,
                                       reason: "the report was not begun")
            return
        }
        do {
            try fileSystem.appendToFile(temporary(name), bytes: bytes)
        } catch {
            failure = ReportWriteError(kind: .cannotWrite, folder: folder, fileName: name, reason: error.reason)
        }
    }

    /// Writes `files` (up to `threads` at once) — a file named like a drafted report is
    /// added to the end of it, the others are new — then puts every report in place, in the
    /// order of `ReportRenderer.allFileNames`, and removes the `obsolete` reports not
    /// written now.
    /// - Throws: the first failure of an `append` or of writing `files`, after removing every
    ///   temporary file; or a failure to put a report in place.
    public func commit(_ files: [ReportFile], removing obsolete: [String] = [], threads: Int = 1)
        throws(ReportWriteError)
    {
        guard !finished else { return }
        if let failure {
            abandon()
            throw failure
        }
        // Each report rendered and written to its temporary file, up to `threads` at once.
        let fileSystem = self.fileSystem
        let jobs = files.map { (file: $0, path: temporary($0.name), appending: drafted.contains($0.name)) }
        let failures = jobs.parallelMap(threads: threads, chunk: 1) { job in
            do throws(FileSystemFailure) {
                if job.appending {
                    var failure: FileSystemFailure?
                    job.file.writePieces { piece in
                        guard failure == nil, !piece.isEmpty else { return }
                        do throws(FileSystemFailure) {
                            try fileSystem.appendToFile(job.path, bytes: piece)
                        } catch {
                            failure = error
                        }
                    }
                    if let failure { throw failure }
                } else {
                    try fileSystem.writeNewFile(job.path, pieces: job.file.writePieces)
                }
                return nil as FileSystemFailure?
            } catch {
                return error
            }
        }
        // Every temporary file removed: those written just now and the drafted ones.
        func discard(_ name: String, _ reason: String) -> ReportWriteError {
            for job in jobs where !job.appending { fileSystem.removeFile(job.path) }
            abandon()
            return ReportWriteError(kind: .cannotWrite, folder: folder, fileName: name, reason: reason)
        }
        if let failed = failures.firstIndex(where: { $0 != nil }), let cause = failures[failed] {
            throw discard(files[failed].name, cause.reason)
        }
        for name in drafted {
            do {
                try fileSystem.syncFile(temporary(name))
            } catch {
                throw discard(name, error.reason)
            }
        }
        let names = Self.inReportOrder(drafted + files.map(\.name))  // each name once
        finished = true
        for (index, name) in names.enumerated() {
            do {
                try fileSystem.rename(temporary(name), to: ReportWriter.join(folder, name))
            } catch {
                for rest in names[index...] { fileSystem.removeFile(temporary(rest)) }
                throw ReportWriteError(kind: .cannotReplace, folder: folder, fileName: name, reason: error.reason)
            }
        }
        let written = Set(names)
        for name in obsolete where !written.contains(name) {
            fileSystem.removeFile(ReportWriter.join(folder, name))
        }
    }

    /// Removes every temporary file of the drafted reports; nothing is put in place.
    public func abandon() {
        guard !finished else { return }
        finished = true
        for name in drafted { fileSystem.removeFile(temporary(name)) }
    }

    deinit { abandon() }

    /// `names` without repeats, in the order of `ReportRenderer.allFileNames`, other names
    /// after them as given.
    public static func inReportOrder(_ names: [String]) -> [String] {
        ReportRenderer.inReportOrder(orderedUnique(names), name: { $0 })
    }
}
