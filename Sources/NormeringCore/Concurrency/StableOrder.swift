/// The positions `0..<count` in the order `precedes` gives, stable (positions that neither
/// precedes keep their order). With `threads` of 2 or more the two halves are sorted at the
/// same time, on two threads, and merged; the result is the same for any count.
///
/// `precedes` is called on two threads at once: it must only read (as for `bothAtOnce`).
public func stableOrder(count: Int, threads: Int, by precedes: (Int, Int) -> Bool) -> [Int] {
    guard threads > 1, count > 1 else { return (0..<count).sorted(by: precedes) }  // stable
    let middle = count / 2
    var left: [Int] = []
    var right: [Int] = []
    bothAtOnce(threads: threads) {
        left = (0..<middle).sorted(by: precedes)
    } _: {
        right = (middle..<count).sorted(by: precedes)
    }
    // Merged: on a tie the left half's position, the earlier, goes first.
    var order: [Int] = []
    order.reserveCapacity(count)
    var l = 0, r = 0
    while l < left.count && r < right.count {
        if precedes(right[r], left[l]) {
            order.append(right[r])
            r += 1
        } else {
            order.append(left[l])
            l += 1
        }
    }
    order += left[l...]
    order += right[r...]
    return order
}
