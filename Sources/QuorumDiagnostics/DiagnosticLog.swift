import Foundation

/// Collects diagnostics from many files and threads; sorted output keeps reports stable.
public final class DiagnosticLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Diagnostic] = []

    /// Creates an empty log.
    public init() {}

    /// Adds one diagnostic.
    public func add(_ diagnostic: Diagnostic) {
        lock.lock()
        items.append(diagnostic)
        lock.unlock()
    }

    /// Adds several diagnostics.
    public func add(contentsOf diagnostics: [Diagnostic]) {
        lock.lock()
        items.append(contentsOf: diagnostics)
        lock.unlock()
    }

    /// Every diagnostic so far, ordered by file, line, column, then message.
    public var diagnostics: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return items.sorted(by: DiagnosticLog.order)
    }

    /// Whether any error has been logged.
    public var hasErrors: Bool {
        lock.lock()
        defer { lock.unlock() }
        return items.contains { $0.severity == .error }
    }

    /// Whether any warning was found.
    public var hasWarnings: Bool {
        lock.lock()
        defer { lock.unlock() }
        return items.contains { $0.severity == .warning }
    }

    static func order(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        let la = a.location ?? SourceLocation(file: "")
        let lb = b.location ?? SourceLocation(file: "")
        if la.file != lb.file { return la.file < lb.file }
        if la.line != lb.line { return la.line < lb.line }
        if la.column != lb.column { return la.column < lb.column }
        return a.message < b.message
    }
}
