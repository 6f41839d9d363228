/// Classifies IP address literals for the `deny_private_networks` policy.
enum PrivateAddress {
    /// Whether `address` (IPv4 or IPv6 text) is loopback, private, link-local, shared (CGNAT),
    /// unspecified, multicast, or an IPv4-mapped form of one of those.
    static func isPrivate(_ address: String) -> Bool {
        if let v4 = ipv4(address) { return isPrivateV4(v4) }
        let lower = address.lowercased()
        if lower.hasPrefix("::ffff:"), let v4 = ipv4(String(lower.dropFirst(7))) { return isPrivateV4(v4) }
        if lower == "::1" || lower == "::" { return true }
        guard let first = lower.split(separator: ":", omittingEmptySubsequences: false).first,
            let head = UInt16(first, radix: 16)
        else { return true }
        if head & 0xFE00 == 0xFC00 { return true }  // fc00::/7 unique local
        if head & 0xFFC0 == 0xFE80 { return true }  // fe80::/10 link-local
        if head & 0xFF00 == 0xFF00 { return true }  // ff00::/8 multicast
        return false
    }

    private static func ipv4(_ text: String) -> [UInt8]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        let bytes = parts.compactMap { UInt8($0) }
        return bytes.count == 4 ? bytes : nil
    }

    private static func isPrivateV4(_ b: [UInt8]) -> Bool {
        switch (b[0], b[1]) {
        case (0, _), (10, _), (127, _): return true
        case (169, 254): return true
        case (172, 16...31): return true
        case (192, 168): return true
        case (100, 64...127): return true
        case (224...255, _): return true
        default: return false
        }
    }
}
