import Foundation
import Testing
@testable import NormeringReports

/// A file system that fails on purpose: on the write of a named file, or on its rename.
struct FailingFileSystem: ReportFileSystem {
    var real = POSIXFileSystem()
    /// A write whose path contains this fails with "No space left on device".
    var failWritesOf: String?
    /// A rename to a path ending with this fails.
    var failRenameTo: String?
    /// An append to a path containing this fails part-way with "No space left on device".
    var failAppendsOf: String?

    func kind(of path: String) -> PathKind { real.kind(of: path) }
    func createDirectory(_ path: String) throws(FileSystemFailure) { try real.createDirectory(path) }

    func writeNewFile(_ path: String, bytes: [UInt8]) throws(FileSystemFailure) {
        if let name = failWritesOf, path.contains(name) {
            // Half a file reaches the disk before it fills up.
            try real.writeNewFile(path, bytes: Array(bytes.prefix(bytes.count / 2)))
            throw FileSystemFailure(reason: "No space left on device")
        }
        try real.writeNewFile(path, bytes: bytes)
    }

    func appendToFile(_ path: String, bytes: [UInt8]) throws(FileSystemFailure) {
        if let name = failAppendsOf, path.contains(name) {
            try real.appendToFile(path, bytes: Array(bytes.prefix(bytes.count / 2)))
            throw FileSystemFailure(reason: "No space left on device")
        }
        try real.appendToFile(path, bytes: bytes)
    }

    func syncFile(_ path: String) throws(FileSystemFailure) { try real.syncFile(path) }

    func rename(_ source: String, to destination: String) throws(FileSystemFailure) {
        if let name = failRenameTo, destination.hasSuffix("/" + name) {
            throw FileSystemFailure(reason: "Input/output error")
        }
        try real.rename(source, to: destination)
    }

    func removeFile(_ path: String) { real.removeFile(path) }
    func fileNames(in folder: String) -> [String] { real.fileNames(in: folder) }
}

@Suite struct AtomicWriterTests {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("normering-writer-\(UUID().uuidString)").path
    }

    func contents() throws -> [String: String] {
        var result: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
            result[name] = String(decoding: data, as: UTF8.self)
        }
        return result
    }

    func files(_ version: String) -> [ReportFile] {
        ["findings.csv", "normering.csv", "rejects.csv", "summary.txt"].map {
            ReportFile(name: $0, bytes: Array("\($0) \(version)\n".utf8))
        }
    }

    @Test func createsTheFolderAndWritesEveryReport() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let nested = folder + "/a/b/Reports"
        try ReportWriter().write(files("v1"), to: nested)
        let names = try FileManager.default.contentsOfDirectory(atPath: nested).sorted()
        #expect(names == ["findings.csv", "normering.csv", "rejects.csv", "summary.txt"])
        let data = try Data(contentsOf: URL(fileURLWithPath: nested + "/summary.txt"))
        #expect(String(decoding: data, as: UTF8.self) == "summary.txt v1\n")
    }

    @Test func replacesThePreviousReports() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try ReportWriter().write(files("v1"), to: folder)
        try ReportWriter().write(files("v2"), to: folder)
        #expect(try contents() == Dictionary(uniqueKeysWithValues: files("v2").map { ($0.name, $0.text) }))
    }

    @Test(arguments: ["findings.csv", "rejects.csv", "summary.txt"])
    func aFailingWriteLeavesTheOldReportsAndNoTemporaryFile(failing: String) throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try ReportWriter().write(files("v1"), to: folder)
        let before = try contents()
        let writer = ReportWriter(fileSystem: FailingFileSystem(failWritesOf: failing))
        #expect {
            try writer.write(files("v2"), to: folder)
        } throws: { error in
            guard let error = error as? ReportWriteError else { return false }
            return error.kind == .cannotWrite && error.fileName == failing
                && error.message.contains("No space left on device")
                && error.message.contains("previous reports are as they were")
        }
        #expect(try contents() == before)
    }

    @Test func aFailingRenameRemovesTheRemainingTemporaryFiles() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try ReportWriter().write(files("v1"), to: folder)
        let writer = ReportWriter(fileSystem: FailingFileSystem(failRenameTo: "findings.csv"))
        #expect(throws: ReportWriteError.self) { try writer.write(files("v2"), to: folder) }
        let after = try contents()
        #expect(after.keys.sorted() == ["findings.csv", "normering.csv", "rejects.csv", "summary.txt"])
        #expect(after["findings.csv"] == "findings.csv v1\n")
        #expect(after["summary.txt"] == "summary.txt v1\n")
    }

    @Test func aFolderThatCannotBeCreatedIsAClearError() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let blocker = folder + "/not-a-folder"
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        let target = blocker + "/Reports"
        do {
            try ReportWriter().write(files("v1"), to: target)
            Issue.record("writing under a file succeeded")
        } catch {
            #expect(error.kind == .cannotCreateFolder)
            #expect(error.folder == target)
            #expect(error.message.hasPrefix("The output folder '\(target)' could not be created ("))
            #expect(error.message.hasSuffix("No report was written."))
        }
    }

    @Test func aFileInPlaceOfTheFolderIsAClearError() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let blocker = folder + "/Reports"
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        #expect(throws: ReportWriteError(kind: .notAFolder, folder: blocker,
                                         reason: "a file of that name is in the way")) {
            try ReportWriter().write(files("v1"), to: blocker)
        }
    }

    @Test func aFolderWithoutWritePermissionIsAClearError() throws {
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder)
            try? FileManager.default.removeItem(atPath: folder)
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        if access(folder, W_OK) == 0 {
            // Running as root: permissions do not stop us; the case above covers the error.
            try ReportWriter().write(files("v1"), to: folder)
            return
        }
        do {
            try ReportWriter().write(files("v1"), to: folder)
            Issue.record("writing into a read-only folder succeeded")
        } catch {
            #expect(error.kind == .cannotWrite)
            #expect(error.message.contains("Permission denied"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func obsoleteReportsAreRemovedOnlyAfterSuccess() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var withJSON = files("v1")
        withJSON.append(ReportFile(name: "findings.json", bytes: Array("[]\n".utf8)))
        try ReportWriter().write(withJSON, to: folder)
        try ReportWriter().write(files("v2"), to: folder, removing: ReportRenderer.allFileNames)
        #expect(try contents().keys.sorted() == ["findings.csv", "normering.csv", "rejects.csv", "summary.txt"])
    }
}
