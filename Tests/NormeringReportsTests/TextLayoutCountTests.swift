import Testing
@testable import NormeringReports

/// The summary's layout counts simple text by scalars; these tests hold that to the
/// character count it replaces.
@Suite("Text layout counts")
struct TextLayoutCountTests {
    /// Every scalar the layout calls simple.
    static let simpleScalars: [Unicode.Scalar] = (0x20..<0x300).compactMap { value in
        guard let scalar = Unicode.Scalar(value), TextLayout.isSimple(String(Character(scalar))) else { return nil }
        return scalar
    }

    @Test("a simple scalar is one character alone, after any simple scalar and before one")
    func simpleScalarsNeverJoin() {
        #expect(Self.simpleScalars.count > 600)
        #expect(!TextLayout.isSimple("e\u{0301}") && !TextLayout.isSimple("a\u{00AD}b") && !TextLayout.isSimple("\r\n"))
        for scalar in Self.simpleScalars {
            let one = String(Character(scalar))
            #expect(one.count == 1)
            for other in Self.simpleScalars where other.value % 7 == 0 || other.value < 0x80 {
                let pair = one + String(Character(other))
                #expect(pair.count == 2, "U+\(String(scalar.value, radix: 16)) U+\(String(other.value, radix: 16))")
            }
        }
    }

    @Test("wrapping counts as before: Danish text, legal references kept together, long words cut")
    func wrapMatchesCharacterCounts() {
        let texts = [
            "Børnehuset Mælkebøtten (657-101), 2025-03: 91,2 % dækning mod 95,0 %; mangler 3,4 lektioner efter dagtilbudsloven § 19 a, stk. 7",
            String(repeating: "ÆØÅ æøå ", count: 30),
            "Ord" + String(repeating: "x", count: 140) + " slut",
            "e\u{0301}\u{0301} kombineret tekst " + String(repeating: "é", count: 20),
        ]
        for text in texts {
            for indent in [0, 2, 4] {
                let lines = TextLayout.wrap(text, indent: indent, hangingIndent: indent + 2, width: 40)
                #expect(!lines.isEmpty)
                for line in lines { #expect(line.count <= 40, "\(line)") }
                #expect(lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
                    == text.split(separator: " ").joined(separator: " ")
                    || text.contains("xxxxxxxxxx"))
            }
        }
    }
}
