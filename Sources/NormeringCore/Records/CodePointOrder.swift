extension String {
    /// Code-point order (the order of the reports), which is also UTF-8 byte order —
    /// unlike `<` on `String`, which compares by Unicode canonical equivalence.
    public func codePointPrecedes(_ other: String) -> Bool {
        var a = self
        var b = other
        // Over the contiguous bytes (native strings already are): the generic comparison of
        // two UTF8Views goes through an index per byte.
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let common = Swift.min(x.count, y.count)
                var index = 0
                while index < common {
                    if x[index] != y[index] { return x[index] < y[index] }
                    index += 1
                }
                return x.count < y.count
            }
        }
    }
}
