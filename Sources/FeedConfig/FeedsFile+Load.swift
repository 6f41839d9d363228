import Foundation

extension FeedsFile {
    /// Reads and parses the `feeds.conf` at `path`; errors name the file by `path`.
    ///
    /// - Throws: ``FeedsFileError`` at line 0 when the file cannot be read, at the offending line
    ///   when it is not valid UTF-8, and as ``parse(_:source:)`` does when its content is invalid.
    public static func load(path: String) throws(FeedsFileError) -> FeedsFile {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw FeedsFileError(source: path, line: 0, message: "cannot read: \(reason(for: error, path: path))")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw FeedsFileError(source: path, line: firstInvalidUTF8Line(in: data), message: "not valid UTF-8 text")
        }
        return try parse(text, source: path)
    }

    /// A short reason why `path` could not be read, in the words of `ls` and `cat`.
    private static func reason(for error: any Error, path: String) -> String {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        if !files.fileExists(atPath: path, isDirectory: &isDirectory) { return "no such file" }
        if isDirectory.boolValue { return "is a directory" }
        if !files.isReadableFile(atPath: path) { return "permission denied" }
        return (error as NSError).localizedDescription
    }

    /// The 1-based line holding the first byte sequence that is not UTF-8.
    private static func firstInvalidUTF8Line(in data: Data) -> Int {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var line = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
            case .emptyInput, .error:
                return line
            }
        }
    }
}
