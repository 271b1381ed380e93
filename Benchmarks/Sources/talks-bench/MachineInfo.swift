import Foundation

/// The machine a benchmark ran on, for BENCHMARKS.md.
struct MachineInfo {
    var cores: Int
    var cpu: String
    var memoryGB: Double
    var swift: String
    var sqlite: String

    static func current(sqlite: String) -> MachineInfo {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
        let swift = ((try? ChildProcess.run("/usr/bin/env", ["swift", "--version"], timeout: 60)) ?? nil)?
            .split(separator: "\n").first.map(String.init) ?? "unknown"
        return MachineInfo(cores: ProcessInfo.processInfo.activeProcessorCount, cpu: model,
                           memoryGB: Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824,
                           swift: swift, sqlite: sqlite)
    }
}
