import QuorumContent

/// Which pages of the graph a piece of work read (an output's context, a generated file), noted by `PageList`'s
/// subscript on the copy of the graph the work was given (`SiteGraph.recordingReads`). `serve` keeps them per
/// output: a title edit then rebuilds only the contexts that read the edited page, not every context of the site.
public final class PageReads: @unchecked Sendable {
    // One recording belongs to one piece of work on one thread, so the bits need no lock.
    /// One bit a page, by index in the graph.
    private var bits: [UInt64]

    init(pages: Int) {
        bits = [UInt64](repeating: 0, count: (pages + 63) / 64)
    }

    @inline(__always)
    func note(_ index: Int) {
        let word = index >> 6
        if word < bits.count { bits[word] |= 1 << UInt64(index & 63) }
    }

    /// The indexes of the pages read, ascending.
    var indexes: [Int32] {
        var indexes: [Int32] = []
        for (word, value) in bits.enumerated() where value != 0 {
            var rest = value
            while rest != 0 {
                indexes.append(Int32(word * 64 + rest.trailingZeroBitCount))
                rest &= rest - 1
            }
        }
        return indexes
    }
}

extension SiteGraph {
    /// Runs `body` on a copy of the graph that notes every page it reads; returns its result and the indexes of
    /// the pages read, ascending. The copy shares every array with the graph; only the recorder is its own.
    public func recordingReads<T>(_ body: (SiteGraph) throws -> T) rethrows -> (T, [Int32]) {
        var copy = self
        let reads = PageReads(pages: pages.count)
        copy.pages.reads = reads
        let result = try body(copy)
        return (result, reads.indexes)
    }
}

/// A set of pages by number, kept as a sorted array: most outputs read a few pages, and 25,000 sets are kept.
public struct PageSet: Sendable, Equatable {
    private let members: [Int32]

    /// The set of `numbers`, in any order.
    public init(_ numbers: [Int32]) {
        members = numbers.sorted()
    }

    /// Whether any of `numbers` is in the set.
    public func intersects(_ numbers: [Int32]) -> Bool {
        numbers.contains { number in
            var low = 0, high = members.count
            while low < high {
                let middle = (low + high) / 2
                if members[middle] < number { low = middle + 1 } else { high = middle }
            }
            return low < members.count && members[low] == number
        }
    }

    public var count: Int { members.count }
}

/// The graph's pages in order. Reading a page of a graph made by `recordingReads` notes it, so every read of a
/// page's fields by a context or generated file is seen: there is no way round the subscript.
public struct PageList: RandomAccessCollection, MutableCollection, Sendable {
    private var storage: [RenderedPage]
    /// Where reads are noted, on a recording copy of the graph.
    fileprivate var reads: PageReads?

    init(_ pages: [RenderedPage]) {
        storage = pages
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.count }

    // An address, as Array's own subscript gives, so `pages[i].page.title` copies one string, not the whole page
    // (a getter's copies cost a fifth of the template stage); not a `_read` coroutine, whose frame Swift 6.3's
    // debug builds freed before the caller had copied the page out (AddressSanitizer: heap-use-after-free).
    public subscript(index: Int) -> RenderedPage {
        unsafeAddress {
            reads?.note(index)
            precondition(index >= 0 && index < storage.count, "page index out of range")
            // The buffer lives as long as `self`, which the caller holds for the whole access.
            return storage.withUnsafeBufferPointer { UnsafePointer($0.baseAddress! + index) }
        }
        set { storage[index] = newValue }
    }
}

extension PageList {
    // Fields that only change through assembly (`SiteGraph.patchable` never lets them change in place), so an
    // edit that changes them builds every context again anyway: reading them needs no record. A feed picks its
    // fifty newest entries and the sitemap dates every page this way, and so read only the pages they show.

    /// The date of page `index`, not noted by a recording.
    public func date(of index: Int) -> DayDate? { storage[index].page.date }
    /// The section of page `index`, not noted by a recording.
    public func section(of index: Int) -> Section { storage[index].page.section }
    /// The source path of page `index`, not noted by a recording.
    public func sourcePath(of index: Int) -> String { storage[index].page.sourcePath }
}

