/// Serves the requests of one accepted connection, one after another, on the connection's own thread.
struct LoopbackConnection {
    /// The server state.
    let core: LoopbackServerCore
    /// The connected socket (closed by the caller after ``run()``).
    let fd: Int32
    /// Numbers the connection in ``HTTPRequestRecord/connectionID``.
    let connectionID: Int

    /// Largest accepted request body.
    private static let maximumBodySize = 16 * 1024 * 1024

    /// Reads and answers requests until the client closes, asks to close, misbehaves, or the server stops.
    func run() {
        var buffer: [UInt8] = []
        while !core.isStopped {
            guard let headEnd = readHead(into: &buffer) else {
                return
            }
            let head: HTTPRequestHead
            do {
                head = try HTTPRequestHead(bytes: buffer[0..<headEnd])
            } catch {
                sendError(400)
                return
            }
            let receivedAt = POSIXSocket.monotonicNow()
            buffer.removeFirst(headEnd)
            if head.hasTransferEncoding {
                sendError(501)
                return
            }
            guard let length = head.contentLength else {
                sendError(400)
                return
            }
            guard length <= Self.maximumBodySize else {
                sendError(413)
                return
            }
            while buffer.count < length {
                let more = POSIXSocket.receive(fd)
                if more.isEmpty {
                    return
                }
                buffer += more
            }
            let body = Array(buffer[0..<length])
            buffer.removeFirst(length)
            let record = HTTPRequestRecord(
                method: head.method,
                path: head.target,
                version: head.version,
                headers: head.headers,
                body: body,
                receivedAt: receivedAt,
                connectionID: connectionID
            )
            let response = core.respond(to: record)
            let keepAlive = head.wantsKeepAlive && !Self.asksToClose(response)
            guard answer(record, with: response, keepAlive: keepAlive), keepAlive else {
                return
            }
        }
    }

    /// Reads until `buffer` holds a complete request head.
    ///
    /// - Returns: The offset just past the head, or `nil` on end of stream, error or an oversized head (answered
    ///   with 431).
    private func readHead(into buffer: inout [UInt8]) -> Int? {
        var searched = 0
        while true {
            let end = HTTPRequestHead.endOfHead(in: buffer, searchingFrom: searched)
            if let end, end <= HTTPRequestHead.maximumSize {
                return end
            }
            if end != nil || buffer.count > HTTPRequestHead.maximumSize {
                sendError(431)
                return nil
            }
            searched = buffer.count
            let more = POSIXSocket.receive(fd)
            if more.isEmpty {
                return nil
            }
            buffer += more
        }
    }

    /// Sends `response`, honouring its delay, drip rate and drop flag.
    ///
    /// - Returns: `false` when the connection must not be used again.
    private func answer(_ request: HTTPRequestRecord, with response: HTTPResponse, keepAlive: Bool) -> Bool {
        if response.delayBeforeHeaders > 0 {
            guard core.sleep(seconds: response.delayBeforeHeaders) else {
                return false
            }
        }
        if response.closeWithoutResponse {
            return false
        }
        let status = response.status
        let bodyAllowed = !(100..<200).contains(status) && status != 204 && status != 304
        var head = Array("HTTP/1.1 \(status) \(Self.reasonPhrase(status))\r\n".utf8)
        for field in response.headers {
            head += Array(field.name.utf8) + [58, 32] + field.rawValue + [13, 10]
        }
        if bodyAllowed && response.header("Content-Length") == nil {
            head += Array("Content-Length: \(response.body.count)\r\n".utf8)
        }
        if response.header("Connection") == nil {
            if !keepAlive {
                head += Array("Connection: close\r\n".utf8)
            } else if request.version == "HTTP/1.0" {
                head += Array("Connection: keep-alive\r\n".utf8)
            }
        }
        head += [13, 10]
        let body = bodyAllowed && request.method != "HEAD" ? response.body : []
        let sent: Bool
        if let rate = response.dripBytesPerSecond, !body.isEmpty {
            sent = POSIXSocket.sendAll(fd, head[...]) && drip(body, bytesPerSecond: max(1, rate))
        } else {
            sent = POSIXSocket.sendAll(fd, (head + body)[...])
        }
        if sent && !keepAlive {
            POSIXSocket.shutdownWrite(fd)
        }
        return sent
    }

    /// Sends `body` in pieces of about 1/20 s worth of bytes, sleeping between them.
    private func drip(_ body: [UInt8], bytesPerSecond: Int) -> Bool {
        let piece = max(1, bytesPerSecond / 20)
        var offset = 0
        while offset < body.count {
            let end = min(body.count, offset + piece)
            guard POSIXSocket.sendAll(fd, body[offset..<end]) else {
                return false
            }
            if end < body.count {
                guard core.sleep(seconds: Double(end - offset) / Double(bytesPerSecond)) else {
                    return false
                }
            }
            offset = end
        }
        return true
    }

    /// Sends a short plain-text error and asks the client to close.
    private func sendError(_ status: Int) {
        let body = Array("\(status) \(Self.reasonPhrase(status))\n".utf8)
        let head = "HTTP/1.1 \(status) \(Self.reasonPhrase(status))\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        if POSIXSocket.sendAll(fd, (Array(head.utf8) + body)[...]) {
            POSIXSocket.shutdownWrite(fd)
        }
    }

    private static func asksToClose(_ response: HTTPResponse) -> Bool {
        response.headers.contains { $0.hasName("Connection") && $0.value.lowercased().contains("close") }
    }

    private static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 100: "Continue"
        case 200: "OK"
        case 201: "Created"
        case 202: "Accepted"
        case 204: "No Content"
        case 206: "Partial Content"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 303: "See Other"
        case 304: "Not Modified"
        case 307: "Temporary Redirect"
        case 308: "Permanent Redirect"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 410: "Gone"
        case 413: "Content Too Large"
        case 429: "Too Many Requests"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        case 501: "Not Implemented"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        default: "Status \(status)"
        }
    }
}
