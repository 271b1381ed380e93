/// Everything measured at one archive size.
struct SizeResult {
    var records: Int
    var generateSeconds: Double
    var pageBytes: Int
    /// Nil when the build did not finish within the time limit.
    var build: BuildPhase.Result?
    var buildLimit: Double
    var search: SearchPhase.Result?
    var shellLoadSeconds: Double?
    var shell: [(milliseconds: [Double], ids: [String])] = []
}
