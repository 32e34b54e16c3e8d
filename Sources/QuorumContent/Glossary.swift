import QuorumDiagnostics
import Yams

/// An acronym and what it stands for, from `glossary.yaml`.
public struct GlossaryEntry: Sendable, Hashable {
    public var acronym: String
    public var expansion: String
}

/// The site's acronyms, sorted for the glossary page.
public struct Glossary: Sendable {
    public var entries: [GlossaryEntry]

    /// Creates a glossary from entries in any order.
    public init(_ entries: [GlossaryEntry]) {
        self.entries = entries.sorted { $0.acronym.lowercased() < $1.acronym.lowercased() }
    }

    static func read(_ root: YAMLMap?, reader: YAMLReader) -> Glossary {
        guard let root else { return Glossary([]) }
        var entries: [GlossaryEntry] = []
        for entry in root.entries {
            guard let expansion = reader.string(entry.value, entry.key), !expansion.isEmpty else { continue }
            entries.append(GlossaryEntry(acronym: entry.key, expansion: expansion))
        }
        return Glossary(entries)
    }
}
