import Testing
import NormeringCore
@testable import NormeringImport

@Suite("Character and entity references in attribute values")
struct ReferenceTests {
    @Test func ampersandsAndOtherReferencesAreDecodedOnce() throws {
        let result = importFixtures(["escapes/references.xml"])
        let first = try #require(result.institution("657-1"))
        #expect(first.name == "Leg & Lær")
        #expect(first.district == "Nord & Syd")
        #expect(first.children.map(\.id) == ["B&1"])
        let second = try #require(result.institution("657-2"))
        // `&#x26;#38;` is an ampersand followed by the text "#38;".
        #expect(second.name == "\"Tre < Fire\" &#38;")
    }
}
