import Foundation
import NormeringConfig
import NormeringCore
import NormeringImport
import NormeringRules
import Testing
import NormeringTestSupport

/// The engine makes room for every rule's rows at once from the rules' `rowBound`: a bound
/// below what a rule appends would make the list grow (and copy) again.
@Suite("Rules' row bounds")
struct RowBoundTests {
    @Test("each built-in rule appends no more rows than its bound, on the bundled year")
    func boundsHoldOnTheBundledYear() throws {
        let files = try ExportFinder.find([repositoryRoot.appendingPathComponent("Imports").path])
        let dataset = Importer().gather(files: files).dataset
        #expect(dataset.institutionMonths.count > 100)
        let ruleSet = RuleSet.danish
        var rulesWithRows = 0
        for rule in ruleSet.rules {
            let (appended, bound) = Self.rows(rule, dataset.institutionMonths, ruleSet: ruleSet)
            #expect(appended.findings <= bound.findings, "\(rule.id)")
            #expect(appended.normering <= bound.normering, "\(rule.id)")
            #expect(appended.subjectCoverage <= bound.subjectCoverage, "\(rule.id)")
            if appended.findings > 0 { rulesWithRows += 1 }
        }
        #expect(rulesWithRows == ruleSet.rules.count)
    }

    /// What `rule` appends for `months`, and its bound.
    static func rows<R: Rule>(_ rule: R, _ months: [InstitutionMonth],
                              ruleSet: RuleSet) -> (appended: RuleOutput.Counts, bound: RuleOutput.Counts) {
        let context = ruleSet.context(for: rule)
        let measured = months.compactMap { month in
            rule.measure(month, context: context).map { MeasuredMonth(institution: InstitutionInfo(month), figures: $0) }
        }
        var output = RuleOutput(findings: [Finding(period: .year(1), scope: .municipality, municipality: "x",
                                                   rule: "earlier", severity: .info, status: .info, value: 0,
                                                   valueFormat: .count, source: "")])
        rule.evaluate(measured, context: context, into: &output)
        #expect(output.findings.first?.rule == "earlier", "\(rule.id) keeps the rows before its own")
        let appended = RuleOutput.Counts(findings: output.findings.count - 1, normering: output.normering.count,
                                         subjectCoverage: output.subjectCoverage.count)
        return (appended, rule.rowBound(measured.map(\.figures)))
    }
}
