import Testing
@testable import NormeringImport

@Suite("Repeated attribute values")
struct RepeatedTextsTests {
    @Test("a value gives back its text, whether seen before or not, short or long")
    func sameText() {
        var texts = RepeatedTexts()
        let values = ["Dansk", "Matematik", "Natur/teknologi", "H\u{E5}ndv\u{E6}rk og design", "5A", "Dansk", "5A",
                      "Kristendomskundskab", "", "x", "12345678", "1234567", "123456789", "Matematik",
                      String(repeating: "lang ", count: 20)]
        for _ in 0..<3 {
            for value in values { #expect(span(value) { texts.text($0) } == value) }
        }
    }

    /// The hash looks at the first and last 8 bytes and the length only: these values all
    /// collide, and are told apart by their bytes (past `longestProbe` they are not kept).
    @Test("values with the same first and last bytes and length are told apart")
    func similarValues() {
        var texts = RepeatedTexts()
        let values = (0..<500).map { "Fagnavn-\(1000 + $0)-slutning" } + ["abcdXefgh", "abcdYefgh", "abcdefgh", "abcdefgH"]
        for round in 0..<2 {
            for value in values { #expect(span(value) { texts.text($0) } == value, "round \(round)") }
        }
    }

    @Test("&#38; is decoded, as ByteSpan.string does")
    func ampersand() {
        var texts = RepeatedTexts()
        #expect(span("Natur &#38; teknik") { texts.text($0) } == "Natur & teknik")
        #expect(span("Natur &#38; teknik") { texts.text($0) } == "Natur & teknik")
    }

    @Test("past its capacity it keeps giving the right text")
    func beyondCapacity() {
        var texts = RepeatedTexts()
        let count = RepeatedTexts.capacity + 500
        for round in 0..<2 {
            for index in 0..<count {
                let value = "K\(index)"
                #expect(span(value) { texts.text($0) } == value, "round \(round)")
            }
        }
    }
}
