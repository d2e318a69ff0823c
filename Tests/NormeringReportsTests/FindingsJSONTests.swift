import Foundation
import NormeringCore
import Testing
@testable import NormeringReports

@Suite struct FindingsJSONTests {
    @Test func holdsTheRowsOfFindingsCSVWithTheSameKeys() throws {
        let findings = TroubledFixture.evaluation.findings
        let bytes = findingsJSON(findings)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [[String: Any]])
        #expect(objects.count == findings.count)
        let csv = String(decoding: findingsCSV(findings, dialect: .rfc4180), as: UTF8.self)
        #expect(csv.hasPrefix(FindingsCSV.columns.joined(separator: ",")))
        for (object, finding) in zip(objects, findings) {
            #expect(Set(object.keys) == Set(FindingsCSV.columns))
            #expect(object["period"] as? String == finding.period.description)
            #expect(object["institution_name"] as? String == finding.institutionName)
            let value = try #require(object["value"] as? Double)
            #expect(FigureFormatting.string(value, decimals: finding.valueFormat.decimals)
                == FigureFormatting.string(finding.value, decimals: finding.valueFormat.decimals))
            #expect((object["threshold"] is NSNull) == (finding.threshold == nil))
            #expect((object["gap_fte"] is NSNull) == (finding.gapFTE == nil))
            #expect((object["gap_cost"] is NSNull) == (finding.gapCost == nil))
            #expect(object["months"] as? Int == finding.months)
        }
    }

    @Test func keysFollowTheColumnOrderAndTheOutputIsStable() {
        let first = findingsJSON(OneMonthExample.evaluation.findings)
        #expect(first == findingsJSON(OneMonthExample.evaluation.findings))
        let text = String(decoding: first, as: UTF8.self)
        let firstObject = text.split(separator: "\n")[1]
        var position = firstObject.startIndex
        for key in FindingsCSV.columns {
            guard let found = firstObject.range(of: "\"\(key)\":", range: position..<firstObject.endIndex) else {
                Issue.record("key \(key) missing or out of order")
                return
            }
            position = found.upperBound
        }
        #expect(text.contains("\"value\": 0.880, \"threshold\": 0.950, \"gap_fte\": 1.75, \"gap_cost\": null"))
    }

    @Test func escapesWhatJSONRequires() throws {
        var finding = OneMonthExample.evaluation.findings[0]
        finding.institutionName = "Quote \" backslash \\ newline \n tab \t bell \u{07} æøå"
        let bytes = findingsJSON([finding])
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [[String: Any]])
        #expect(objects.first?["institution_name"] as? String == finding.institutionName)
        #expect(String(decoding: bytes, as: UTF8.self).contains("\\u0007"))
        #expect(findingsJSON([]) == Array("[]\n".utf8))
    }
}
