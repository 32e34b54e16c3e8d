import Foundation

/// The largest output each template has given so far, so that the next page reserves its buffer once
/// instead of growing it by copying (pages are rendered on several threads at once).
final class OutputSizeHints: @unchecked Sendable {
    private let lock = NSLock()
    /// Bytes by template name; guarded by `lock`.
    private var sizes: [String: Int] = [:]

    /// What to reserve for `template`: its largest output so far, or 16 KiB the first time.
    func capacity(for template: String) -> Int {
        lock.withLock { sizes[template] } ?? 16 * 1024
    }

    /// Notes a finished page's size.
    func record(_ size: Int, for template: String) {
        lock.withLock {
            if size > sizes[template] ?? 0 { sizes[template] = min(size, 64 * 1024 * 1024) }
        }
    }
}
