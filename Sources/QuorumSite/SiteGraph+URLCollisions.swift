import QuorumContent
import QuorumDiagnostics

extension SiteGraph {
    /// An error for each output file that two things would write (`a.md` and `a/index.md`, a page called
    /// `actions.md` and the action tracker, members `AB` and `ab`), so neither silently replaces the other.
    ///
    /// Paths are compared as Swift strings, so `café` written with `é` or with `e` and a combining accent collide too.
    /// Paths that differ only by letter case (`Annual-Report.md`, `annual-report.md`) are an error as well: on a
    /// case-insensitive file system or host (macOS, Windows, many object stores' mirrors) one replaces the other.
    public func urlCollisions() -> [Diagnostic] {
        var first: [String: Int] = [:]
        var firstByCase: [String: Int] = [:]
        var problems: [Diagnostic] = []
        for (position, output) in outputs.enumerated() {
            if let earlier = first[output.outputPath] {
                problems.append(collision(outputs[earlier], output))
                continue
            }
            first[output.outputPath] = position
            let folded = output.outputPath.lowercased()
            if let earlier = firstByCase[folded] {
                problems.append(caseCollision(outputs[earlier], output))
            } else {
                firstByCase[folded] = position
            }
        }
        return problems
    }

    // Both sides are named with their file and line, since either may be the one to rename.
    // Not optimised: Swift 6.3.1's CopyPropagation pass crashes on this function in release builds
    // ("Found ownership error"); it runs once per clash, so speed does not matter here.
    @_optimize(none)
    private func caseCollision(_ a: OutputPage, _ b: OutputPage) -> Diagnostic {
        let (here, there) = pageIndex(of: b) == nil && pageIndex(of: a) != nil ? (a, b) : (b, a)
        let place = pageIndex(of: here).map { pages[$0].page.location } ?? location(here)
        let subject = pageIndex(of: here) == nil ? "the URL of \(describeLocated(here))," : "this page's URL"
        let message = "\(subject) \(here.url) differs only in letter case from \(there.url), the URL of \(describeLocated(there)); "
            + "on a case-insensitive file system or web host one would replace the other"
        return .error(message, at: place,
                      hint: "rename one of them so that their names differ by more than upper and lower case")
    }

    private func pageIndex(of output: OutputPage) -> Int? {
        if case .page(let index) = output.content { return index }
        return nil
    }

    /// `describe`, with the file and line where the thing is written.
    private func describeLocated(_ output: OutputPage) -> String {
        guard let place = pageIndex(of: output).map({ pages[$0].page.location }) ?? location(output) else { return describe(output) }
        return pageIndex(of: output) == nil ? "\(describe(output)) (\(place))" : place.description
    }

    // Reported at a page when there is one, since renaming the file is the usual fix.
    private func collision(_ a: OutputPage, _ b: OutputPage) -> Diagnostic {
        let hint = "rename or move one of them: every page needs a URL of its own"
        if case .page(let index) = b.content {
            return .error("this page's URL \(b.url) is also the URL of \(describe(a))", at: pages[index].page.location, hint: hint)
        }
        if case .page(let index) = a.content {
            return .error("this page's URL \(a.url) is also the URL of \(describe(b))", at: pages[index].page.location, hint: hint)
        }
        return .error("\(describe(b)), \(b.url), is also \(describe(a))", at: location(b),
                      hint: "give each one a name that differs by more than upper and lower case")
    }

    private func describe(_ output: OutputPage) -> String {
        guard let pagination = output.pagination, pagination.number > 1 else { return describeContent(output) }
        return "page \(pagination.number) of \(describeContent(output))"
    }

    private func describeContent(_ output: OutputPage) -> String {
        switch output.content {
        case .page(let index): return pages[index].page.sourcePath
        case .section(let section): return "the \(section.rawValue) list"
        case .home: return "the home page"
        case .notFound: return "the page-not-found page"
        case .tags: return "the list of tags"
        case .tag(let slug): return "the page of tag \"\(tags[slug]?.name ?? slug)\""
        case .archives: return "the archive"
        case .archive(let year): return "the archive for \(year.label)"
        case .glossary: return "the glossary"
        case .actions: return "the action tracker"
        case .attendance: return "the attendance index"
        case .attendanceSheet(let position): return "an attendance sheet of board \(board.sheets[position].board)"
        case .members: return "the list of members"
        case .member(let index): return "the page of member \(members[index].initials)"
        case .board(let code): return "the meetings page of board \(code)"
        case .statement: return "the accessibility statement made from site.yaml"
        case .decisions: return "the decisions register"
        case .forwardPlan: return "the forward plan"
        }
    }

    private func location(_ output: OutputPage) -> SourceLocation? {
        switch output.content {
        case .member(let index): return members[index].location
        case .board, .attendanceSheet, .statement: return SourceLocation(file: "content/site.yaml")
        default: return nil
        }
    }
}
