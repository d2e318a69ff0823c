/// Gives memory the allocator holds but no longer uses back to the system.
///
/// glibc keeps freed memory in its heaps (one per thread that allocated: the import's
/// readers too) rather than returning it, so a run's resident size would keep the high-water
/// mark of each stage and add the next stage's on top. `check` calls this between stages:
/// after each period is reduced to figures, after the import, and after the rules.
enum FreedMemory {
    static func release() {
        #if canImport(Glibc)
        _ = glibcMallocTrim(0)
        #endif
    }
}

#if canImport(Glibc)
/// glibc's `int malloc_trim(size_t pad)` (malloc.h, which the Glibc module leaves out).
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
