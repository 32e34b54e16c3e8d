/// Files that editors write beside the file being saved and that are never content: backups, probes and
/// temporary copies. The loader leaves them out, so they are never published, and `serve` ignores their changes.
///
/// Names starting with `.` (vim's `.page.md.swp`, gedit's `.goutputstream-XXXXXX`, Emacs's `.#page.md`, Kate's
/// `.page.md.kate-swp`) are hidden files, skipped everywhere already.
public enum EditorScratchFile {
    /// Whether the last component of `path` is an editor's scratch file:
    /// `page.md~` (vim, Emacs and gedit backups), `#page.md#` (Emacs auto-save), `4913` (vim's probe of
    /// whether it may create files in the folder), `page.md___jb_tmp___` and `page.md___jb_old___`
    /// (JetBrains' safe write), `page.md.vsctmp` (VS Code's atomic save), `page.md.swp` (vim's swap file).
    public static func matches(_ path: String) -> Bool {
        let name = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
        if name.hasSuffix("~") || (name.hasPrefix("#") && name.hasSuffix("#") && name.count > 1) { return true }
        for suffix in ["___jb_tmp___", "___jb_old___", ".vsctmp", ".swp", ".swx"] where name.hasSuffix(suffix) { return true }
        // vim tries 4913, then adds 123 until the name is free.
        if let number = Int(name), name.utf8.allSatisfy({ (0x30...0x39).contains($0) }), number >= 4913, (number - 4913) % 123 == 0 {
            return true
        }
        return false
    }
}
