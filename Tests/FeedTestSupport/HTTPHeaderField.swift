/// One HTTP header line, kept in the order it was sent and with its value's exact bytes.
public struct HTTPHeaderField: Sendable, Hashable {
    /// The field name as sent, case preserved.
    public var name: String
    /// The value's bytes exactly as on the wire, without the optional whitespace around them.
    public var rawValue: [UInt8]

    /// Creates a field whose value is the UTF-8 encoding of `value`.
    ///
    /// - Parameters:
    ///   - name: The field name, for example `ETag`.
    ///   - value: The field value, for example `"abc"` with its quotes.
    public init(name: String, value: String) {
        self.name = name
        self.rawValue = Array(value.utf8)
    }

    /// Creates a field from the value's raw bytes, for values that are not valid UTF-8.
    ///
    /// - Parameters:
    ///   - name: The field name.
    ///   - rawValue: The value bytes, sent unchanged.
    public init(name: String, rawValue: [UInt8]) {
        self.name = name
        self.rawValue = rawValue
    }

    /// The value as text: UTF-8 when the bytes are valid UTF-8, otherwise one Latin-1 character per byte.
    public var value: String {
        let text = String(decoding: rawValue, as: UTF8.self)
        if text.utf8.elementsEqual(rawValue) {
            return text
        }
        return String(String.UnicodeScalarView(rawValue.map { Unicode.Scalar($0) }))
    }

    /// Whether this field is called `name`, compared ASCII case-insensitively.
    ///
    /// - Parameter name: The field name to compare with.
    /// - Returns: `true` when the names are equal ignoring case.
    public func hasName(_ name: String) -> Bool {
        self.name.lowercased() == name.lowercased()
    }
}
