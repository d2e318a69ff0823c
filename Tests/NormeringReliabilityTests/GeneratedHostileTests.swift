import Foundation
import NormeringCore
import Testing
@testable import NormeringImport

#if canImport(Glibc)
import Glibc
#endif

/// Hostile documents too big to commit: made at run time.
enum Generated {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    static let root = "<staffing xmlns=\"urn:normering:export:1\" municipality=\"657\" period=\"2025-03\">\n"
    static let institution = "  <institution id=\"657-101\" name=\"Børnehuset\" kind=\"daycare\">\n"
    static let employee = "    <employee id=\"E1\" role=\"manager\" education=\"pedagogue\" hours=\"37\"/>\n"
    static let end = "  </institution>\n</staffing>\n"

    /// A document: declaration, root, institution, `inside`, end.
    static func staffing(_ inside: String, institution: String = institution) -> String {
        declaration + root + institution + inside + end
    }

    static func repeated(_ text: String, _ count: Int) -> String { String(repeating: text, count: count) }

    /// Names and documents of the generated cases with what they must give: exit status and the
    /// first error code (`nil`: valid).
    static let cases: [(name: String, status: Int32, code: String?, make: @Sendable () -> String)] = [
        ("deep-nesting-100000-in-institution", 2, "unknown-element", {
            staffing(repeated("<x>", 100_000) + repeated("</x>", 100_000) + "\n" + employee)
        }),
        ("deep-nesting-100000-at-root", 2, "namespace", {
            declaration + repeated("<a>", 100_000) + repeated("</a>", 100_000)
        }),
        // The first <leave> has no kind: dropped with its subtree.
        ("deep-nesting-100000-in-record", 2, "missing-attribute", {
            staffing("    <employee id=\"E1\" role=\"manager\" education=\"pedagogue\" hours=\"37\">"
                     + repeated("<leave>", 100_000) + repeated("</leave>", 100_000) + "</employee>\n")
        }),
        ("element-name-5MB", 2, "not-well-formed", { staffing("<" + repeated("n", 5_000_000) + "/>\n") }),
        ("attribute-name-5MB", 2, "not-well-formed", {
            staffing("    <employee " + repeated("n", 5_000_000) + "=\"1\"/>\n")
        }),
        ("attribute-value-5MB", 0, nil, {
            staffing(employee, institution: institution.replacingOccurrences(
                of: "name=\"Børnehuset\"", with: "name=\"" + repeated("æ", 2_500_000) + "\""))
        }),
        // libxml2's limit without XML_PARSE_HUGE (which the importer never sets): 10 000 000 bytes.
        ("attribute-value-12MB", 2, "not-well-formed", {
            staffing(employee, institution: institution.replacingOccurrences(
                of: "name=\"Børnehuset\"", with: "name=\"" + repeated("x", 12_000_000) + "\""))
        }),
        ("text-20MB-in-record", 2, "unexpected-text", {
            staffing("    <employee id=\"E1\" role=\"manager\" education=\"pedagogue\" hours=\"37\">"
                     + repeated("t", 20_000_000) + "</employee>\n")
        }),
        ("comment-20MB", 2, "not-well-formed", { staffing("<!--" + repeated("c", 20_000_000) + "-->\n" + employee) }),
        ("quadratic-blowup", 2, "doctype", {
            "<?xml version=\"1.0\"?>\n<!DOCTYPE staffing [<!ENTITY a \"" + repeated("x", 65_536) + "\">]>\n"
                + root + institution.replacingOccurrences(of: "name=\"Børnehuset\"", with: "name=\"" + repeated("&a;", 50_000) + "\"")
                + employee + end
        }),
        ("many-namespace-declarations-10000", 0, nil, {
            staffing("    <employee id=\"E1\" role=\"manager\" education=\"pedagogue\" hours=\"37\" "
                     + (0..<10_000).map { "xmlns:p\($0)=\"urn:p\($0)\"" }.joined(separator: " ") + "/>\n")
        }),
    ]

    /// 100 000 attributes on one element (libxml2 2.9 checks them for duplicates pairwise).
    static func manyAttributes(_ count: Int, on element: String) -> String {
        let attributes = (0..<count).map { "a\($0)=\"1\"" }.joined(separator: " ")
        if element == "staffing" {
            return declaration + root.replacingOccurrences(of: ">\n", with: " " + attributes + ">\n") + institution + employee + end
        }
        return staffing("    <employee id=\"E1\" role=\"manager\" education=\"pedagogue\" hours=\"37\" " + attributes + "/>\n")
    }
}

@Suite("Generated hostile documents")
struct GeneratedHostileTests {
    @Test("huge, deep and wide documents: no crash, no hang, a positioned error", arguments: Generated.cases.map(\.name))
    func generated(name: String) throws {
        let item = try #require(Generated.cases.first { $0.name == name })
        let folder = try TemporaryFolder(prefix: "generated")
        defer { folder.remove() }
        let path = try folder.write(name + ".xml", item.make())

        let outcome = try runNormering(["validate", "--workers", "1", path])
        #expect(!outcome.timedOut, "\(name): no answer within 10 s")
        #expect(outcome.status == item.status, "\(name): \(outcome.standardOutput.prefix(500))")
        #expect(outcome.standardError.isEmpty, "\(name): \(outcome.standardError.prefix(500))")
        for line in outcome.problemLines {
            let parsed = parseProblemLine(line, paths: [path])
            #expect(parsed.map { $0.line >= 1 } == true, "\(name): \(line.prefix(300))")
            #expect(line.utf8.count < 400, "\(name): a problem line of \(line.utf8.count) bytes")
        }

        let result = importFiles([path])
        #expect(invariantProblems(result, paths: [path]).map { String($0.prefix(300)) } == [], "\(name)")
        #expect(result.errorCodes.first == item.code, "\(name): \(result.diagnostics.map { $0.formatted.prefix(200) })")
        if item.status == 0 { #expect(result.statistics.recordsUsed == 1, "\(name)") }
        if name == "attribute-value-5MB" {
            #expect(result.dataset.institutionMonths.first?.name.count == 2_500_000)
        }
    }

    /// libxml2 2.9's start tag checks every attribute against every other (fixed in 2.12, which
    /// uses a hash table): 100 000 attributes would take ~10 s. The importer refuses a start tag
    /// with more than 20 000 attributes before libxml2 reads it, so this is quick.
    @Test("100 000 attributes on one element", arguments: ["employee", "staffing"])
    func manyAttributes(element: String) throws {
        let folder = try TemporaryFolder(prefix: "attributes")
        defer { folder.remove() }
        let path = try folder.write("attributes.xml", Generated.manyAttributes(100_000, on: element))
        let outcome = try runNormering(["validate", "--workers", "1", path])
        #expect(!outcome.timedOut, "no answer within 10 s")
        #expect(outcome.status == 2)
        let lines = outcome.problemLines.filter { $0.contains(": error: ") }
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first?.contains("more than 20000 attributes") == true, "\(lines)")
        #expect(parseProblemLine(lines.first ?? "", paths: [path]) != nil)
        let result = importFiles([path])
        #expect(result.errorCodes == ["too-many-attributes"])
        #expect(invariantProblems(result, paths: [path]) == [])
    }

    /// Read as raw bytes, a UTF-16 name or value made of U+4E22 (丢) holds `"` bytes: attributes
    /// `丢N="1丢"` once hid every `=` from the guard, and 60 000 of them took libxml2 2.5 s (a
    /// million, minutes). The guard reads UTF-16 by its units (and UCS-4, which libxml2 here
    /// does not read: see `guardCountsByUnits`).
    @Test("attributes in UTF-16 whose characters hold quote bytes", arguments: [
        ("utf-16le", [UInt8]([0xFF, 0xFE])), ("utf-16be", [0xFE, 0xFF]),
    ])
    func manyAttributesHidingQuotes(encoding: String, byteOrderMark: [UInt8]) throws {
        func encoded(_ text: String) -> [UInt8] {
            byteOrderMark + Self.units(text, encoding)
        }
        let declaration = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"
        let folder = try TemporaryFolder(prefix: "attributes16")
        defer { folder.remove() }
        for (count, refused) in [(60_000, true), (3_000, false)] {
            let attributes = (0..<count).map { "\u{4E22}\($0)=\"1\u{4E22}\"" }.joined(separator: " ")
            let text = Generated.manyAttributes(0, on: "employee")
                .replacingOccurrences(of: Generated.declaration, with: declaration)
                .replacingOccurrences(of: "hours=\"37\" ", with: "hours=\"37\" " + attributes)
            let path = try folder.write("attributes-\(count).xml", encoded(text))
            let result = importFiles([path])
            if refused {
                // The guard's code: the file was refused before libxml2 read the start tag.
                #expect(result.errorCodes == ["too-many-attributes"], "\(encoding): \(result.errorCodes.prefix(3))")
            } else {
                // Read by libxml2 (if it can read the encoding), its attributes refused one by one.
                #expect(!result.errorCodes.contains("too-many-attributes"), "\(encoding)")
            }
        }
    }

    /// Just under the limit the file is read (and its attributes refused one by one).
    @Test func attributesUpToTheLimitAreParsed() throws {
        let folder = try TemporaryFolder(prefix: "attributes")
        defer { folder.remove() }
        let path = try folder.write("attributes.xml", Generated.manyAttributes(5_000, on: "employee"))
        let result = importFiles([path])
        #expect(result.errorCodes.first == "unknown-attribute")
    }

    /// Whether a fresh guard lets `bytes` through, fed in chunks of `chunk` bytes.
    static func guardPasses(_ bytes: [UInt8], chunk: Int = 7) -> Bool {
        var guardState = StartTagGuard()
        var start = 0
        while start < bytes.count {
            let end = min(start + chunk, bytes.count)
            let ok = bytes[start..<end].withUnsafeBufferPointer { guardState.scan($0.baseAddress!, count: $0.count) }
            if !ok { return false }
            start = end
        }
        return true
    }

    /// The guard counts `=` in tags only: not in quoted values, comments or text.
    @Test func theGuardLooksAtTagsOnly() {
        func passes(_ text: String) -> Bool { Self.guardPasses(Array(text.utf8)) }
        let many = String(repeating: "=", count: 20_001)
        #expect(passes("<a b=\"\(many)\"/>"))
        #expect(passes("<!-- \(many) -->"))
        #expect(passes("<?pi \(many)?>"))
        #expect(passes("<a>\(many)</a>"))
        #expect(!passes("<a \(many)/>"))
        #expect(!passes("<a " + String(repeating: "x='1' ", count: 20_001) + "/>"))
        #expect(passes("<a " + String(repeating: "x='1' ", count: 20_000) + "/>"))
    }

    /// `text` (all in the BMP) in `encoding`: utf-16le, utf-16be, ucs-4le or ucs-4be.
    static func units(_ text: String, _ encoding: String) -> [UInt8] {
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let low = UInt8(value & 0xFF), high = UInt8(value >> 8 & 0xFF)
            switch encoding {
            case "utf-16le": bytes += [low, high]
            case "utf-16be": bytes += [high, low]
            case "ucs-4le": bytes += [low, high, 0, 0]
            default: bytes += [0, 0, high, low]
            }
        }
        return bytes
    }

    /// The same counts in every encoding, with chunks that split units.
    @Test("the guard counts = by characters in UTF-16 and UCS-4", arguments: ["utf-16le", "utf-16be", "ucs-4le", "ucs-4be"])
    func guardCountsByUnits(encoding: String) {
        func passes(_ text: String) -> Bool { Self.guardPasses(Self.units(text, encoding)) }
        let hiding = { (count: Int) in (0..<count).map { "\u{4E22}\($0)=\"1\u{4E22}\"" }.joined(separator: " ") }
        #expect(!passes("<a " + hiding(20_001) + "/>"))
        #expect(passes("<a " + hiding(20_000) + "/>"))
        #expect(!passes("<a " + String(repeating: "x='1' ", count: 20_001) + "/>"))
        #expect(passes("<a b=\"" + String(repeating: "=", count: 20_001) + "\"/>"))
        #expect(passes("<!-- " + String(repeating: "=", count: 20_001) + " -->"))
    }

    @Test("the guard tells UTF-16, UCS-4 and EBCDIC from their first bytes")
    func guardTellsUnits() {
        func units(_ bytes: [UInt8]) -> StartTagGuard.Units {
            bytes.withUnsafeBufferPointer { StartTagGuard.units(startingWith: $0.baseAddress!, count: $0.count) }
        }
        #expect(units(Array("<?xml".utf8)) == .bytes)
        #expect(units([0xEF, 0xBB, 0xBF, 0x3C]) == .bytes)
        #expect(units([0xFF, 0xFE, 0x3C, 0x00]) == .utf16(bigEndian: false))
        #expect(units([0x3C, 0x00, 0x3F, 0x00]) == .utf16(bigEndian: false))
        #expect(units([0xFE, 0xFF, 0x00, 0x3C]) == .utf16(bigEndian: true))
        #expect(units([0x00, 0x3C, 0x00, 0x3F]) == .utf16(bigEndian: true))
        #expect(units([0x3C, 0x00, 0x00, 0x00]) == .ucs4(bigEndian: false))
        #expect(units([0x00, 0x00, 0x00, 0x3C]) == .ucs4(bigEndian: true))
        #expect(units([0x4C, 0x6F, 0xA7, 0x94]) == .ebcdic)
        #expect(units([0x3C]) == .bytes)
    }

    @Test func lineNumbersBeyond65535() throws {
        let folder = try TemporaryFolder(prefix: "lines")
        defer { folder.remove() }
        let blank = String(repeating: "\n", count: 100_000)
        let path = try folder.write("lines.xml", Generated.declaration + Generated.root + blank + Generated.institution
            + "    <employee id=\"E1\" role=\"manager\" education=\"pedagogue\" hours=\"37,5\"/>\n" + blank + "<bad" + Generated.end)
        let result = importFiles([path])
        #expect(result.diagnostics.map { "\($0.location.line) \($0.code)" } == ["100004 decimal-comma", "200005 not-well-formed"])
        let outcome = try runNormering(["validate", path])
        #expect(outcome.status == 2)
        #expect(outcome.problemLines.compactMap { parseProblemLine($0, paths: [path])?.line } == [100_004, 200_005])
    }

    @Test func billionLaughsStaysSmall() throws {
        let path = hostileRoot + "/billion-laughs.xml"
        let outcome = try runNormering(["validate", path])
        #expect(outcome.status == 2 && !outcome.timedOut)
        #expect(!outcome.standardOutput.contains("lollol"))
    }
}
