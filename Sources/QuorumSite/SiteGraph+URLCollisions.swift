import QuorumContent
import QuorumDiagnostics

extension SiteGraph {
    /// An error for each output file that two things would write (`a.md` and `a/index.md`, a page called
    /// `actions.md` and the action tracker, members `AB` and `ab`), so neither silently replaces the other.
    ///
    /// Paths are compared as Swift strings, so `café` written with `é` or with `e` and a combining accent collide too.
    public func urlCollisions() -> [Diagnostic] {
        var first: [String: Int] = [:]
        var problems: [Diagnostic] = []
        for (position, output) in outputs.enumerated() {
            guard let earlier = first[output.outputPath] else {
                first[output.outputPath] = position
                continue
            }
            problems.append(collision(outputs[earlier], output))
        }
        return problems
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
        case .decisions: return "the decisions register"
        case .forwardPlan: return "the forward plan"
        }
    }

    private func location(_ output: OutputPage) -> SourceLocation? {
        switch output.content {
        case .member(let index): return members[index].location
        case .board, .attendanceSheet: return SourceLocation(file: "content/site.yaml")
        default: return nil
        }
    }
}
