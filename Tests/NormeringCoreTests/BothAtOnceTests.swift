import NormeringCore
import Synchronization
import Testing

@Suite("bothAtOnce")
struct BothAtOnceTests {
    @Test("both closures run once, on one thread in order, on two at once", arguments: [1, 2, 8])
    func bothRun(threads: Int) {
        // Atomics, not a Mutex: ThreadSanitizer does not see a Mutex's lock on Linux and
        // reports the two closures' accesses to what it guards as a race.
        let clock = Atomic<Int>(0)
        let firstAt = Atomic<Int>(0)
        let secondAt = Atomic<Int>(0)
        var left = [3, 1, 2]
        var right = ["b", "a"]
        bothAtOnce(threads: threads) {
            left.sort()
            firstAt.store(clock.add(1, ordering: .sequentiallyConsistent).newValue, ordering: .sequentiallyConsistent)
        } _: {
            right.sort()
            secondAt.store(clock.add(1, ordering: .sequentiallyConsistent).newValue, ordering: .sequentiallyConsistent)
        }
        #expect(left == [1, 2, 3] && right == ["a", "b"])
        let first = firstAt.load(ordering: .sequentiallyConsistent)
        let second = secondAt.load(ordering: .sequentiallyConsistent)
        // Each ran exactly once: the two ticks are 1 and 2, in some order.
        #expect([first, second].sorted() == [1, 2])
        if threads == 1 { #expect(first == 1 && second == 2) }
    }
}
