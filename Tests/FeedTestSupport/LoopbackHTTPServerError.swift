/// Why a ``LoopbackHTTPServer`` could not start.
public struct LoopbackHTTPServerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        /// A short name for the failing step.
        public var description: String

        /// `socket(2)` failed.
        public static let socket = Code(description: "socket")
        /// `setsockopt(2)` failed.
        public static let socketOption = Code(description: "setsockopt")
        /// `bind(2)` to 127.0.0.1 failed.
        public static let bind = Code(description: "bind")
        /// `listen(2)` failed.
        public static let listen = Code(description: "listen")
        /// `getsockname(2)` failed.
        public static let localAddress = Code(description: "getsockname")
        /// The directory given to ``LoopbackHTTPServer/serving(directory:contentTypes:)`` does not exist.
        public static let notADirectory = Code(description: "not a directory")
    }

    /// What went wrong.
    public var code: Code
    /// The `errno` value, or 0 when there is none.
    public var systemError: Int32
    /// Extra context, such as the directory path.
    public var detail: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: What went wrong.
    ///   - systemError: The `errno` value, or 0.
    ///   - detail: Extra context.
    public init(code: Code, systemError: Int32 = 0, detail: String = "") {
        self.code = code
        self.systemError = systemError
        self.detail = detail
    }

    /// A one-line description for test failure messages.
    public var description: String {
        var text = "LoopbackHTTPServer: \(code) failed"
        if systemError != 0 {
            text += " (errno \(systemError))"
        }
        if !detail.isEmpty {
            text += ": \(detail)"
        }
        return text
    }
}
