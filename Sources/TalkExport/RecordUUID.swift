import Digest
import TalkArchive

/// A UUID for a record that every run on every machine derives alike: the same talk keeps its
/// calendar UID and schedule guid, so calendars and schedule apps update it instead of adding a copy.
///
/// ```swift
/// RecordUUID(record).text     // "3f5b0c1e-…-8…": version 8, from SHA-256
/// RecordUUID(record).number   // 1 ... 2^31 - 1, for formats that want a number
/// ```
/// RFC 9562 version 8 (name-based, SHA-256): the first 16 bytes of SHA-256 of
/// `talks record <series> <id>`, with the version and variant bits set. Record ids never change
/// when the index is rebuilt (`ArchiveIndex`), and the series keeps two groups' ids apart.
struct RecordUUID {
    let bytes: [UInt8]

    init(_ record: ArchiveRecord) {
        var hasher = SHA256()
        hasher.update("talks record \(record.series?.slug ?? "paper") \(record.id)".utf8)
        var bytes = Array(hasher.finish().prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        self.bytes = bytes
    }

    /// `xxxxxxxx-xxxx-8xxx-yxxx-xxxxxxxxxxxx`, lowercase.
    var text: String {
        let hex = SHA256.hexString(bytes)
        let cuts = [8, 12, 16, 20]
        var out = ""
        for (offset, digit) in hex.enumerated() {
            if cuts.contains(offset) { out.append("-") }
            out.append(digit)
        }
        return out
    }

    /// A positive 31-bit number from the UUID's last bytes (never 0).
    var number: Int {
        let value = bytes[12...15].reduce(0) { $0 << 8 | Int($1) } & 0x7FFF_FFFF
        return value == 0 ? 1 : value
    }
}
