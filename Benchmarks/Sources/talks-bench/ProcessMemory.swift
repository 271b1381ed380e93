import Foundation

/// This process's memory as Linux reports it in /proc/self/status.
enum ProcessMemory {
    /// Peak resident set size (VmHWM) in kB, or 0 where /proc is missing.
    static func peakKB() -> Int { field("VmHWM") }

    /// Current resident set size (VmRSS) in kB.
    static func residentKB() -> Int { field("VmRSS") }

    private static func field(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
        }
        return 0
    }
}
