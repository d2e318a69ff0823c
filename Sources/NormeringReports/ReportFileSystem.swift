#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What is at a path.
public enum PathKind: Sendable, Equatable {
    case missing
    case directory
    case other
}

/// A problem reported by a file system, with the system's own wording of the cause.
public struct FileSystemFailure: Error, Sendable, Equatable {
    /// E.g. "No space left on device", "Permission denied".
    public var reason: String

    public init(reason: String) {
        self.reason = reason
    }

    /// The failure for the current `errno`.
    static func fromErrno() -> FileSystemFailure {
        let code = errno
        if let text = strerror(code) {
            return FileSystemFailure(reason: String(cString: text))
        }
        return FileSystemFailure(reason: "system error \(code)")
    }
}

/// The file operations the report writer needs: the byte sink, injectable so that a test
/// can simulate a failing write or a full disk.
public protocol ReportFileSystem: Sendable {
    /// What is at `path`.
    func kind(of path: String) -> PathKind
    /// Creates the folder and any missing parents.
    func createDirectory(_ path: String) throws(FileSystemFailure)
    /// Creates a new file (it must not exist) holding exactly `bytes`, flushed to disk.
    func writeNewFile(_ path: String, bytes: [UInt8]) throws(FileSystemFailure)
    /// Creates a new file (it must not exist) holding the bytes `pieces` hands on, in order,
    /// flushed to disk. The default collects them and calls `writeNewFile(_:bytes:)`.
    func writeNewFile(_ path: String, pieces: (_ emit: ([UInt8]) -> Void) -> Void) throws(FileSystemFailure)
    /// Adds `bytes` to the end of an existing file.
    func appendToFile(_ path: String, bytes: [UInt8]) throws(FileSystemFailure)
    /// Flushes a file written with `appendToFile` to disk.
    func syncFile(_ path: String) throws(FileSystemFailure)
    /// Renames `source` to `destination`, replacing it atomically when it exists.
    func rename(_ source: String, to destination: String) throws(FileSystemFailure)
    /// Removes a file; silent when it is not there.
    func removeFile(_ path: String)
    /// The names in a folder (hidden ones included); empty when it cannot be read.
    func fileNames(in folder: String) -> [String]
}

extension ReportFileSystem {
    public func writeNewFile(_ path: String, pieces: (_ emit: ([UInt8]) -> Void) -> Void) throws(FileSystemFailure) {
        var all: [UInt8] = []
        pieces { all.append(contentsOf: $0) }
        try writeNewFile(path, bytes: all)
    }
}

/// The real file system, through POSIX calls.
public struct POSIXFileSystem: ReportFileSystem {
    public init() {}

    public func kind(of path: String) -> PathKind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        return (info.st_mode & S_IFMT) == S_IFDIR ? .directory : .other
    }

    public func createDirectory(_ path: String) throws(FileSystemFailure) {
        switch kind(of: path) {
        case .directory: return
        case .other: throw FileSystemFailure(reason: "a file of that name is in the way")
        case .missing: break
        }
        let parent = Self.parent(of: path)
        if !parent.isEmpty, parent != path {
            try createDirectory(parent)
        }
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            throw FileSystemFailure.fromErrno()
        }
        guard kind(of: path) == .directory else {
            throw FileSystemFailure(reason: "a file of that name is in the way")
        }
    }

    public func writeNewFile(_ path: String, bytes: [UInt8]) throws(FileSystemFailure) {
        try writeNewFile(path) { emit in emit(bytes) }
    }

    /// Each piece is written as it comes; after a failed write the rest are not rendered
    /// into the file (the pieces still run to their end) and the failure is thrown.
    public func writeNewFile(_ path: String, pieces: (_ emit: ([UInt8]) -> Void) -> Void) throws(FileSystemFailure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileSystemFailure.fromErrno() }
        var failure: FileSystemFailure?
        pieces { piece in
            guard failure == nil else { return }
            failure = Self.writeAll(piece, to: descriptor)
        }
        if failure == nil, fsync(descriptor) != 0 {
            failure = FileSystemFailure.fromErrno()
        }
        if close(descriptor) != 0, failure == nil {
            failure = FileSystemFailure.fromErrno()
        }
        if let failure { throw failure }
    }

    public func appendToFile(_ path: String, bytes: [UInt8]) throws(FileSystemFailure) {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileSystemFailure.fromErrno() }
        var failure = Self.writeAll(bytes, to: descriptor)
        if close(descriptor) != 0, failure == nil { failure = FileSystemFailure.fromErrno() }
        if let failure { throw failure }
    }

    public func syncFile(_ path: String) throws(FileSystemFailure) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileSystemFailure.fromErrno() }
        var failure: FileSystemFailure?
        if fsync(descriptor) != 0 { failure = FileSystemFailure.fromErrno() }
        if close(descriptor) != 0, failure == nil { failure = FileSystemFailure.fromErrno() }
        if let failure { throw failure }
    }

    /// Writes every byte of `bytes`, retrying short writes; the failure, if any.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> FileSystemFailure? {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return FileSystemFailure.fromErrno()
                }
                if written == 0 { return FileSystemFailure(reason: "the disk accepted no more data") }
                offset += written
            }
            return nil
        }
    }

    public func rename(_ source: String, to destination: String) throws(FileSystemFailure) {
        #if canImport(Darwin)
        let result = Darwin.rename(source, destination)
        #elseif canImport(Musl)
        let result = Musl.rename(source, destination)
        #else
        let result = Glibc.rename(source, destination)
        #endif
        if result != 0 { throw FileSystemFailure.fromErrno() }
    }

    public func removeFile(_ path: String) {
        _ = unlink(path)
    }

    public func fileNames(in folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    static func parent(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        let parent = trimmed[..<slash]
        return parent.isEmpty ? "/" : String(parent)
    }
}

/// `write(2)`, named apart from the protocol's methods.
private func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Darwin)
    return Darwin.write(descriptor, pointer, count)
    #elseif canImport(Musl)
    return Musl.write(descriptor, pointer, count)
    #else
    return Glibc.write(descriptor, pointer, count)
    #endif
}
