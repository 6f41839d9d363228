/// RFC 3986 §5.2 reference resolution, written out rather than left to libxml2's `xmlBuildURI`,
/// which decodes reserved escapes on the way (`/wiki/AC%2FDC` became `/wiki/AC/DC`, another
/// page), keeps `..` above the root and refuses references with spaces or accents.
enum URLResolver {
    /// The parts of a URI reference (§3); absent components are nil, an empty path is "".
    struct Parts {
        var scheme: Substring?
        var authority: Substring?
        var path: Substring
        var query: Substring?
        var fragment: Substring?

        init(_ text: String) {
            var rest = Substring(text)
            if let fragmentStart = rest.firstIndex(of: "#") {
                fragment = rest[rest.index(after: fragmentStart)...]
                rest = rest[..<fragmentStart]
            }
            if let queryStart = rest.firstIndex(of: "?") {
                query = rest[rest.index(after: queryStart)...]
                rest = rest[..<queryStart]
            }
            // A scheme: letters, digits, `+ - .` before the first `:`, which comes before any `/`.
            if let colon = rest.firstIndex(of: ":"), let first = rest.first, first.isASCII, first.isLetter,
                rest[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
            {
                scheme = rest[..<colon]
                rest = rest[rest.index(after: colon)...]
            }
            if rest.hasPrefix("//") {
                rest = rest.dropFirst(2)
                let end = rest.firstIndex(of: "/") ?? rest.endIndex
                authority = rest[..<end]
                rest = rest[end...]
            }
            path = rest
        }

        var text: String {
            var out = ""
            if let scheme { out += scheme + ":" }
            if let authority { out += "//" + authority }
            out += path
            if let query { out += "?" + query }
            if let fragment { out += "#" + fragment }
            return out
        }
    }

    /// `reference` resolved against the absolute URI `base`.
    static func resolve(_ reference: String, against base: String) -> String {
        let r = Parts(reference)
        let b = Parts(base)
        var t = r
        if r.scheme == nil {
            t.scheme = b.scheme
            if r.authority == nil {
                t.authority = b.authority
                if r.path.isEmpty {
                    t.path = b.path
                    t.query = r.query ?? b.query
                } else if r.path.hasPrefix("/") {
                    t.path = Substring(removingDotSegments(r.path))
                } else {
                    t.path = Substring(removingDotSegments(Substring(merged(base: b, path: r.path))))
                }
            } else {
                t.path = Substring(removingDotSegments(r.path))
            }
        } else {
            t.path = Substring(removingDotSegments(r.path))
        }
        return t.text
    }

    /// §5.2.3: the reference's path appended to the base path's directory.
    private static func merged(base: Parts, path: Substring) -> String {
        if base.authority != nil && base.path.isEmpty { return "/" + path }
        guard let slash = base.path.lastIndex(of: "/") else { return String(path) }
        return String(base.path[...slash]) + path
    }

    /// §5.2.4: `.` and `..` segments removed (`..` above the root goes nowhere).
    static func removingDotSegments(_ path: Substring) -> String {
        guard path.contains(".") else { return String(path) }
        var input = path
        var output: [Substring] = []  // segments, each with its leading "/" when it had one
        while !input.isEmpty {
            if input.hasPrefix("../") {
                input = input.dropFirst(3)
            } else if input.hasPrefix("./") {
                input = input.dropFirst(2)
            } else if input.hasPrefix("/./") {
                input = input.dropFirst(2)
            } else if input == "/." {
                input = "/"
            } else if input.hasPrefix("/../") {
                input = input.dropFirst(3)
                if !output.isEmpty { output.removeLast() }
            } else if input == "/.." {
                input = "/"
                if !output.isEmpty { output.removeLast() }
            } else if input == "." || input == ".." {
                input = ""
            } else {
                let start = input.hasPrefix("/") ? input.index(after: input.startIndex) : input.startIndex
                let end = input[start...].firstIndex(of: "/") ?? input.endIndex
                output.append(input[..<end])
                input = input[end...]
            }
        }
        return output.joined()
    }
}
