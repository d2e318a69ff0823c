import NormeringTestSupport
import Testing
@testable import NormeringCore

@Suite("Text table")
struct TextTableTests {
    @Test("texts are numbered in the order first seen; a repeated text keeps its number")
    func order() {
        var texts = TextTable()
        #expect(texts.number("B00100") == TextID(0))
        #expect(texts.number("B00200") == TextID(1))
        #expect(texts.number("B00100") == TextID(0))
        #expect(texts.number("") == TextID(2))
        #expect(texts.count == 3)
        #expect(texts.string(TextID(1)) == "B00200")
        #expect(texts.string(TextID(2)) == "")
        #expect(texts.number("b00100") == TextID(3))
        #expect(texts.isASCII)
    }

    @Test("it numbers by exact bytes as a dictionary does; EquivalentTexts unites canonically equivalent texts")
    func agreesWithDictionary() {
        var generator = SeededGenerator(seed: 7)
        let alphabet: [Character] = ["a", "B", "0", "7", "-", " ", "æ", "Ø", "å", "e\u{301}", "é", "\u{212A}", "K"]
        for round in 0..<30 {
            var byBytes: [[UInt8]: Int] = [:]
            var texts: [String] = []
            var first: [String: Int] = [:]
            var table = TextTable()
            let letters = round % 2 == 0 ? alphabet.prefix(6) : alphabet[...]
            for _ in 0..<(round * 25) {
                let length = Int(generator.next() % 24)
                let text = String((0..<length).map { _ in letters[letters.startIndex + Int(generator.next() % UInt64(letters.count))] })
                let expected = byBytes[Array(text.utf8)] ?? byBytes.count
                if byBytes[Array(text.utf8)] == nil {
                    byBytes[Array(text.utf8)] = expected
                    texts.append(text)
                    if first[text] == nil { first[text] = expected }
                }
                #expect(table.number(text) == TextID(Int32(expected)), "\(text)")
            }
            #expect(table.count == byBytes.count)
            #expect(table.isASCII == (round % 2 == 0 || texts.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }))
            var equivalent = EquivalentTexts()
            let expected = texts.map { TextID(Int32(first[$0] ?? -2)) }
            #expect((equivalent.all(in: table) ?? texts.indices.map { TextID(Int32($0)) }) == expected)
            // Asked one at a time, as the join asks, the same numbers.
            var stepwise = EquivalentTexts()
            #expect(texts.indices.map { stepwise.of(TextID(Int32($0)), in: table) } == expected)
            for (number, text) in texts.enumerated() { #expect(table.string(TextID(Int32(number))) == text) }
        }
    }

    @Test("past its longest probe, every text goes by the dictionary, numbers unchanged")
    func overflow() {
        var texts = TextTable(longestProbe: 0)
        for index in 0..<5_000 { #expect(texts.number("T\(index)") == TextID(Int32(index))) }
        for index in stride(from: 0, to: 5_000, by: 7) { #expect(texts.number("T\(index)") == TextID(Int32(index))) }
        #expect(texts.number("caf\u{E9}") == TextID(5_000))
        #expect(texts.number("cafe\u{301}") == TextID(5_001))  // equivalent, other bytes: its own number
        var equivalent = EquivalentTexts()
        #expect(equivalent.of(TextID(5_001), in: texts) == TextID(5_000))
    }

    @Test("the table grows past its first slots and keeps every number; precedes is byte order")
    func growth() {
        var texts = TextTable()
        for index in 0..<20_000 { #expect(texts.number("T\(index)") == TextID(Int32(index))) }
        for index in stride(from: 0, to: 20_000, by: 7) { #expect(texts.number("T\(index)") == TextID(Int32(index))) }
        #expect(texts.count == 20_000)
        let a = texts.number("Z")
        let b = texts.number("\u{C6}")  // Æ: after Z in code-point order
        #expect(texts.precedes(a, b) && !texts.precedes(b, a))
    }
}
