import Foundation
import Testing
@testable import NormeringImport

@Suite("Finding export files")
struct ExportFinderTests {
    @Test func foldersAreSearchedRecursivelyAndSortedAsBytes() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("normering-finder-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["Imports/2025-03/a.xml", "Imports/2025-03.xml", "Imports/B.XML", "Imports/notes.txt",
                     "Imports/.hidden.xml", "Imports/.cache/x.xml", "Imports/Ø/æ.Xml", "Imports/a-b.xml"] {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("<x/>".utf8).write(to: url)
        }
        let folder = root.appendingPathComponent("Imports").path
        let found = try ExportFinder.find([folder + "/"])
        #expect(found.map { String($0.dropFirst(folder.count)) } == [
            "/2025-03.xml", "/2025-03/a.xml", "/B.XML", "/a-b.xml", "/Ø/æ.Xml",
        ])
        // A file named directly is taken whatever its name; duplicates once.
        let text = root.appendingPathComponent("Imports/notes.txt").path
        #expect(try ExportFinder.find([text, folder + "/B.XML", text]) == [folder + "/B.XML", text])
    }

    @Test func aMissingPathIsAClearError() {
        do {
            _ = try ExportFinder.find(["/no/such/Imports"])
            Issue.record("a missing path was accepted")
        } catch {
            #expect(String(describing: error) == "no such file or folder: /no/such/Imports")
        }
    }
}
