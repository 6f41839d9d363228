/// Makes untrusted feed text safe and tidy for a terminal.
enum TerminalText {
    /// Removes control characters (C0, C1, DEL) — and with them every escape sequence's
    /// introducer — and bidi overrides/embeddings that could reorder the rest of a line.
    static func sanitize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: out.append(" ")
            case 0x00...0x1F, 0x7F...0x9F: continue
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether the text contains right-to-left letters (Hebrew, Arabic and related scripts).
    static func hasRightToLeft(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0590...0x08FF).contains($0.value) || (0xFB1D...0xFDFF).contains($0.value) || (0xFE70...0xFEFF).contains($0.value) }
    }

    /// Sanitised text, wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE when it
    /// contains right-to-left script, so a table row is not scrambled.
    static func isolated(_ text: String) -> String {
        let clean = sanitize(text)
        return hasRightToLeft(clean) ? "\u{2068}\(clean)\u{2069}" : clean
    }

    /// Display width in terminal columns: wide East Asian characters count 2, combining marks 0.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + scalarWidth($1) }
    }

    static func scalarWidth(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v == 0x2068 || v == 0x2069 || v == 0x200B || v == 0x200C || v == 0x200D || v == 0xFEFF { return 0 }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v) || (0x1F900...0x1F9FF).contains(v)
            || (0x20000...0x3FFFD).contains(v)
        {
            return 2
        }
        return 1
    }

    /// Cuts `text` to at most `columns` display columns, ending with "…" when cut.
    static func truncated(_ text: String, to columns: Int) -> String {
        guard width(text) > columns, columns > 0 else { return text }
        var out = String.UnicodeScalarView()
        var used = 0
        var isolating = false
        for scalar in text.unicodeScalars {
            if scalar.value == 0x2068 { isolating = true }
            let w = scalarWidth(scalar)
            if used + w > columns - 1 { break }
            out.append(scalar)
            used += w
        }
        var result = String(out) + "…"
        if isolating && !result.unicodeScalars.contains("\u{2069}") { result += "\u{2069}" }
        return result
    }

    /// Pads `text` with spaces to `columns` display columns.
    static func padded(_ text: String, to columns: Int) -> String {
        let w = width(text)
        return w >= columns ? text : text + String(repeating: " ", count: columns - w)
    }
}
