import Foundation

/// Human-readable byte counts and durations for status lines.
///
/// ```swift
/// ByteCount.text(1_536_000)  // "1.5 MB"
/// ByteCount.seconds(1)       // "1 s"
/// ```
enum ByteCount {
    /// Bytes in B, kB, MB or GB (powers of 1000, one decimal from kB up).
    static func text(_ bytes: Int64) -> String {
        let units = ["kB", "MB", "GB"]
        guard bytes >= 1000 else { return "\(bytes) B" }
        var value = Double(bytes) / 1000
        var unit = 0
        while value >= 1000 && unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        return String(format: "%.1f %@", value, units[unit])
    }

    /// Seconds without a trailing ".0".
    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
    }
}
