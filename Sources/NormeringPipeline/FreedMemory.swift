/// Has glibc's allocator give back the memory a run frees.
///
/// glibc keeps freed memory in its heaps (one per thread that allocated: the import's
/// readers too) rather than returning it, so a run's resident size would keep the high-water
/// mark of each stage and add the next stage's on top. `check` calls `release()` between
/// stages: after each period is reduced to figures, after the import, and after the rules.
///
/// And glibc raises the size from which a block is mapped on its own (and unmapped when freed)
/// each time such a block is freed, up to 32 MB: a period's columns, some megabytes each, then
/// come from the heaps, where what is freed stays as fragments. `mapLargeBlocks()` keeps that
/// size at 256 KiB (BENCHMARKS.md, issue 17: one large municipality's 24 months peaked at
/// 207–220 MB without it, 178 MB with it).
enum FreedMemory {
    static func release() {
        #if canImport(Glibc)
        _ = glibcMallocTrim(0)
        #endif
    }

    /// Blocks of 256 KiB or more are mapped on their own, whatever was freed before.
    static func mapLargeBlocks() {
        #if canImport(Glibc)
        _ = glibcMallopt(-3, 256 << 10)  // M_MMAP_THRESHOLD
        #endif
    }
}

#if canImport(Glibc)
/// glibc's `int malloc_trim(size_t pad)` (malloc.h, which the Glibc module leaves out).
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32

/// glibc's `int mallopt(int param, int value)` (malloc.h).
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
