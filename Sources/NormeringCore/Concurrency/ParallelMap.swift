import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `transform` applied to every element, on up to `threads` threads at once, the results
    /// in the order of the elements.
    ///
    /// The elements are handed out in contiguous runs of `chunk`, claimed in turn, so that a
    /// few slow elements do not leave a thread idle. `transform` runs on several threads at
    /// once and must not share mutable state. With `threads <= 1`, or a single run, it is a
    /// plain `map` on the calling thread.
    public func parallelMap<Result: Sendable>(threads: Int, chunk: Int = 64,
                                              _ transform: @Sendable (Element) -> Result) -> [Result] {
        let chunk = Swift.max(1, chunk)
        let runs = (count + chunk - 1) / chunk
        guard threads > 1, runs > 1 else { return map(transform) }
        let elements = self
        let next = Atomic<Int>(0)
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = UncheckedSendable(buffer.baseAddress.unsafelyUnwrapped)
            withoutActuallyEscaping(transform) { transform in
                let transform = UncheckedSendable(transform)
                // Each run's slots are written by the one thread that claimed the run.
                DispatchQueue.concurrentPerform(iterations: Swift.min(threads, runs)) { _ in
                    while true {
                        let run = next.wrappingAdd(1, ordering: .relaxed).oldValue
                        guard run < runs else { return }
                        for index in run * chunk..<Swift.min(elements.count, (run + 1) * chunk) {
                            (slots.value + index).initialize(to: transform.value(elements[index]))
                        }
                    }
                }
            }
            initialized = elements.count
        }
    }
}

/// A value handed to other threads where the caller knows sharing it is safe: here a
/// pure closure that does not outlive the call, and a buffer whose slots are written by one
/// thread each (`parallelMap`).
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
