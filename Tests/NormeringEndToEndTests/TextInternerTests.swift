@testable import NormeringPipeline
import Testing

@Suite("Kept copies of institution texts")
struct TextInternerTests {
    @Test("a kept copy has the same bytes; spellings equal under Unicode but written otherwise stay apart")
    func keepsExactBytes() {
        var texts = TextInterner()
        let precomposed = "Børnehuset Åkanden i Nørre Åby"
        let decomposed = "Børnehuset A\u{030A}kanden i Nørre A\u{030A}by"
        let first = texts.intern(precomposed)
        let other = texts.intern(decomposed)
        #expect(Array(first.utf8) == Array(precomposed.utf8))
        #expect(Array(other.utf8) == Array(decomposed.utf8))
        #expect(Array(texts.intern(String(decomposed)).utf8) == Array(decomposed.utf8))
        #expect(texts.intern("") == "" && texts.intern("657") == "657")
    }
}
