import Foundation
import NormeringCore
import NormeringTestSupport
import Testing
@testable import NormeringImport

/// A valid export cut short at every byte: in the declaration, inside tags, names, attribute
/// values, multi-byte letters, comments, character references, and between records.
@Suite("Truncated exports")
struct TruncationTests {
    static let staffing = """
        <?xml version="1.0" encoding="UTF-8"?>
        <staffing xmlns="urn:normering:export:1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                  xsi:schemaLocation="urn:normering:export:1 normering-export-1.xsd"
                  municipality="657" period="2025-03" system="HR" created="2025-04-02T06:15:00">
          <!-- every element of a staffing export: æøå -->
          <institution id="657-101" name="Børnehuset &amp; Mælkebøtten" kind="daycare" ownership="self-governing" district="Nord">
            <employee id="E1" role="manager" education="pedagogue" hours="37" from="2016-08-01"/>
            <employee id="E2" role="pedagogical" education="assistant" hours=" 32.5 " group="nursery">
              <leave kind="maternity" from="2025-03-10"/>
            </employee>
            <?normering pi?>
          </institution>
          <institution id="657-901" name="Hammerum Skole" kind="school">
            <employee id="T1" role="teacher" education="teacher" hours="37.">
              <competence subject="dansk"/>
              <teaches class="1A" subject="dansk" lessons=" 10 "/>
            </employee>
          </institution>
        </staffing>

        """

    static let enrolment = """
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <enrolment xmlns="urn:normering:export:1" municipality="657" period="2025-03">
          <institution id="657-101" name="B&#248;rnehuset" kind="daycare">
            <child id="B1" birthDate="2023-01-15"/>
            <child id="B2" cpr="0204224234" from="2025-03-01" place="part-time"/>
          </institution>
          <institution id="657-901" name="Hammerum Skole" kind="school">
            <class id="1A" grade="1" pupils="27" exemption="true"/>
          </institution>
        </enrolment>

        """

    /// The bytes of a document (Latin-1 for the enrolment, as its declaration says).
    static func bytes(_ document: String) -> [UInt8] {
        if document.contains("ISO-8859-1") {
            return document.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
        }
        return Array(document.utf8)
    }

    /// UTF-16LE with a byte-order mark: a cut can also split a code unit or a surrogate pair.
    static func utf16(_ text: String) -> [UInt8] {
        text.utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)] }
    }

    /// The document of a test argument, and the bytes of its root's end tag.
    static func document(_ kind: String) -> (bytes: [UInt8], endTag: [UInt8]) {
        switch kind {
        case "enrolment": (bytes(enrolment), Array("</enrolment>".utf8))
        case "staffing-utf16":
            ([0xFF, 0xFE] + utf16(staffing.replacingOccurrences(of: "UTF-8", with: "UTF-16")
                .replacingOccurrences(of: "æøå", with: "æøå 𝄞")), utf16("</staffing>"))
        default: (bytes(staffing), Array("</staffing>".utf8))
        }
    }

    /// What was read, without positions (the files' paths differ).
    static func summary(_ result: ImportResult) -> [String] {
        result.dataset.institutionMonths.map {
            "\($0.id) \($0.name) \($0.employees.map(\.id)) \($0.children.map(\.id)) \($0.classes.map(\.id))"
        }
    }

    @Test("every cut before the root's end tag is an error; the whole file is read",
          arguments: ["staffing", "enrolment", "staffing-utf16"])
    func everyOffset(kind: String) throws {
        let (document, endTag) = Self.document(kind)
        let closed = try #require((0...(document.count - endTag.count)).last {
            Array(document[$0..<($0 + endTag.count)]) == endTag
        }) + endTag.count
        let folder = try TemporaryFolder(prefix: "cut-\(kind)")
        defer { folder.remove() }

        let whole = importFiles([try folder.write("whole.xml", document)])
        #expect(whole.errorCodes == [])
        #expect(whole.statistics.recordsUsed == 3)

        var failures: [String] = []
        for offset in 0..<document.count {
            let path = try folder.write("cut-\(offset).xml", Array(document[0..<offset]))
            let result = importFiles([path])
            failures += invariantProblems(result, paths: [path]).map { "cut at \(offset): \($0)" }
            if offset < closed {
                let last = result.diagnostics.last
                if last?.code != "not-well-formed" || last?.severity != .error || (last?.location.line ?? 0) < 1 {
                    failures.append("cut at \(offset): \(result.diagnostics.map(\.formatted))")
                }
                if result.statistics.filesRejected != 1 || !result.dataset.institutionMonths.isEmpty {
                    failures.append("cut at \(offset): something of a broken file was used")
                }
            } else if Self.summary(result) != Self.summary(whole) || result.errorCodes != [] {
                failures.append("cut at \(offset) (after the end tag): not read like the whole file")
            }
            try FileManager.default.removeItem(atPath: path)
        }
        #expect(failures == [])
    }

    /// Through the executable: a folder of cut files gives exit status 2 and an error with a
    /// position for every one of them (sampled: every 5th byte).
    @Test func validateCommandOnAFolderOfCutFiles() throws {
        let document = Self.bytes(Self.staffing)
        let folder = try TemporaryFolder(prefix: "cut-cli")
        defer { folder.remove() }
        let end = document.count - "</staffing>\n".utf8.count
        var paths: [String] = []
        for offset in stride(from: 0, to: end, by: 5) {
            paths.append(try folder.write(String(format: "cut-%05d.xml", offset), Array(document[0..<offset])))
        }
        let outcome = try runNormering(["validate", "--workers", "2", folder.path], timeout: 30)
        #expect(!outcome.timedOut)
        #expect(outcome.status == 2)
        #expect(outcome.standardError.isEmpty)
        var erroneous: Set<String> = []
        for line in outcome.problemLines {
            guard let parsed = parseProblemLine(line, paths: paths) else {
                Issue.record("not FILE:LINE:COLUMN: \(line)")
                continue
            }
            #expect(parsed.line >= 1, "\(line)")
            if parsed.severity == "error" { erroneous.insert(parsed.file) }
        }
        #expect(erroneous == Set(paths), "without an error: \(Set(paths).subtracting(erroneous).sorted())")
        #expect(outcome.standardOutput.contains("\(paths.count) files"))
    }
}
