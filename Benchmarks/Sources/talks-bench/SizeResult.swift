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
    /// Per query: the browser key's statements run by the sqlite3 shell, milliseconds per run.
    var shellBrowser: [[Double]] = []
}

/// Everything measured at one import size.
struct ImportResult {
    var records: Int
    var generateSeconds: Double
    var fileBytes: Int
    /// Nil when the import did not finish.
    var imported: ImportPhase.Result?
    var shellLoadSeconds: Double?
    var search: SearchPhase.Result?
    var shell: [(milliseconds: [Double], ids: [String])] = []
    var shellBrowser: [[Double]] = []
    var terminal: TerminalMeasure?
    /// The `t` and `a` pickers, on the imports with the bundled archive's pages added (its topics
    /// and talks; the index rebuilt, carrying the imports): the largest import only.
    var pickers: SearchPhase.Result?
    /// `talks search … --json` and `talks --help` as whole processes beside the sqlite3 shell's.
    var wholeProcess: WholeProcess?
    /// Many sessions at once on this index, shared as on a lab server (the largest import only).
    var sessions: SessionMeasure?
}
