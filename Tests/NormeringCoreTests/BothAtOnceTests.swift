import NormeringCore
import Synchronization
import Testing

@Suite("bothAtOnce")
struct BothAtOnceTests {
    @Test("both closures run once, on one thread in order, on two at once", arguments: [1, 2, 8])
    func bothRun(threads: Int) {
        let log = Mutex<[String]>([])
        var left = [3, 1, 2]
        var right = ["b", "a"]
        bothAtOnce(threads: threads) {
            left.sort()
            log.withLock { $0.append("first") }
        } _: {
            right.sort()
            log.withLock { $0.append("second") }
        }
        #expect(left == [1, 2, 3] && right == ["a", "b"])
        let entries = log.withLock { $0 }
        #expect(entries.sorted() == ["first", "second"])
        if threads == 1 { #expect(entries == ["first", "second"]) }
    }
}
