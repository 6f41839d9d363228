/// Reads the data files compiled into this module (`Data/`, embedded as bytes by SwiftPM, so
/// nothing is read from disk at run time): lines of tab-separated fields, without blank lines and
/// `#` comments.
enum EmbeddedTable {
    /// The rows of `bytes`, each split at tabs, in file order.
    static func rows(_ bytes: [UInt8]) -> [[String]] {
        String(decoding: bytes, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: true)
            .filter { !$0.hasPrefix("#") && !$0.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } }
            .map { line in
                line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingCharacters() }
            }
    }

    /// The first field of every row: a list of one entry per line.
    static func entries(_ bytes: [UInt8]) -> [String] {
        rows(bytes).compactMap(\.first)
    }
}

extension String {
    /// Without leading and trailing spaces and carriage returns.
    fileprivate func trimmingCharacters() -> String {
        let isPadding: (Character) -> Bool = { $0 == " " || $0 == "\r" }
        guard let first = firstIndex(where: { !isPadding($0) }), let last = lastIndex(where: { !isPadding($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
