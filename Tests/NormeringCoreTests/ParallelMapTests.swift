import NormeringCore
import Testing

@Suite struct ParallelMapTests {
    @Test("equals map, in order, for every size around the chunk boundaries and 1 to 3 threads",
          arguments: [1, 2, 3])
    func equalsMap(threads: Int) {
        for count in [0, 1, 2, 3, 4, 5, 7, 8, 9, 63, 64, 65, 1_000] {
            let input = (0..<count).map { $0 * 7 - 3 }
            let expected = input.map { "\($0 * $0)" }
            let result = input.parallelMap(threads: threads, chunk: 4) { "\($0 * $0)" }
            #expect(result == expected, "\(count) elements")
        }
    }

    @Test("each element is transformed exactly once")
    func eachOnce() {
        let counter = CallCounter()
        let result = Array(0..<10_000).parallelMap(threads: 2, chunk: 3) { value -> Int in
            counter.add(value)
            return value
        }
        #expect(result == Array(0..<10_000))
        #expect(counter.seen == Array(repeating: 1, count: 10_000))
    }
}

import Foundation

/// How often each value was seen, from any thread. (An `NSLock`, which ThreadSanitizer
/// understands; it does not see the ordering `Synchronization.Mutex` gives.)
private final class CallCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var counts = [Int](repeating: 0, count: 10_000)
    func add(_ value: Int) { lock.withLock { counts[value] += 1 } }
    var seen: [Int] { lock.withLock { counts } }
}
