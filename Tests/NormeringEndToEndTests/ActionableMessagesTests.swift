import Foundation
import Testing

/// reports-and-cli.md, "Messages a person can act on", through the built executable: a file
/// that is not XML, text in the wrong encoding, a cut-off file, the same export given twice,
/// and more than 20 messages of a kind.
@Suite("The executable: messages a person can act on")
struct ActionableMessagesTests {
    let example = examplesRoot.appendingPathComponent("one-month")

    /// A folder with the example's two exports (under `folder/`) plus `extra` files (name → bytes).
    func inputFolder(_ extra: [String: [UInt8]] = [:]) throws -> URL {
        let folder = try temporaryFolder()
        for name in ["staffing-2025-03.xml", "enrolment-2025-03.xml"] {
            try FileManager.default.copyItem(at: example.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        for (name, bytes) in extra {
            let target = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: target)
        }
        return folder
    }

    /// The lines of `text` holding `: error: ` / `: warning: `.
    func lines(_ text: String, _ severity: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { $0.contains(": \(severity): ") }
    }

    /// The data rows of rejects.csv in `output`.
    func rejectRows(_ output: URL) throws -> [String] {
        let text = try String(contentsOf: output.appendingPathComponent("rejects.csv"), encoding: .utf8)
        return Array(text.split(whereSeparator: \.isNewline).dropFirst().map(String.init))
    }

    @Test func aCSVFileRenamedToXMLSaysWhatItLooksLike() throws {
        let csv = Array("institution;navn;børn\r\n657-101;Børnehuset Mælkebøtten;42\r\n".utf8)
        let input = try inputFolder(["z-export.xml": csv])
        defer { try? FileManager.default.removeItem(at: input) }
        let run = try runNormering(["validate", "."], in: input)
        #expect(run.status == 2)
        #expect(lines(run.standardOutput, "error") == [
            #"./z-export.xml:1:1: error: this looks like a CSV file (text with semicolons, first line "institution;navn;børn"), not an XML export"#,
        ])
        #expect(lines(run.standardOutput, "warning").isEmpty)
    }

    @Test func undeclaredWindows1252SaysWhichEncodingWasAssumedAndHowToDeclareAnother() throws {
        let staffing = try String(contentsOf: example.appendingPathComponent("staffing-2025-03.xml"), encoding: .utf8)
        let undeclared = staffing.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n")
        let latin1 = undeclared.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) } // ø is 0xF8
        let input = try inputFolder(["staffing-2025-03.xml": latin1])
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: input); try? FileManager.default.removeItem(at: output) }
        let run = try runNormering(["check", "--quiet", "--output", output.path, "."], in: input)
        #expect(run.status == 2)
        let errors = lines(run.standardError, "error")
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("./staffing-2025-03.xml:2:") == true, "\(errors)")
        #expect(errors.first?.contains(#"error: the file is read as UTF-8 (it declares no encoding), but byte 0xF8 at line 2 is not UTF-8 (in Windows-1252 it is "ø"); if the file is Windows-1252 or ISO-8859-1, begin it with <?xml version="1.0" encoding="windows-1252"?>"#) == true)
        // No cascade: the enrolment's institutions are not warned about their missing staffing.
        #expect(lines(run.standardError, "warning").isEmpty, "\(run.standardError)")
        #expect(try rejectRows(output).count == 1)

        // Doing what the message says makes the file readable, Danish letters intact.
        let declared = Array(#"<?xml version="1.0" encoding="windows-1252"?>"#.utf8) + [0x0A] + latin1
        try Data(declared).write(to: input.appendingPathComponent("staffing-2025-03.xml"))
        let fixed = try runNormering(["check", "--quiet", "--output", output.path, "."], in: input)
        #expect(fixed.status == 0, "\(fixed.standardError)")
        let table = try String(contentsOf: output.appendingPathComponent("normering.csv"), encoding: .utf8)
        #expect(table.contains("Børnehuset Mælkebøtten"))
    }

    @Test func aCutOffFileGivesExactlyOneErrorNamingTheOpenElement() throws {
        let staffing = try String(contentsOf: example.appendingPathComponent("staffing-2025-03.xml"), encoding: .utf8)
        let cut = staffing.split(separator: "\n", omittingEmptySubsequences: false).prefix(11).joined(separator: "\n") + "\n"
        let input = try inputFolder(["staffing-2025-03.xml": Array(cut.utf8)])
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: input); try? FileManager.default.removeItem(at: output) }
        let run = try runNormering(["check", "--output", output.path, "."], in: input)
        #expect(run.status == 2)
        #expect(lines(run.standardError, "error") == [
            "./staffing-2025-03.xml:11:78: error: the file ends before </institution> (opened at line 3, column 111) and </staffing>; "
                + "it looks cut off — export it again",
        ])
        #expect(lines(run.standardError, "warning").isEmpty, "\(run.standardError)")
        #expect(try rejectRows(output).count == 1)
        // The six records read before the cut are rejected through that one row.
        #expect(run.standardOutput.contains("23 records: 17 used, 0 ignored, 6 rejected; 1 error, 0 warnings."), "\(run.standardOutput)")
    }

    @Test func theSameExportGivenTwiceIsOneMessageNamingBothFiles() throws {
        let copy = try [UInt8](Data(contentsOf: example.appendingPathComponent("staffing-2025-03.xml")))
        let input = try inputFolder(["march/staffing.xml": copy])
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: input); try? FileManager.default.removeItem(at: output) }
        let run = try runNormering(["check", "--output", output.path, "."], in: input)
        #expect(run.status == 2)
        // Read in path order: ./march/staffing.xml comes before ./staffing-2025-03.xml, which repeats it.
        #expect(lines(run.standardError, "error") == [
            "./staffing-2025-03.xml:1:1: error: this file is the same export as ./march/staffing.xml (identical content: "
                + "staffing, municipality 657, period 2025-03); it is left out, and its 10 records with it",
        ])
        #expect(lines(run.standardError, "warning").isEmpty)
        let rows = try rejectRows(output)
        #expect(rows.count == 1 && rows.first?.hasPrefix("./staffing-2025-03.xml,1,1,error,,,") == true, "\(rows)")
        // The counts: 10 more records read than the example has, all of them rejected once.
        #expect(run.standardOutput.contains("3 files"), "\(run.standardOutput)")
        #expect(run.standardOutput.contains("10 rejected; 1 error, 0 warnings."), "\(run.standardOutput)")
        let summary = try String(contentsOf: output.appendingPathComponent("summary.txt"), encoding: .utf8)
        let quality = summary.split(separator: "\n").map(String.init)
        #expect(quality.contains { $0.hasPrefix("  of which rejected") && $0.hasSuffix(" 1") }, "\(summary)")
        #expect(quality.contains { $0.hasPrefix("  rejected") && $0.hasSuffix(" 10") }, "\(summary)")
        #expect(quality.contains { $0.hasPrefix("repeated-file") }, "\(summary)")
        // The figures are those of the example read once.
        let once = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: once) }
        _ = try runNormering(["check", "--quiet", "--output", once.path, "."], in: example)
        for name in ["findings.csv", "normering.csv"] {
            #expect(try Data(contentsOf: output.appendingPathComponent(name)) == Data(contentsOf: once.appendingPathComponent(name)), "\(name)")
        }
    }

    @Test func moreThanTwentyMessagesOfAKindArePrintedAsTwentyAndACount() throws {
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <staffing xmlns="urn:normering:export:1" municipality="657" period="2025-03">
              <institution id="657-101" name="Børnehuset Mælkebøtten" kind="daycare">

            """
        for number in 1...25 {
            text += "    <employee id=\"X\(number)\" role=\"pedagogical\" education=\"pedagogue\" hours=\"37,5\"/>\n"
        }
        text += "    <employee id=\"Y1\" role=\"chef\" education=\"pedagogue\" hours=\"37\"/>\n  </institution>\n</staffing>\n"
        let input = try inputFolder(["z-extra.xml": Array(text.utf8)])
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: input); try? FileManager.default.removeItem(at: output) }

        let validate = try runNormering(["validate", "."], in: input)
        #expect(validate.status == 2)
        let check = try runNormering(["check", "--quiet", "--output", output.path, "."], in: input)
        #expect(check.status == 2)
        for printed in [validate.standardOutput, check.standardError] {
            let all = printed.split(separator: "\n").map(String.init)
            #expect(all.filter { $0.contains("use a dot as decimal mark") }.count == 20)
            #expect(all.filter { $0 == "./z-extra.xml: … and 5 more like this (decimal-comma)" }.count == 1, "\(printed)")
            #expect(all.contains { $0.contains(#"Y1: role "chef""#) })
            let cut = all.firstIndex(of: "./z-extra.xml: … and 5 more like this (decimal-comma)")
            #expect(cut.map { all[$0 - 1].contains("X20:") } == true)
        }
        #expect(validate.standardOutput.contains("26 errors"))
        // rejects.csv keeps every row.
        #expect(try rejectRows(output).filter { $0.contains("decimal mark") }.count == 25)
    }
}
