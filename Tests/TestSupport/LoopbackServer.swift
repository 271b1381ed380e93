import Foundation

/// A small HTTP/1.1 server on 127.0.0.1 (ephemeral port) serving fixed routes, for the download tests.
///
/// ```swift
/// let server = try LoopbackServer(routes: ["/a.pdf": .init(body: FixturePDF.make())])
/// defer { server.stop() }
/// server.url("/a.pdf")      // "http://127.0.0.1:PORT/a.pdf"
/// server.requests           // what it was asked, in order
/// ```
/// One connection at a time on one background thread; it answers `Connection: close`, never reaches
/// beyond loopback, and stops itself after `lifetime` seconds even if a test forgets to. A server made
/// with a `responder` decides each answer from the request (its path holds the query string).
public final class LoopbackServer: @unchecked Sendable {
    /// What one path answers.
    public struct Route: Sendable {
        public var status = 200
        public var body: [UInt8]
        public var contentType = "application/pdf"
        /// Answer `Range: bytes=N-` with 206 (else ignore it and send everything with 200).
        public var honoursRange = true
        /// The Content-Length sent: nil for the true length, -1 for none (the body ends at close).
        public var announcedLength: Int? = nil
        /// Send this many body bytes, then stall for `stall` seconds before the rest.
        public var stallAfter = 0
        public var stall: TimeInterval = 0
        /// Say nothing at all for this many seconds after reading the request.
        public var delayHeaders: TimeInterval = 0
        /// Pause between 1 KiB chunks.
        public var chunkDelay: TimeInterval = 0
        /// More header lines, e.g. `["Retry-After": "1"]`.
        public var headers: [String: String] = [:]

        public init(status: Int = 200, body: [UInt8], contentType: String = "application/pdf", honoursRange: Bool = true,
                    announcedLength: Int? = nil, stallAfter: Int = 0, stall: TimeInterval = 0,
                    delayHeaders: TimeInterval = 0, chunkDelay: TimeInterval = 0, headers: [String: String] = [:]) {
            self.status = status
            self.body = body
            self.contentType = contentType
            self.honoursRange = honoursRange
            self.announcedLength = announcedLength
            self.stallAfter = stallAfter
            self.stall = stall
            self.delayHeaders = delayHeaders
            self.chunkDelay = chunkDelay
            self.headers = headers
        }
    }

    /// A request as received: path and headers (names lowercased), and when it had arrived.
    public struct Request: Sendable {
        public let path: String
        public let headers: [String: String]
        public var arrived = Date()
    }

    public let port: UInt16
    private let listener: Int32
    private let responder: @Sendable (Request) -> Route?
    private let deadline: Date
    private let lock = NSLock()
    private var received: [Request] = []
    private var stopping = false
    private let finished = DispatchSemaphore(value: 0)

    public convenience init(routes: [String: Route], lifetime: TimeInterval = 10) throws {
        try self.init(lifetime: lifetime) { routes[$0.path] }
    }

    /// A server answering each request with what `responder` returns (404 for nil).
    public init(lifetime: TimeInterval = 10, responder: @escaping @Sendable (Request) -> Route?) throws {
        self.responder = responder
        deadline = Date().addingTimeInterval(lifetime)
        (listener, port) = try Self.listen()
        Thread { [self] in serve() }.start()
    }

    /// The URL of `path` on this server.
    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Every request so far.
    public var requests: [Request] { lock.withLock { received } }

    /// Stops accepting and waits for the serving thread to end.
    public func stop() {
        let first = lock.withLock {
            defer { stopping = true }
            return !stopping
        }
        if first { finished.wait() }
    }

    private var shouldStop: Bool { lock.withLock { stopping } || Date() > deadline }

    // MARK: Serving

    private func serve() {
        defer {
            close(listener)
            finished.signal()
        }
        while !shouldStop {
            var poller = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 50) > 0 else { continue }
            let client = accept(listener, nil, nil)
            guard client >= 0 else { continue }
            answer(client)
            close(client)
        }
    }

    private func answer(_ client: Int32) {
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let request = readRequest(client) else { return }
        lock.withLock { received.append(request) }
        guard let route = responder(request) else {
            _ = send(client, Array("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".utf8))
            return
        }
        let (head, body) = response(route, range: request.headers["range"])
        pause(route.delayHeaders)
        guard send(client, Array(head.utf8)) else { return }
        var sent = 0
        while sent < body.count && !shouldStop {
            if sent == route.stallAfter && route.stall > 0 { pause(route.stall) }
            let end = min(body.count, sent + 1024, sent < route.stallAfter ? route.stallAfter : body.count)
            guard send(client, Array(body[sent..<end])) else { return }
            sent = end
            if route.chunkDelay > 0 { pause(route.chunkDelay) }
        }
        shutdown(client, Int32(SHUT_WR))
    }

    /// The status line and headers, and the bytes to send, honouring an open-ended Range if asked to.
    private func response(_ route: Route, range: String?) -> (String, [UInt8]) {
        var status = route.status
        var body = route.body
        var extra = ""
        if route.honoursRange, status == 200, let range, range.hasPrefix("bytes="), range.hasSuffix("-"),
           let first = Int(range.dropFirst(6).dropLast()) {
            if first < body.count {
                status = 206
                extra = "Content-Range: bytes \(first)-\(body.count - 1)/\(body.count)\r\n"
                body = Array(body[first...])
            } else {
                status = 416
                extra = "Content-Range: bytes */\(body.count)\r\n"
                body = []
            }
        }
        let length = route.announcedLength.map { $0 + (body.count - route.body.count) } ?? body.count
        let lengthLine = route.announcedLength == -1 ? "" : "Content-Length: \(length)\r\n"
        let more = route.headers.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)\r\n" }.joined()
        let head = "HTTP/1.1 \(status) Status\r\nContent-Type: \(route.contentType)\r\n\(lengthLine)\(extra)\(more)"
            + (route.honoursRange ? "Accept-Ranges: bytes\r\n" : "") + "Connection: close\r\n\r\n"
        return (head, body)
    }

    private func readRequest(_ client: Int32) -> Request? {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while bytes.count < 16384 {
            let count = recv(client, &buffer, buffer.count, 0)
            guard count > 0 else { return nil }
            bytes += buffer[0..<count]
            if let text = String(bytes: bytes, encoding: .utf8), let end = text.range(of: "\r\n\r\n") {
                return parse(String(text[..<end.lowerBound]))
            }
        }
        return nil
    }

    private func parse(_ head: String) -> Request? {
        let lines = head.components(separatedBy: "\r\n")
        let parts = lines.first?.split(separator: " ") ?? []
        guard parts.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Request(path: String(parts[1]), headers: headers)
    }

    /// Sends everything, false once the client has gone (no SIGPIPE).
    private func send(_ client: Int32, _ bytes: [UInt8]) -> Bool {
        #if os(Linux)
        let flags = Int32(MSG_NOSIGNAL)
        #else
        let flags: Int32 = 0
        #endif
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { Foundation.send(client, $0.baseAddress, $0.count, flags) }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }

    /// Sleeps `seconds` in short steps, ending early when the server stops.
    private func pause(_ seconds: TimeInterval) {
        let until = Date().addingTimeInterval(seconds)
        while Date() < until && !shouldStop { usleep(10_000) }
    }

    // MARK: Socket

    private static func listen() throws -> (Int32, UInt16) {
        #if os(Linux)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && Foundation.listen(fd, 16) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard bound else {
            close(fd)
            throw POSIXError(.init(rawValue: errno) ?? .EIO)
        }
        return (fd, UInt16(bigEndian: address.sin_port))
    }
}
