import Dispatch

/// Runs `first` and `second` at the same time, on two threads, and returns when both are
/// done; with `threads <= 1`, one after the other on the calling thread.
///
/// For two pieces of work that share no mutable state, such as sorting two different lists:
/// the caller vouches for that, as for `parallelMap`'s transform. Neither closure outlives
/// the call.
public func bothAtOnce(threads: Int, _ first: () -> Void, _ second: () -> Void) {
    guard threads > 1 else {
        first()
        second()
        return
    }
    withoutActuallyEscaping(first) { first in
        withoutActuallyEscaping(second) { second in
            let work = UncheckedSendable((first, second))
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                if index == 0 { work.value.0() } else { work.value.1() }
            }
        }
    }
}
