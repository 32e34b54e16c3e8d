import Testing
@testable import QuorumContent

@Suite struct ConcurrentMapTests {
    @Test("results come back in input order, whatever order the work finished in")
    func inputOrder() {
        let items = Array(0..<20_000)
        let mapped = ConcurrentMap.map(items) { item -> String in
            // Uneven work, so iterations finish out of order.
            var text = String(item)
            for _ in 0..<(item % 7) * 20 { text = String(text.reversed()) }
            return "\(item):\(text.count)"
        }
        #expect(mapped == items.map { "\($0):\(String($0).count)" })
        #expect(ConcurrentMap.map([Int]()) { $0 }.isEmpty)
        #expect(ConcurrentMap.map([7]) { $0 * 2 } == [14])
    }

    final class Box: Sendable {
        let value: [Int]
        init(_ value: [Int]) { self.value = value }
    }

    @Test("reference-counted results are kept alive and whole")
    func references() {
        let boxes = ConcurrentMap.map(Array(0..<5_000)) { Box(Array(0...$0 % 50)) }
        #expect(boxes.count == 5_000)
        #expect(boxes.enumerated().allSatisfy { $0.element.value.count == $0.offset % 50 + 1 })
    }
}
