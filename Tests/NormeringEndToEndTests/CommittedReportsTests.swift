import Foundation
import Testing

/// `Reports/` holds what `normering check` makes of `Imports/`: regenerate and compare, so the
/// committed reports are always what the tool produces.
@Suite("Committed reports")
struct CommittedReportsTests {
    @Test func reportsFolderIsWhatCheckWritesForImports() throws {
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let run = try runNormering(["check", "--quiet", "--output", output.path])
        // The sample year has a private institution below the minimum: a legal failure.
        #expect(run.status == 1, "stderr: \(run.standardError)")
        let committed = repositoryRoot.appendingPathComponent("Reports")
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(names == ["findings.csv", "normering.csv", "rejects.csv", "summary.txt"])
        let committedNames = try FileManager.default.contentsOfDirectory(atPath: committed.path)
            .filter { !$0.hasPrefix(".") }.sorted()
        #expect(committedNames == names)
        for name in names {
            let fresh = try Data(contentsOf: output.appendingPathComponent(name))
            let kept = try Data(contentsOf: committed.appendingPathComponent(name))
            #expect(fresh == kept, "Reports/\(name) is stale: run `swift run normering check` and commit Reports/")
        }
    }
}
