import Foundation
import NormeringCore
import Testing
@testable import NormeringImport

#if canImport(Glibc)
import Glibc
#endif

@Suite("Files that are not files, cannot be read, or lead elsewhere")
struct FileSystemTests {
    static let valid = Generated.staffing(Generated.employee)

    /// A folder named like an export: passed to the library as a file, it is a positioned error;
    /// found by the command, it is searched like any folder (and holds nothing here).
    @Test func aDirectoryNamedXML() throws {
        let folder = try TemporaryFolder(prefix: "dir")
        defer { folder.remove() }
        let directory = folder.file("x.xml")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)

        let result = importFiles([directory])
        #expect(result.errorCodes == ["unreadable"])
        #expect(result.diagnostics.first?.formatted.hasPrefix(directory + ":0:0: error: cannot read the file") == true,
                "\(result.diagnostics.map(\.formatted))")
        #expect(result.statistics.filesRejected == 1)
        #expect(invariantProblems(result, paths: [directory]) == [])

        try folder.write("x.xml/inner.xml", Self.valid)
        let outcome = try runNormering(["validate", folder.path])
        #expect(outcome.status == 0, "\(outcome.standardOutput)")
        #expect(outcome.standardOutput.contains("1 file "))
    }

    /// Without read permission. CI runs as root, which reads it anyway: then it must simply be read.
    @Test func aFileWithoutReadPermission() throws {
        let folder = try TemporaryFolder(prefix: "perm")
        defer { folder.remove() }
        let path = try folder.write("locked.xml", Self.valid)
        try #require(chmod(path, 0) == 0)
        let readable = access(path, R_OK) == 0 // true for root

        let result = importFiles([path])
        let outcome = try runNormering(["validate", path])
        #expect(!outcome.timedOut)
        if readable {
            #expect(result.errorCodes == [])
            #expect(result.statistics.recordsUsed == 1)
            #expect(outcome.status == 0)
        } else {
            #expect(result.errorCodes == ["unreadable"])
            #expect(result.diagnostics.first?.message.contains("Permission denied") == true)
            #expect(outcome.status == 2)
            #expect(outcome.problemLines.first?.hasPrefix(path + ":0:0: error: cannot open the file") == true)
        }
    }

    /// A link to nothing (an unmounted share): reported as unreadable, whether named or found in a folder.
    @Test func aLinkToNothing() throws {
        let folder = try TemporaryFolder(prefix: "link")
        defer { folder.remove() }
        let link = folder.file("gone.xml")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder.file("nowhere/export.xml"))
        try folder.write("present.xml", Self.valid)

        let result = importFiles([link])
        #expect(result.errorCodes == ["unreadable"])
        #expect(result.diagnostics.first?.message.contains("No such file") == true)

        let found = try ExportFinder.find([folder.path])
        #expect(found == [link, folder.file("present.xml")])
        let outcome = try runNormering(["validate", folder.path])
        #expect(outcome.status == 2)
        #expect(outcome.problemLines.contains { $0.hasPrefix(link + ":0:0: error: cannot open the file") }, "\(outcome.standardOutput)")
        let named = try runNormering(["validate", link])
        #expect(named.status == 2)
        #expect(named.standardError.contains("no such file or folder"))
    }

    /// External entities, an external DTD and XInclude point at a FIFO: opening it for reading
    /// would block until a writer comes, so any attempt to read it hangs the run (and the
    /// watchdog says so); afterwards no reader may hold it open.
    @Test("nothing outside the input is opened", arguments: ["xxe-marker.xml", "external-dtd-file.xml", "foreign-element.xml"])
    func fifoIsNeverOpened(file: String) throws {
        let traps = try Traps()
        let fifo = traps.folder.file("fifo-\(UUID().uuidString)")
        try #require(mkfifo(fifo, 0o600) == 0)
        let path = try traps.materialise(file, marker: fifo)
        let outcome = try runNormering(["validate", path])
        #expect(!outcome.timedOut, "\(file): the run blocked, reading the FIFO")
        #expect(outcome.status == 2)
        let writer = open(fifo, O_WRONLY | O_NONBLOCK)
        #expect(writer < 0 && errno == ENXIO, "\(file): someone has the FIFO open for reading")
        if writer >= 0 { close(writer) }
    }

    @Test func passwdNeverAppears() throws {
        let passwd = (try? String(contentsOfFile: "/etc/passwd", encoding: .utf8)) ?? ""
        let firstLine = try #require(passwd.split(separator: "\n").first.map(String.init))
        let path = hostileRoot + "/xxe-passwd.xml"
        let outcome = try runNormering(["validate", path])
        #expect(outcome.status == 2)
        #expect(!(outcome.standardOutput + outcome.standardError).contains(firstLine))
        let result = importFiles([path])
        #expect(result.errorCodes == ["doctype"])
        #expect(!result.diagnostics.map(\.formatted).joined().contains(firstLine))
    }
}
