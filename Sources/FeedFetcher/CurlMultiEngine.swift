internal import CCurl
import FeedModel
import Foundation

/// Drives libcurl's multi handle on one dedicated thread. Other threads hand it work through
/// a lock-protected queue and wake it with `curl_multi_wakeup`.
final class CurlMultiEngine: @unchecked Sendable {
    private let configuration: CurlFeedFetcher.Configuration
    /// Stalled connection attempts allowed at once: ``CurlFeedFetcher/maxStalledConnects``, within
    /// what the open-file limit leaves beside this engine's transfer slots.
    private let stalledConnectLimit: Int
    private let lock = NSLock()
    private var incoming: [CurlTransfer] = []
    private var cancellations: [ObjectIdentifier] = []
    private var stopping = false
    /// Connection attempts that stopped holding a transfer slot, as last counted by the engine thread.
    private var publishedStalled = 0
    private let multi: UnsafeMutableRawPointer?
    private var thread: Thread?

    // Engine-thread state.
    private var waiting: [CurlTransfer] = []
    private var active: [UnsafeMutableRawPointer: CurlTransfer] = [:]
    private var activePerHost: [String: Int] = [:]
    private var lastStartPerHost: [String: Double] = [:]
    private var lastPublishedStalled = 0

    private static let globalInit: Bool = {
        curl_global_init(3)  // CURL_GLOBAL_ALL
        return true
    }()

    init(configuration: CurlFeedFetcher.Configuration) {
        _ = CurlMultiEngine.globalInit
        self.configuration = configuration
        self.stalledConnectLimit = OpenFileLimit.roomForStalledConnects(
            besides: configuration.maxConcurrent, cap: CurlFeedFetcher.maxStalledConnects)
        self.multi = curl_multi_init()
        // The thread keeps the engine alive until `shutdown()` ends its loop.
        let thread = Thread { [self] in self.run() }
        thread.name = "tidings-curl"
        self.thread = thread
        thread.start()
    }

    func submit(_ transfer: CurlTransfer) {
        lock.lock()
        let refused = stopping
        if !refused { incoming.append(transfer) }
        lock.unlock()
        if refused {
            transfer.finish(.failure(FetchError(code: .cancelled, message: "fetcher is shutting down")))
            return
        }
        if let multi { curl_multi_wakeup(multi) }
    }

    /// Connection attempts unanswered for longer than ``stalledConnectSeconds``, which no longer
    /// hold a transfer slot (counted on every turn of the engine's loop, which wakes when an
    /// attempt stalls).
    var stalledConnections: Int {
        lock.lock()
        defer { lock.unlock() }
        return publishedStalled
    }

    func cancel(_ transfer: CurlTransfer) {
        lock.lock()
        cancellations.append(ObjectIdentifier(transfer))
        lock.unlock()
        if let multi { curl_multi_wakeup(multi) }
    }

    func shutdown() {
        lock.lock()
        stopping = true
        lock.unlock()
        if let multi { curl_multi_wakeup(multi) }
    }

    // MARK: - Engine thread

    private func run() {
        guard let multi else { return }
        while true {
            lock.lock()
            let newTransfers = incoming
            incoming.removeAll()
            let cancelled = Set(cancellations)
            cancellations.removeAll()
            let stop = stopping
            lock.unlock()

            waiting.append(contentsOf: newTransfers)
            if !cancelled.isEmpty { applyCancellations(cancelled) }
            if stop {
                for transfer in waiting + Array(active.values) {
                    remove(transfer)
                    transfer.finish(.failure(FetchError(code: .cancelled, message: "fetcher is shutting down")))
                }
                waiting.removeAll()
                curl_multi_cleanup(multi)
                return
            }
            var nextStart = startWaiting()
            var running: Int32 = 0
            curl_multi_perform(multi, &running)
            // A finished transfer frees a slot: start the next ones at once rather than after the poll.
            while collectFinished() > 0 && !waiting.isEmpty {
                nextStart = startWaiting()
                curl_multi_perform(multi, &running)
            }

            let nextStall = publishStalledConnections()

            var timeoutMS: Int32 = 1000
            if let nextStart { timeoutMS = max(1, min(timeoutMS, Int32(nextStart * 1000))) }
            // Wake when an attempt stalls (rounded up, so not a millisecond early), to report it.
            if let nextStall { timeoutMS = max(1, min(timeoutMS, Int32((nextStall * 1000).rounded(.up)))) }
            curl_multi_poll(multi, nil, 0, timeoutMS, nil)
        }
    }

    /// Counts the connection attempts that have stalled, for ``stalledConnections``; returns the
    /// seconds until the next unanswered attempt stalls, if one is pending.
    private func publishStalledConnections() -> Double? {
        let usage = slotUsage(at: ProcessInfo.processInfo.systemUptime)
        if usage.stalled != lastPublishedStalled {
            lastPublishedStalled = usage.stalled
            lock.lock()
            publishedStalled = usage.stalled
            lock.unlock()
        }
        return usage.nextStall
    }

    /// How the active transfers use the slots at `now`.
    private struct SlotUsage {
        /// Transfers holding a slot: connected, or trying to connect for less than
        /// ``CurlMultiEngine/stalledConnectSeconds``.
        var counted = 0
        /// Those of them for feeds that failed last time.
        var countedFailing = 0
        /// Connection attempts that have stalled and hold no slot.
        var stalled = 0
        /// Seconds until the next attempt still holding a slot would stall.
        var nextStall: Double?
    }

    private func slotUsage(at now: Double) -> SlotUsage {
        var usage = SlotUsage()
        for transfer in active.values {
            let age = now - transfer.startedAt
            if !transfer.isConnected, !transfer.isTCPConnected, age >= Self.stalledConnectSeconds {
                // Only an attempt still without a TCP connection counts as stalled: a TLS
                // handshake to a far server takes more round trips, and keeps its slot.
                var connectMicroseconds: curl_off_t = 0
                if let handle = transfer.handle,
                    ccurl_getinfo_off(handle, CURLINFO_CONNECT_TIME_T, &connectMicroseconds) == CURLE_OK,
                    connectMicroseconds > 0
                {
                    transfer.isTCPConnected = true
                }
            }
            if transfer.isConnected || transfer.isTCPConnected || age < Self.stalledConnectSeconds {
                usage.counted += 1
                if transfer.afterFailure { usage.countedFailing += 1 }
                if !transfer.isConnected, !transfer.isTCPConnected {
                    usage.nextStall = min(usage.nextStall ?? .infinity, Self.stalledConnectSeconds - age)
                }
            } else {
                usage.stalled += 1
            }
        }
        return usage
    }

    /// A connection attempt still unanswered after this long no longer holds one of the
    /// `maxConcurrent` slots: hosts that drop connection attempts (dead servers, firewalls) wait
    /// for their connect timeout without keeping healthy feeds from starting. Only the TCP
    /// connection counts (name lookup included): its handshake is one round trip, well under a
    /// quarter of a second to most servers, and an attempt that has its TCP connection keeps its
    /// slot through a TLS handshake however long; a slower TCP handshake that does complete has
    /// only run beside the cap. With 1,000 dead hosts listed before 100 healthy feeds, the healthy
    /// ones were all polled 3.9 s into a first cycle, against 17.4 s with one second.
    static let stalledConnectSeconds = 0.25

    /// Starts waiting transfers allowed by the global and per-host caps and the host delay.
    /// A transfer counts against the global cap while it is connected, or while it has tried to
    /// connect for less than ``stalledConnectSeconds``. Returns seconds until the earliest delayed
    /// transfer may start, or until a connection attempt stalls and frees its slot, if anything is
    /// waiting on that.
    private func startWaiting() -> Double? {
        guard !waiting.isEmpty else { return nil }
        var stillWaiting: [CurlTransfer] = []
        var earliest: Double?
        let now = ProcessInfo.processInfo.systemUptime
        var usage = slotUsage(at: now)
        // Feeds that failed last time share a quarter of the slots.
        let failingShare = max(1, configuration.maxConcurrent / 4)
        for transfer in waiting {
            let perHost = activePerHost[transfer.host, default: 0]
            let gapLeft = (lastStartPerHost[transfer.host].map { $0 + configuration.hostDelay - now }) ?? 0
            if usage.counted < configuration.maxConcurrent, usage.stalled < stalledConnectLimit,
                !transfer.afterFailure || usage.countedFailing < failingShare,
                perHost < configuration.maxPerHost, gapLeft <= 0
            {
                start(transfer, at: now)
                lastStartPerHost[transfer.host] = now
                usage.counted += 1
                if transfer.afterFailure { usage.countedFailing += 1 }
                usage.nextStall = min(usage.nextStall ?? .infinity, Self.stalledConnectSeconds)
            } else {
                if gapLeft > 0, perHost < configuration.maxPerHost { earliest = min(earliest ?? gapLeft, gapLeft) }
                stillWaiting.append(transfer)
            }
        }
        waiting = stillWaiting
        // Something waits on a cap: look again when a connection attempt may stall.
        if !waiting.isEmpty, let nextStall = usage.nextStall {
            earliest = min(earliest ?? nextStall, nextStall)
        }
        return earliest
    }

    private func start(_ transfer: CurlTransfer, at now: Double) {
        guard let multi, let handle = curl_easy_init() else {
            transfer.finish(.failure(FetchError(code: .other, message: "libcurl could not create a transfer")))
            return
        }
        transfer.handle = handle
        let c = configuration
        ccurl_setopt_string(handle, CURLOPT_URL, transfer.url)
        ccurl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
        ccurl_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 1)
        ccurl_setopt_long(handle, CURLOPT_MAXREDIRS, c.maxRedirects)
        ccurl_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        // Never downgrade: a feed fetched over https may only redirect to https.
        let isHTTPS = transfer.url.lowercased().hasPrefix("https://")
        ccurl_setopt_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, isHTTPS ? "https" : "http,https")
        ccurl_setopt_string(handle, CURLOPT_ACCEPT_ENCODING, "")
        ccurl_setopt_string(handle, CURLOPT_USERAGENT, c.userAgent)
        ccurl_setopt_long(handle, CURLOPT_AUTOREFERER, 0)
        ccurl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, Int(c.connectTimeout * 1000))
        ccurl_setopt_long(handle, CURLOPT_TIMEOUT_MS, Int(c.timeout * 1000))
        ccurl_setopt_long(handle, CURLOPT_LOW_SPEED_LIMIT, 1)
        ccurl_setopt_long(handle, CURLOPT_LOW_SPEED_TIME, Int(max(5, c.timeout / 2)))
        ccurl_setopt_off(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(c.maxBodyBytes))
        ccurl_setopt_long(handle, CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS))

        var list: UnsafeMutablePointer<curl_slist>?
        list = curl_slist_append(
            list,
            "Accept: application/rss+xml, application/atom+xml, application/rdf+xml, application/feed+json;q=0.9, "
                + "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5")
        if let etag = transfer.validators?.etag { list = curl_slist_append(list, "If-None-Match: \(etag)") }
        if let modified = transfer.validators?.lastModified {
            list = curl_slist_append(list, "If-Modified-Since: \(modified)")
        }
        transfer.headerList = list
        ccurl_setopt_slist(handle, CURLOPT_HTTPHEADER, list)

        let userData = Unmanaged.passUnretained(transfer).toOpaque()
        ccurl_setopt_pointer(handle, CURLOPT_WRITEDATA, userData)
        ccurl_setopt_pointer(handle, CURLOPT_HEADERDATA, userData)
        ccurl_setopt_write_callback(handle, CURLOPT_WRITEFUNCTION) { data, size, count, user in
            guard let user, let data else { return 0 }
            let transfer = Unmanaged<CurlTransfer>.fromOpaque(user).takeUnretainedValue()
            let length = size * count
            if transfer.body.count + length > transfer.maxBodyBytes {
                transfer.bodyTooLarge = true
                return 0
            }
            data.withMemoryRebound(to: UInt8.self, capacity: length) {
                transfer.body.append(contentsOf: UnsafeBufferPointer(start: $0, count: length))
            }
            return length
        }
        ccurl_setopt_write_callback(handle, CURLOPT_HEADERFUNCTION) { data, size, count, user in
            guard let user, let data else { return 0 }
            let transfer = Unmanaged<CurlTransfer>.fromOpaque(user).takeUnretainedValue()
            let length = size * count
            let line = data.withMemoryRebound(to: UInt8.self, capacity: length) {
                String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
            }
            transfer.receiveHeader(line)
            return length
        }
        // Called once connected (or on a reused connection), just before the request is sent:
        // the transfer now holds a slot, and the address is checked against the policy.
        ccurl_setopt_pointer(handle, CURLOPT_PREREQDATA, userData)
        ccurl_setopt_prereq_callback(handle) { user, primaryIP, _, _, _ in
            guard let user else { return 1 }
            let transfer = Unmanaged<CurlTransfer>.fromOpaque(user).takeUnretainedValue()
            transfer.isConnected = true
            guard transfer.denyPrivateNetworks else { return 0 }  // CURL_PREREQFUNC_OK
            guard let primaryIP else { return 1 }
            let address = String(cString: primaryIP)
            if PrivateAddress.isPrivate(address) {
                transfer.refusedAddress = address
                return 1  // CURL_PREREQFUNC_ABORT
            }
            return 0
        }
        transfer.startedAt = now
        active[handle] = transfer
        activePerHost[transfer.host, default: 0] += 1
        curl_multi_add_handle(multi, handle)
    }

    private func remove(_ transfer: CurlTransfer) {
        guard let handle = transfer.handle else { return }
        if let multi { curl_multi_remove_handle(multi, handle) }
        curl_easy_cleanup(handle)
        transfer.handle = nil
        active[handle] = nil
        activePerHost[transfer.host, default: 1] -= 1
        if activePerHost[transfer.host] == 0 { activePerHost[transfer.host] = nil }
    }

    private func applyCancellations(_ ids: Set<ObjectIdentifier>) {
        let cancelledError = FetchError(code: .cancelled, message: "transfer cancelled")
        waiting.removeAll { transfer in
            guard ids.contains(ObjectIdentifier(transfer)) else { return false }
            transfer.finish(.failure(cancelledError))
            return true
        }
        for transfer in active.values where ids.contains(ObjectIdentifier(transfer)) {
            remove(transfer)
            transfer.finish(.failure(cancelledError))
        }
    }

    /// Completes finished transfers; returns how many finished.
    @discardableResult
    private func collectFinished() -> Int {
        guard let multi else { return 0 }
        var finished = 0
        var remaining: Int32 = 0
        while let message = curl_multi_info_read(multi, &remaining) {
            guard message.pointee.msg == CURLMSG_DONE, let handle = message.pointee.easy_handle,
                let transfer = active[handle]
            else { continue }
            let code = message.pointee.data.result
            let result = outcome(of: transfer, handle: handle, code: code)
            remove(transfer)
            transfer.finish(result)
            finished += 1
        }
        return finished
    }

    private func outcome(of transfer: CurlTransfer, handle: UnsafeMutableRawPointer, code: CURLcode)
        -> Result<FetchResponse, FetchError>
    {
        if code != CURLE_OK {
            let text = curl_easy_strerror(code).map { String(cString: $0) } ?? "transfer failed"
            switch code {
            case CURLE_WRITE_ERROR where transfer.bodyTooLarge, CURLE_FILESIZE_EXCEEDED:
                return .failure(
                    FetchError(code: .tooLarge, message: "body larger than \(transfer.maxBodyBytes) bytes"))
            case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
                return .failure(FetchError(code: .dns, message: "\(text)"))
            case CURLE_COULDNT_CONNECT:
                return .failure(FetchError(code: .connect, message: "connection refused or unreachable"))
            case CURLE_OPERATION_TIMEDOUT:
                return .failure(FetchError(code: .timeout, message: "timed out"))
            case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM:
                return .failure(FetchError(code: .tls, message: "\(text)"))
            case CURLE_TOO_MANY_REDIRECTS:
                return .failure(FetchError(code: .tooManyRedirects, message: "too many redirects"))
            case CURLE_ABORTED_BY_CALLBACK where transfer.refusedAddress != nil:
                return .failure(
                    FetchError(
                        code: .refused,
                        message:
                            "refused to connect to private address \(transfer.refusedAddress ?? "") (deny_private_networks)"
                    ))
            case CURLE_UNSUPPORTED_PROTOCOL:
                return .failure(
                    FetchError(
                        code: .refused, message: "redirect refused: only http and https, and never from https to http"))
            default:
                return .failure(FetchError(code: .other, message: "\(text)"))
            }
        }
        var status = 0
        ccurl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        var effective: UnsafeMutablePointer<CChar>?
        ccurl_getinfo_string(handle, CURLINFO_EFFECTIVE_URL, &effective)
        let finalURL = effective.map { String(cString: $0) } ?? transfer.url
        let final = transfer.responses.last?.fields ?? []
        var headers: [String: String] = [:]
        for (name, value) in final { headers[name] = value }
        var redirects: [FetchResponse.Redirect] = []
        for response in transfer.responses.dropLast() where (300...399).contains(response.status) {
            if let location = response.fields.last(where: { $0.0 == "location" })?.1 {
                redirects.append(.init(status: response.status, location: location))
            }
        }
        let validators = HTTPValidators(etag: headers["etag"], lastModified: headers["last-modified"])
        return .success(
            FetchResponse(
                status: status, finalURL: finalURL, body: status == 304 ? [] : transfer.body,
                contentType: headers["content-type"], validators: validators, headers: headers, redirects: redirects))
    }
}
