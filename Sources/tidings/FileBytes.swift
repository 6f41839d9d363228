import Foundation

/// The bytes of the file at `path`, read straight into an array (no `Data` in between, which
/// would cost a second copy of every feed), or nil when it cannot be opened or read.
func fileBytes(atPath path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return nil }
    var bytes = [UInt8](repeating: 0, count: max(Int(status.st_size), 0))
    var filled = 0
    while true {
        if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count / 2))) }
        let got = bytes.withUnsafeMutableBytes { buffer in
            read(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
        }
        if got < 0 {
            if errno == EINTR { continue }
            return nil
        }
        if got == 0 { break }
        filled += got
    }
    bytes.removeSubrange(filled...)
    return bytes
}
