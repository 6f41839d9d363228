import Foundation

/// The bytes of the file at `path`, read straight into an array (no `Data` in between, which
/// would cost a second copy of every feed), or nil when it cannot be opened or read, or when it
/// is not a regular file and holds more than `limit` bytes (`/dev/zero`).
///
/// The file is opened without waiting for a writer, so that a named pipe nobody writes to reads
/// as empty instead of hanging; a pipe with a writer (`/dev/stdin`) is read to its end.
func fileBytes(atPath path: String, limit: Int = 64 << 20) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return nil }
    if (status.st_mode & S_IFMT) == S_IFREG {
        var bytes = [UInt8](repeating: 0, count: max(Int(status.st_size), 0))
        var filled = 0
        while filled < bytes.count {
            let got = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
            }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { break }
            filled += got
        }
        bytes.removeSubrange(filled...)
        return bytes
    }
    // A pipe or a device: reads wait for data again, as for any reader, up to `limit` bytes.
    let flags = fcntl(descriptor, F_GETFL)
    guard flags >= 0, fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) == 0 else { return nil }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if got < 0, errno == EINTR { continue }
        guard got >= 0 else { return nil }
        if got == 0 { return bytes }
        guard bytes.count + got <= limit else { return nil }
        bytes.append(contentsOf: chunk[..<got])
    }
}
