/// Which page of a long list an output shows: the list's own URL is page 1, `page/2/` under it page 2, and so on.
public struct Pagination: Sendable, Hashable {
    /// This page's number, from 1.
    public var number: Int
    /// How many pages the list has, at least 1 (an empty list still has its page).
    public var count: Int
    /// The URL of page 1, e.g. `/reports/`.
    public var listURL: String
    /// Items a page.
    public var size: Int

    /// The pages of a list of `items` items, `size` a page.
    public static func pages(of items: Int, size: Int, listURL: String) -> [Pagination] {
        let size = max(1, size)
        let count = max(1, (items + size - 1) / size)
        return (1...count).map { Pagination(number: $0, count: count, listURL: listURL, size: size) }
    }

    /// The URL of page `number`: `/reports/` for 1, `/reports/page/2/` for 2.
    public func url(ofPage number: Int) -> String {
        number == 1 ? listURL : listURL + "page/\(number)/"
    }

    /// This page's URL.
    public var url: String { url(ofPage: number) }

    /// The positions of the items this page shows, out of `items`.
    public func range(of items: Int) -> Range<Int> {
        let lower = min(items, (number - 1) * size)
        return lower..<min(items, lower + size)
    }

    /// The items of `list` this page shows.
    public func slice<T>(_ list: [T]) -> ArraySlice<T> {
        list[range(of: list.count)]
    }

    /// The page numbers the pager links to: the first, the last, and two either side of this one;
    /// nil stands for the numbers left out, so a list of a thousand pages has a pager of nine links at most.
    public var shownNumbers: [Int?] {
        var numbers: [Int?] = []
        for page in 1...count where page == 1 || page == count || abs(page - number) <= 2 {
            // One number left out is shown rather than an ellipsis standing for it.
            if let last = numbers.last ?? nil, page > last + 1 { numbers.append(page == last + 2 ? last + 1 : nil) }
            numbers.append(page)
        }
        return numbers
    }
}
