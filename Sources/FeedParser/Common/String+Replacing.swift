/// Small string helpers the readers share.
extension String {
    /// The string with UTF-8 bytes `range` replaced.
    func replacingFirst(_ range: Range<Int>, with replacement: String) -> String {
        let bytes = Array(utf8)
        return String(
            decoding: bytes[..<range.lowerBound] + Array(replacement.utf8) + bytes[range.upperBound...],
            as: UTF8.self)
    }

    /// The string with every occurrence of `target` replaced.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard firstRange(of: target) != nil else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}

/// `s` unless it is nil or empty.
func nonEmpty(_ s: String?) -> String? {
    guard let s, !s.isEmpty else { return nil }
    return s
}
