import Foundation
import NormeringConfig
import NormeringCore
import NormeringRules
import Testing

/// A rule owns its id: the reports, the console and the exit status ask the rule set, so no
/// Swift source names a rule id of a shipped set. Only the rule-set files do.
@Suite("No rule id in the sources")
struct RuleIDsInSourcesTests {
    @Test("no Swift file under Sources/ names a rule id string such as \"minimum-staffing\"")
    func noRuleIDs() throws {
        let ids = (RuleSet.danish.rules + RuleSet.norwegian.rules).map(\.id.rawValue)
        #expect(ids.contains("minimum-staffing") && ids.contains("bemanningsnorm"))
        let sources = repositoryRoot.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var checked = 0
        for case let file as URL in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for id in ids {
                #expect(!text.contains("\"\(id)\""), "\(file.lastPathComponent) names the rule id \"\(id)\"")
            }
            checked += 1
        }
        #expect(checked > 100)
    }
}
