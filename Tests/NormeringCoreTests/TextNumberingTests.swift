import NormeringTestSupport
import Testing
@testable import NormeringCore

@Suite("Text numbering")
struct TextNumberingTests {
    @Test("texts are numbered in the order first inserted; a repeated text keeps its number")
    func order() {
        var numbering = TextNumbering()
        #expect(numbering.insert("B00100") == (0, true))
        #expect(numbering.insert("B00200") == (1, true))
        #expect(numbering.insert("B00100") == (0, false))
        #expect(numbering.insert("") == (2, true))
        #expect(numbering.count == 3)
        #expect(numbering.number(of: "B00200") == 1)
        #expect(numbering.number(of: "") == 2)
        #expect(numbering.number(of: "B00300") == nil)
        #expect(numbering.contains("B00100"))
        #expect(!numbering.contains("b00100"))
        #expect(!numbering.usesDictionary)
    }

    @Test("it numbers as a [String: Int] does, over many texts, long and short, ASCII or not")
    func agreesWithDictionary() {
        var generator = SeededGenerator(seed: 7)
        let alphabet: [Character] = ["a", "B", "0", "7", "-", " ", "æ", "Ø", "å", "e\u{301}", "é", "\u{212A}", "K"]
        for round in 0..<40 {
            var numbering = TextNumbering(capacity: round % 3 == 0 ? 0 : 50)
            var reference: [String: Int] = [:]
            for _ in 0..<(round * 25) {
                let length = Int(generator.next() % 24)
                // Half the rounds ASCII only (the fast path), half with any character.
                let letters = round % 2 == 0 ? alphabet.prefix(6) : alphabet[...]
                let text = String((0..<length).map { _ in letters[letters.startIndex + Int(generator.next() % UInt64(letters.count))] })
                let expected = reference[text] ?? reference.count
                let wasNew = reference[text] == nil
                if wasNew { reference[text] = expected }
                if generator.next() % 4 == 0 {
                    #expect(numbering.number(of: text) == (wasNew ? nil : expected), "\(text)")
                    if wasNew { reference[text] = nil }
                } else {
                    let result = numbering.insert(text)
                    #expect(result.number == expected && result.inserted == wasNew, "\(text)")
                }
            }
            #expect(numbering.count == reference.count)
            for (text, number) in reference { #expect(numbering.number(of: text) == number) }
        }
    }

    @Test("a text that is not ASCII finds a canonically equivalent ASCII text (KELVIN SIGN is K)")
    func canonicalEquivalence() {
        var numbering = TextNumbering()
        numbering.insert("5K")
        numbering.insert("7A")
        #expect(!numbering.usesDictionary)
        #expect(numbering.number(of: "5\u{212A}") == 0)  // looked up without leaving the fast path
        #expect(!numbering.usesDictionary)
        #expect(numbering.insert("5\u{212A}") == (0, false))
        #expect(numbering.usesDictionary)
        #expect(numbering.insert("Idr\u{E6}t") == (2, true))
        #expect(numbering.insert("7A") == (1, false))
        #expect(numbering.number(of: "5K") == 0)
    }

    @Test("byte equality: equivalent texts written with other bytes are numbered apart")
    func byteEquality() {
        var numbering = TextNumbering(equality: .bytes)
        #expect(numbering.insert("Idr\u{E6}t") == (0, true))
        #expect(numbering.insert("caf\u{E9}") == (1, true))
        #expect(numbering.insert("cafe\u{301}") == (2, true))  // canonically equal to 1, other bytes
        #expect(numbering.insert("caf\u{E9}") == (1, false))
        #expect(numbering.insert("Idr\u{E6}t") == (0, false))
        #expect(!numbering.usesDictionary)
    }

    @Test("the table grows past its first capacity and keeps every number")
    func growth() {
        var numbering = TextNumbering(capacity: 2)
        for index in 0..<20_000 { #expect(numbering.insert("T\(index)").inserted) }
        for index in stride(from: 0, to: 20_000, by: 7) { #expect(numbering.number(of: "T\(index)") == index) }
        #expect(numbering.number(of: "T20000") == nil)
        #expect(!numbering.usesDictionary)
    }

    @Test("the hash depends on the seed and on every byte")
    func hashing() {
        let a = TextNumbering.hash("657-10001", seed: 1, asciiOnly: true)
        #expect(a != nil)
        #expect(a != TextNumbering.hash("657-10001", seed: 2, asciiOnly: true))
        #expect(a != TextNumbering.hash("657-10002", seed: 1, asciiOnly: true))
        #expect(TextNumbering.hash("Idr\u{E6}t", seed: 1, asciiOnly: true) == nil)
        #expect(TextNumbering.hash("Idr\u{E6}t", seed: 1, asciiOnly: false) != nil)
    }
}
