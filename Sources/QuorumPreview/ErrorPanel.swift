import Foundation
import QuorumDiagnostics
import QuorumMarkdown

/// A failed build in the browser: each error as the terminal prints it, with the source lines around it, escaped.
struct ErrorPanel {
    let diagnostics: [Diagnostic]
    /// Reads a diagnostic's file (a path from the site root, or absolute for theme files).
    let sourceText: (String) -> String?
    /// Lines shown above and below the line at fault.
    static let context = 3

    /// Reads files from the site folder at `source`.
    init(diagnostics: [Diagnostic], source: URL) {
        self.diagnostics = diagnostics
        self.sourceText = { path in
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : source.appendingPathComponent(path)
            return (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// The panel laid over a page, to inject before `</body>`.
    var overlay: String {
        """
        <div id="quorum-errors" role="alertdialog" aria-labelledby="quorum-errors-title">
        <style>\(ErrorPanel.style)</style>
        <div class="quorum-errors__box">
        <h2 id="quorum-errors-title">Quorum could not build the site</h2>
        <p>\(escape(DiagnosticPrinter().summary(diagnostics))). Save a fix and this page reloads; until then \
        the last good build is served.</p>
        \(items)
        <button type="button" onclick="document.getElementById('quorum-errors').remove()">Hide this panel</button>
        </div>
        </div>
        """
    }

    /// A whole page around `panel`, for when no build has succeeded yet.
    static func page(panel: String, reloadScript: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Build failed – Quorum</title>
        </head>
        <body>
        \(panel)
        \(reloadScript)
        </body>
        </html>

        """
    }

    private var items: String {
        let errors = diagnostics.filter { $0.severity == .error }
        return (errors.isEmpty ? diagnostics : errors).map(item).joined(separator: "\n")
    }

    private func item(_ diagnostic: Diagnostic) -> String {
        var headline = diagnostic
        headline.hint = nil
        var html = "<section class=\"quorum-errors__item\">\n<p class=\"quorum-errors__head\">"
            + escape(DiagnosticPrinter(format: .text).render(headline)) + "</p>\n"
        if let location = diagnostic.location, let excerpt = excerpt(at: location) { html += excerpt + "\n" }
        if let hint = diagnostic.hint { html += "<p class=\"quorum-errors__hint\">hint: \(escape(hint))</p>\n" }
        return html + "</section>"
    }

    /// The numbered lines around `location`, the line at fault marked and a caret under its column.
    private func excerpt(at location: SourceLocation) -> String? {
        guard location.line > 0, let text = sourceText(location.file) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard location.line <= lines.count else { return nil }
        let first = max(1, location.line - ErrorPanel.context), last = min(lines.count, location.line + ErrorPanel.context)
        let width = String(last).count
        var rows: [String] = []
        for number in first...last {
            let line = lines[number - 1].replacingOccurrences(of: "\r", with: "")
            let label = String(repeating: " ", count: width - String(number).count) + String(number)
            guard number == location.line else {
                rows.append(escape("  \(label) | \(line)"))
                continue
            }
            rows.append("<mark>" + escape("> \(label) | \(line)") + "</mark>")
            if location.column > 0 {
                let pad = String(line.prefix(location.column - 1).map { $0 == "\t" ? "\t" : " " })
                rows.append(escape("  \(String(repeating: " ", count: width)) | \(pad)^"))
            }
        }
        return "<pre>" + rows.joined(separator: "\n") + "</pre>"
    }

    private func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

    static let style = """
        #quorum-errors{position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:24px;\
        background:rgba(11,12,12,.9);color:#0b0c0c;font:16px/1.5 Arial,sans-serif;text-align:left}\
        #quorum-errors .quorum-errors__box{max-width:60rem;margin:0 auto;padding:16px 24px;background:#fff;\
        border-left:10px solid #d4351c}\
        #quorum-errors h2{margin:0 0 8px;font-size:24px;color:#d4351c}\
        #quorum-errors .quorum-errors__head{margin:16px 0 4px;font:700 15px/1.4 ui-monospace,Menlo,Consolas,monospace;\
        white-space:pre-wrap;overflow-wrap:anywhere}\
        #quorum-errors pre{margin:0;padding:8px 12px;overflow:auto;background:#f3f2f1;\
        font:14px/1.45 ui-monospace,Menlo,Consolas,monospace}\
        #quorum-errors mark{display:inline-block;min-width:100%;background:#f6d7d2;color:#0b0c0c}\
        #quorum-errors .quorum-errors__hint{margin:4px 0 0}\
        #quorum-errors button{margin-top:16px;padding:8px 12px;font:inherit;cursor:pointer}
        """
}
