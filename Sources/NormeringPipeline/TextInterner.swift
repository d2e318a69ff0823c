/// One copy of each distinct text (by its exact bytes), made by the thread that keeps it.
///
/// The figures of every institution-month keep the institution's texts (name, district, …)
/// until the reports are written. Those texts were made by the import's reader threads, in
/// the middle of records that are freed period by period; each one left there keeps its whole
/// memory page from being returned. Copies made once per distinct text sit together instead.
struct TextInterner {
    private var copies: [[UInt8]: String] = [:]

    /// The kept copy of `text`: equal bytes, made on first sight.
    mutating func intern(_ text: String) -> String {
        let bytes = Array(text.utf8)
        if let copy = copies[bytes] { return copy }
        let copy = String(decoding: bytes, as: UTF8.self)
        copies[bytes] = copy
        return copy
    }
}
