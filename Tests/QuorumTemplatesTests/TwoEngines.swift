import Mustache
@testable import QuorumTemplates

/// Renders the same templates and context with Quorum's engine and with swift-mustache 2.1.1.
struct TwoEngines {
    enum Outcome: Equatable, CustomStringConvertible {
        case rendered(String)
        case parseError
        case missing

        var description: String {
            switch self {
            case .rendered(let text): return "rendered \(text.debugDescription)"
            case .parseError: return "parse error"
            case .missing: return "missing template"
            }
        }
    }

    let templates: [String: String]

    init(_ templates: [String: String]) { self.templates = templates }
    init(_ template: String, partials: [String: String] = [:]) {
        var all = partials
        all["main"] = template
        templates = all
    }

    var ours: TemplateLibrary? {
        var library = TemplateLibrary()
        for (name, text) in templates.sorted(by: { $0.key < $1.key }) {
            do { try library.register(text, named: name) } catch { return nil }
        }
        return library
    }

    var theirs: MustacheLibrary? {
        var library = MustacheLibrary()
        for (name, text) in templates.sorted(by: { $0.key < $1.key }) {
            do { try library.register(text, named: name) } catch { return nil }
        }
        return library
    }

    func ours(_ context: [String: Any], template: String = "main") -> Outcome {
        guard let library = ours else { return .parseError }
        do { return .rendered(try library.render(template, context)) } catch { return .missing }
    }

    func theirs(_ context: [String: Any], template: String = "main") -> Outcome {
        guard let library = theirs else { return .parseError }
        guard let text = library.render(context, withTemplate: template) else { return .missing }
        return .rendered(text)
    }
}
