import NormeringCore
import NormeringTestSupport
import Testing

@Suite("stableOrder")
struct StableOrderTests {
    /// Keys with many ties: the order must be the keys' sorted order with ties in position
    /// order, the same on one thread as on several, for odd and even counts.
    @Test("stable, and the same for any thread count", arguments: [0, 1, 2, 3, 17, 1000, 4097])
    func matchesStableSort(count: Int) {
        var generator = SeededGenerator(seed: UInt64(count) + 7)
        let keys = (0..<count).map { _ in Int.random(in: 0..<(count / 4 + 2), using: &generator) }
        // The stable order by definition: sorted by (key, position).
        let expected = (0..<count).sorted { (keys[$0], $0) < (keys[$1], $1) }
        for threads in [1, 2, 8] {
            #expect(stableOrder(count: count, threads: threads) { keys[$0] < keys[$1] } == expected)
        }
    }
}
