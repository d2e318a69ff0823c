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

        let token = Self.temporaryToken()
        let pending = files.map { file in
            (temporary: Self.join(folder, ".\(file.name).\(token).tmp"), final: Self.join(folder, file.name),
             name: file.name)
        }
        // Each report rendered and written to its temporary file, up to `threads` at once.
        let fileSystem = self.fileSystem
        let failures = Array(zip(files, pending)).parallelMap(threads: threads, chunk: 1) { file, entry in
            do throws(FileSystemFailure) {
                try fileSystem.writeNewFile(entry.temporary, pieces: file.writePieces)
                return nil as FileSystemFailure?
            } catch {
                return error
            }
        }
        if let failed = failures.firstIndex(where: { $0 != nil }), let failure = failures[failed] {
            for entry in pending { fileSystem.removeFile(entry.temporary) }
            throw ReportWriteError(kind: .cannotWrite, folder: folder, fileName: files[failed].name,
                                   reason: failure.reason)
        }

        for (index, entry) in pending.enumerated() {
            do {
                try fileSystem.rename(entry.temporary, to: entry.final)
            } catch {
                for rest in pending[index...] { fileSystem.removeFile(rest.temporary) }
                throw ReportWriteError(kind: .cannotReplace, folder: folder, fileName: entry.name, reason: error.reason)
            }
        }

        let written = Set(files.map(\.name))
        for name in obsolete where !written.contains(name) {
            fileSystem.removeFile(Self.join(folder, name))
        }
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// A token that keeps two runs' temporary files apart.
    static func temporaryToken() -> String {
        String(UInt64.random(in: 0...UInt64.max), radix: 36)
    }
}
