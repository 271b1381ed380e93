import Foundation
import GRDB
import TalkArchive
import TalksVersion
import TerminalKit

/// What `talks --version -v` prints for a bug report: the version, the archive in force and its
/// fingerprint, the index file, the helper, and the versions of the SQLite and ncurses libraries loaded.
///
/// ```
/// talks: 0.1.0
/// archive: /home/ada/.local/share/talks/archive
/// fingerprint: 6f1c…
/// index: /home/ada/.cache/talks/index-0123456789abcdef.sqlite
/// helper: /home/ada/.local/libexec/talks/talks-fetch
/// sqlite: 3.40.1
/// ncurses: ncurses 6.4.20221231
/// ```
struct VersionReport {
    var lines: [(label: String, value: String)] = []

    /// Gathers the report; an archive that cannot be read is said in its line, not thrown.
    init(archive options: ArchiveOptions) {
        lines.append(("talks", TalksVersion.current))
        do {
            let folder = try options.folder()
            lines.append(("archive", folder.path))
            do {
                lines.append(("fingerprint", try ArchiveFolder(url: folder).fingerprint))
            } catch let error as ArchiveError {
                lines.append(("fingerprint", "unreadable archive: \(error.message)"))
            }
            let index = IndexLocation.indexFile(for: folder, in: try options.indexFolder(for: folder))
            let built = FileManager.default.fileExists(atPath: index.path)
            lines.append(("index", index.path + (built ? "" : " (not built yet)")))
        } catch {
            lines.append(("archive", "\(error)"))
        }
        lines.append(("helper", InstallLayout.current.helper("talks-fetch").path))
        lines.append(("sqlite", Self.sqliteVersion()))
        lines.append(("ncurses", NcursesLibrary.version))
    }

    /// `label: value`, one a line.
    var text: String { lines.map { "\($0.label): \($0.value)\n" }.joined() }

    /// The version of the SQLite library linked, as SQLite reports it.
    static func sqliteVersion() -> String {
        (try? DatabaseQueue().read { try String.fetchOne($0, sql: "SELECT sqlite_version()") }) ?? nil ?? "unknown"
    }
}
