import QuorumContent

extension SiteGraph {
    /// Whether a page whose front matter went from `old` to `new` can be put into the graph in place, with every
    /// list, index and check left as assembled: only its title and summary changed, which no part of the graph's
    /// structure reads (lists of `pages` sort by title, so their titles count). The body is not compared: it is
    /// rendered again whatever the front matter did.
    public static func patchable(from old: Page, to new: Page) -> Bool {
        guard old.section != .pages || old.title == new.title else { return false }
        var old = old, new = new
        old.body = ""
        new.body = ""
        old.title = ""
        new.title = ""
        old.summary = nil
        new.summary = nil
        return old == new
    }
}
