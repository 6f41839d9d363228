@testable import FeedConfig

/// The name every test passes as the `source` of the text it parses.
let testSource = "feeds.conf"

/// The error ``FeedsFile/parse(_:source:)`` throws for `text`, or nil when it parses.
func firstError(in text: String) -> FeedsFileError? {
    do {
        _ = try FeedsFile.parse(text, source: testSource)
        return nil
    } catch {
        return error
    }
}

/// Parses a single setting line and returns the settings, or the error message.
func settings(from line: String) -> Result<Settings, FeedsFileError> {
    do {
        return .success(try FeedsFile.parse(line, source: testSource).settings)
    } catch {
        return .failure(error)
    }
}
