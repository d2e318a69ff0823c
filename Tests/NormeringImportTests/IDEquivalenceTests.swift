import Foundation
import NormeringCore
import NormeringTestSupport
import Testing
@testable import NormeringImport

/// Ids are kept as numbers of their exact bytes, but where the format compares them (two
/// segments of one id, a duplicate class, a `minder`, a `<teaches class>`) they are equal when
/// they are equal as texts: "Å" written precomposed (U+00C5) or as "A" + U+030A is one id.
@Suite("Ids compared as texts, written either way")
struct IDEquivalenceTests {
    static let precomposed = "\u{C5}1"
    static let decomposed = "A\u{30A}1"

    static func importBoth(staffing: String, enrolment: String) throws -> ImportResult {
        let folder = NSTemporaryDirectory() + uniqueName("normering-ids")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        try (header + "<staffing xmlns=\"urn:normering:export:1\" municipality=\"657\" period=\"2025-03\">\n"
             + staffing + "</staffing>\n").write(toFile: folder + "/staffing.xml", atomically: true, encoding: .utf8)
        try (header + "<enrolment xmlns=\"urn:normering:export:1\" municipality=\"657\" period=\"2025-03\">\n"
             + enrolment + "</enrolment>\n").write(toFile: folder + "/enrolment.xml", atomically: true, encoding: .utf8)
        return Importer(options: ImportOptions(workers: 1)).gather(files: [folder + "/enrolment.xml", folder + "/staffing.xml"])
    }

    @Test("overlapping segments and duplicate classes of one id written two ways are rejected")
    func overlapsAndDuplicates() throws {
        let result = try Self.importBoth(
            staffing: """
              <institution id="S" name="Skolen" kind="school">
                <employee id="\(Self.precomposed)" role="teacher" education="teacher" hours="37"/>
                <employee id="\(Self.decomposed)" role="teacher" education="teacher" hours="20" from="2025-03-10">
                  <teaches class="\(Self.decomposed)" subject="dansk" lessons="5"/>
                </employee>
              </institution>

            """,
            enrolment: """
              <institution id="S" name="Skolen" kind="school">
                <class id="\(Self.precomposed)" grade="1" pupils="20"/>
                <class id="\(Self.decomposed)" grade="1" pupils="21"/>
              </institution>

            """)
        #expect(result.diagnostics.map(\.code) == ["duplicate-class", "overlap"])
        let school = try #require(result.institution("S"))
        #expect(school.employees.map(\.hours) == [37])
        #expect(school.classes.map(\.pupils) == [20])
        // The class kept is written as it was read.
        #expect(school.classes.map { Array($0.id.utf8) } == [Array(Self.precomposed.utf8)])
    }

    @Test("a minder and a teaches class written the other way still name the employee and the class")
    func mindersAndTeaches() throws {
        let result = try Self.importBoth(
            staffing: """
              <institution id="D" name="Dagplejen" kind="family-daycare">
                <employee id="\(Self.precomposed)" role="pedagogical" education="untrained" hours="37"/>
              </institution>
              <institution id="S" name="Skolen" kind="school">
                <employee id="T1" role="teacher" education="teacher" hours="37">
                  <teaches class="\(Self.decomposed)" subject="dansk" lessons="5"/>
                </employee>
              </institution>

            """,
            enrolment: """
              <institution id="D" name="Dagplejen" kind="family-daycare">
                <child id="C1" birthDate="2023-05-01" minder="\(Self.decomposed)"/>
              </institution>
              <institution id="S" name="Skolen" kind="school">
                <class id="\(Self.precomposed)" grade="1" pupils="20"/>
              </institution>

            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
        let daycare = try #require(result.institution("D"))
        #expect(daycare.children.map { $0.minder.map { Array($0.utf8) } } == [Array(Self.decomposed.utf8)])
        let school = try #require(result.institution("S"))
        #expect(school.employees.first?.teaches.count == 1)
    }
}
