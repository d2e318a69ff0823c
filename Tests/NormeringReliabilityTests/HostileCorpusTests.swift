import Foundation
import NormeringCore
import Testing
import NormeringTestSupport
@testable import NormeringImport

/// What a file of the hostile corpus must give.
enum Expected: Sendable, CustomStringConvertible {
    /// Read like any other export: no error, exit status 0, institution 657-101 with E1 and E2
    /// under this name.
    case valid(name: String)
    /// Exit status 2; the first error has this code.
    case rejected(String)

    var description: String {
        switch self {
        case .valid(let name): "valid (\(name))"
        case .rejected(let code): "rejected (\(code))"
        }
    }
}

/// Every file of `Hostile/` (the `fuzz-*` ones too) with what it must give.
let hostileCases: [(file: String, expected: Expected)] = {
    let name = "Børnehuset Mælkebøtten"
    var cases: [(String, Expected)] = [
        // Valid: these are XML like any other export.
        ("valid-utf8-bom.xml", .valid(name: name)),
        ("valid-comments.xml", .valid(name: name)),
        ("valid-processing-instructions.xml", .valid(name: name)),
        ("valid-utf16le-bom.xml", .valid(name: name)),
        ("valid-utf16be-bom.xml", .valid(name: name)),
        ("valid-utf16le-no-bom-declared.xml", .valid(name: name)),
        ("valid-latin1.xml", .valid(name: name)),
        ("valid-windows-1252.xml", .valid(name: "Børnehuset Mælkebøtten – “Nord”")),
        ("valid-character-references.xml", .valid(name: "Børnehuset & Mælkebøtten <Nord>")),
        ("valid-prefixed-namespace.xml", .valid(name: name)),
        ("valid-crlf.xml", .valid(name: name)),
        ("valid-cr-only.xml", .valid(name: name)),
        ("valid-blank-cdata.xml", .valid(name: name)),
        ("valid-remote-schema-location.xml", .valid(name: name)),
        ("valid-standalone.xml", .valid(name: name)),
        ("valid-no-declaration.xml", .valid(name: name)),
        // UTF-8 declared as Latin-1 cannot be told from Latin-1: read, letters garbled.
        ("valid-utf8-declared-latin1.xml", .valid(name: "BÃ¸rnehuset MÃ¦lkebÃ¸tten")),
        // libxml2 trusts the byte-order mark over the declaration: read correctly.
        ("utf16le-bom-declared-utf8.xml", .valid(name: name)),
        // libxml2 drops an odd byte after the root element's end tag.
        ("utf16le-odd-length.xml", .valid(name: name)),
        // libxml2 reads XML 1.1 as 1.0 (with a warning of its own, which is not an error).
        ("xml-version-1.1.xml", .valid(name: name)),
    ]
    let notWellFormed = [
        "empty.xml", "whitespace-only.xml", "declaration-only.xml", "bom-only.xml", "nul-byte-in-attribute.xml", "nul-byte-first.xml",
        "invalid-utf8.xml", "overlong-utf8.xml", "utf8-surrogate.xml", "latin1-declared-utf8.xml",
        "latin1-undeclared.xml", "unknown-encoding.xml", "utf16le-no-bom-undeclared.xml",
        "control-character-reference.xml", "control-character-raw.xml", "binary-garbage.xml",
        "xml-declaration-not-first.xml", "xml-declaration-twice.xml", "two-roots.xml", "text-after-root.xml",
        "cdata-before-root.xml", "cdata-in-attribute.xml", "comment-double-dash.xml", "comment-unclosed.xml",
        "pi-reserved-target.xml", "undefined-entity.xml", "duplicate-attribute.xml",
        "duplicate-namespaced-attribute.xml", "undeclared-prefix-element.xml", "undeclared-prefix-attribute.xml",
        "xmlns-prefix-unbound.xml", "mismatched-end-tag.xml", "xml-version-2.0.xml", "doctype-after-root.xml",
        "fuzz-utf16-unpaired-surrogate.xml",
    ]
    cases += notWellFormed.map { ($0, .rejected("not-well-formed")) }
    let doctype = [
        "billion-laughs.xml", "xxe-passwd.xml", "xxe-marker.xml", "xxe-http.xml", "parameter-entity-http.xml",
        "external-dtd-http.xml", "external-dtd-file.xml", "external-dtd-public.xml", "doctype-empty.xml",
        "attribute-default-from-dtd.xml",
    ]
    cases += doctype.map { ($0, .rejected("doctype")) }
    cases += [
        ("cdata-in-record.xml", .rejected("unexpected-text")),
        ("cdata-in-root.xml", .rejected("unexpected-text")),
        ("text-in-institution.xml", .rejected("unexpected-text")),
        ("fuzz-newline-in-text.xml", .rejected("unexpected-text")),
        ("wrong-namespace.xml", .rejected("namespace")),
        ("namespace-wrong-case.xml", .rejected("namespace")),
        ("no-namespace.xml", .rejected("namespace")),
        ("html-root.xml", .rejected("namespace")),
        ("wrong-root.xml", .rejected("unknown-element")),
        ("foreign-element.xml", .rejected("unknown-element")),
        ("format-namespace-attribute.xml", .rejected("unknown-attribute")),
        ("huge-numbers.xml", .rejected("invalid-value")),
        ("huge-integers.xml", .rejected("invalid-value")),
        ("cpr-everywhere.xml", .rejected("cpr-mismatch")),
    ]
    return cases
}()

@Suite("Hostile corpus")
struct HostileCorpusTests {
    @Test func everyCorpusFileHasAnExpectation() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: hostileRoot).filter { !$0.hasPrefix(".") }
        let listed = Set(hostileCases.map(\.file))
        #expect(Set(names) == listed, "unlisted: \(Set(names).subtracting(listed).sorted()), missing: \(listed.subtracting(names).sorted())")
        #expect(listed.count == hostileCases.count, "a file is listed twice")
    }

    @Test("normering validate: exit status, FILE:LINE:COLUMN, no crash, no hang", arguments: hostileCases.map(\.file))
    func validateCommand(file: String) throws {
        let expected = try #require(hostileCases.first { $0.file == file }?.expected)
        let traps = try Traps()
        let path = try traps.materialise(file)
        let outcome = try runNormering(["validate", "--workers", "1", path])
        #expect(!outcome.timedOut, "\(file): no answer within 10 s")
        switch expected {
        case .valid: #expect(outcome.status == 0, "\(file): \(outcome.standardOutput)")
        case .rejected: #expect(outcome.status == 2, "\(file): \(outcome.standardOutput)")
        }
        #expect(outcome.standardError.isEmpty, "\(file): stderr \(outcome.standardError)")
        #expect(outcome.standardOutput.hasSuffix("warning.\n") || outcome.standardOutput.hasSuffix("warnings.\n"),
                "\(file): no closing tally")
        let lines = outcome.problemLines
        if case .rejected = expected { #expect(lines.contains { $0.contains(": error: ") }) }
        for line in lines {
            let parsed = parseProblemLine(line, paths: [path])
            #expect(parsed != nil, "\(file): not FILE:LINE:COLUMN: severity: message: \(line)")
            if let parsed { #expect(parsed.line >= 1, "\(file): no line in \(line)") }
            #expect(!containsCPRNumber(line.replacingOccurrences(of: path, with: "")), "\(file): CPR number in \(line)")
        }
        let everything = outcome.standardOutput + outcome.standardError
        #expect(!everything.contains(traps.markerContent), "\(file): the marker file was read")
        #expect(!everything.contains("root:x:0:0"), "\(file): /etc/passwd was read")
        #expect(traps.connections() == 0, "\(file): the importer connected to 127.0.0.1")
    }

    @Test("the library: the expected result, counts add up, invariants", arguments: hostileCases.map(\.file))
    func library(file: String) throws {
        let expected = try #require(hostileCases.first { $0.file == file }?.expected)
        let traps = try Traps()
        let path = try traps.materialise(file)
        let result = importFiles([path])
        #expect(invariantProblems(result, paths: [path]) == [], "\(file)")
        switch expected {
        case .valid(let name):
            #expect(result.errorCodes == [], "\(file): \(result.diagnostics.map(\.formatted))")
            let institution = try #require(result.dataset.institutionMonths.first { $0.id == "657-101" }, "\(file)")
            #expect(institution.name == name, "\(file)")
            #expect(institution.employees.map(\.id) == ["E1", "E2"], "\(file)")
            #expect(result.statistics.recordsUsed == 2 && result.statistics.filesRejected == 0, "\(file)")
        case .rejected(let code):
            #expect(result.errorCodes.first == code, "\(file): \(result.diagnostics.map(\.formatted))")
            if code == "not-well-formed" || code == "doctype" || code == "namespace" {
                #expect(result.statistics.filesRejected == 1, "\(file)")
                #expect(result.dataset.institutionMonths.isEmpty, "\(file)")
                #expect(result.statistics.recordsUsed == 0, "\(file)")
            }
        }
        let text = result.diagnostics.map(\.formatted).joined(separator: "\n")
        #expect(!text.contains(traps.markerContent) && !text.contains("root:x:0:0"), "\(file): a file outside the input was read")
        #expect(traps.connections() == 0, "\(file): the importer connected to 127.0.0.1")
    }

    /// All of the corpus in one run: no file stops the others, the same result for 1 and 2
    /// workers, every file accounted for.
    @Test func theWholeCorpusInOneRun() throws {
        let traps = try Traps()
        let paths = try hostileCases.map { try traps.materialise($0.file) }
        let one = importFiles(paths, workers: 1)
        #expect(invariantProblems(one, paths: paths) == [])
        // More workers than cores, for the thread sanitizer to watch; progress from every worker.
        let progress = ProgressLog()
        for workers in [2, 8] {
            let many = Importer(options: ImportOptions(workers: workers)).gather(files: paths) { progress.add($0) }
            #expect(one.diagnostics == many.diagnostics, "\(workers) workers")
            #expect(one.statistics == many.statistics, "\(workers) workers")
            #expect(one.dataset.institutionMonths == many.dataset.institutionMonths, "\(workers) workers")
        }
        let reports = progress.reports
        #expect(reports.count == 2 * paths.count)
        #expect(Set(reports.map(\.filesDone)) == Set(1...paths.count))
        #expect(reports.allSatisfy { $0.filesTotal == paths.count })
        // Every file with an error of its own says so (the valid ones share an institution id
        // and employee ids, so together they clash: that is the join's business, not checked here).
        let filesWithErrors = Set(one.diagnostics.filter { $0.severity == .error }.map(\.location.file))
        for (file, path) in zip(hostileCases, paths) {
            if case .rejected = file.expected { #expect(filesWithErrors.contains(path), "\(file.file)") }
        }
        #expect(one.statistics.recordsUsed >= 2)
        #expect(traps.connections() == 0)
    }

    /// Not libxml2's "Extra content at the end of the document": what a user can act on.
    @Test("a file without a root element says so", arguments: ["whitespace-only.xml", "declaration-only.xml"])
    func noRootElement(file: String) {
        let result = importFiles([hostileRoot + "/" + file])
        #expect(result.diagnostics.map(\.message) == ["not well-formed XML: the document has no root element (is the file empty or cut short?)"])
    }

    @Test func cprNumbersAreMaskedEverywhere() throws {
        let path = hostileRoot + "/cpr-everywhere.xml"
        let result = importFiles([path])
        #expect(result.diagnostics.count >= 8)
        for diagnostic in result.diagnostics {
            #expect(!containsCPRNumber(diagnostic.formatted.replacingOccurrences(of: path, with: "")), "\(diagnostic.formatted)")
            #expect(!diagnostic.formatted.contains("0204224234") && !diagnostic.formatted.contains("020422-4234"))
        }
        // The masked form is there: the problems are reported, not dropped.
        #expect(result.diagnostics.contains { $0.formatted.contains("020422-****") })
    }

    @Test func controlCharactersStayOnOneLine() throws {
        let folder = try TemporaryFolder(prefix: "oneline")
        defer { folder.remove() }
        let path = try folder.write("lines.xml", """
            <?xml version="1.0"?>
            <staffing xmlns="urn:normering:export:1" municipality="657" period="2025-03">
              <institution id="A&#10;B" name="N&#10;M" kind="daycare">
                <employee id="E&#13;1" role="manager" education="pedagogue" hours="3&#10;7"/>
                <employee id="E2" role="x&#9;y&#133;z" education="pedagogue" hours="37"/>
              </institution>
            </staffing>
            """)
        let result = importFiles([path])
        #expect(invariantProblems(result, paths: [path]) == [])
        #expect(result.errorCodes == ["invalid-value", "invalid-value"])
        let lines = result.diagnostics.map(\.formatted)
        #expect(lines.contains { $0.contains(#"institution A\nB, E\r1: hours "3\n7""#) }, "\(lines)")
        #expect(lines.contains { $0.contains(#"role "x\ty\u{85}z""#) }, "\(lines)")
    }
}

/// Progress reports, from whichever thread they come.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [ImportProgress] = []

    func add(_ progress: ImportProgress) {
        lock.lock()
        items.append(progress)
        lock.unlock()
    }

    var reports: [ImportProgress] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
