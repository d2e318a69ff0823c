extension String {
    /// Code-point order (the order of the reports), which is also UTF-8 byte order —
    /// unlike `<` on `String`, which compares by Unicode canonical equivalence.
    public func codePointPrecedes(_ other: String) -> Bool {
        self.utf8.lexicographicallyPrecedes(other.utf8)
    }
}
