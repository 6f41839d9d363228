import Foundation

/// Pretty JSON on standard output, keys sorted (stable for diffs and scripts), slashes unescaped.
enum JSONOutput {
    /// Encodes `value` and writes it with a final line break.
    static func print<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
