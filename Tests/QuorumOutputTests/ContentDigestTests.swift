import Testing
@testable import QuorumOutput

@Suite struct ContentDigestTests {
    @Test("SHA-256 test vectors of FIPS 180-4")
    func vectors() {
        #expect(ContentDigest.hex(of: Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentDigest.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentDigest.hex(of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(ContentDigest.hex(of: [UInt8](repeating: 0x61, count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("bytes fed in pieces, through either entry point, give the digest of the whole")
    func pieces() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let whole = ContentDigest.hex(of: bytes)
        for split in [0, 1, 55, 56, 63, 64, 65, 500, 999, 1000] {
            var digest = ContentDigest()
            digest.update(bytes[..<split])
            bytes[split...].withUnsafeBytes { digest.update($0) }
            #expect(digest.hex() == whole, "split at \(split)")
        }
    }

    @Test("fields are separated: (ab, c) and (a, bc) differ")
    func fields() {
        var one = ContentDigest(), two = ContentDigest()
        one.update(field: "ab"); one.update(field: "c")
        two.update(field: "a"); two.update(field: "bc")
        #expect(one.hex() != two.hex())
    }
}
