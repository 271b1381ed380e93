import TalkSettings
import XCTest
@testable import TalkArchive

/// The host's `/etc/talks/config.toml`: where the shared archive and its index are, nothing else.
final class SharedArchiveTests: XCTestCase {
    private func message(_ text: String) -> String? {
        do {
            _ = try SharedArchive(path: "/etc/talks/config.toml", text: text)
            return nil
        } catch {
            return error.description
        }
    }

    func testBothFoldersAreRead() throws {
        let shared = try SharedArchive(path: "c", text: "# a lab server\narchive = \"/var/lib/talks/archive\"\nindex = \"/var/lib/talks/index\"\n")
        XCTAssertEqual(shared.archive.path, "/var/lib/talks/archive")
        XCTAssertEqual(shared.indexFolder.path, "/var/lib/talks/index")
        XCTAssertNil(try SharedArchive.load(path: "/nonexistent/talks/config.toml"))
    }

    func testAnythingElseIsAnErrorAtItsLine() {
        XCTAssertEqual(message("archive = \"/a\"\nindex = \"/i\"\nopener = \"firefox\"\n"),
                       "/etc/talks/config.toml:3: unknown key “opener”; the host's file names only archive = \"/var/lib/talks/archive\" and index = \"/var/lib/talks/index\"")
        XCTAssertEqual(message("archive = \"/a\"\nindex = \"relative/index\"\n"),
                       "/etc/talks/config.toml:2: index must be an absolute path, not “relative/index”")
        XCTAssertEqual(message("archive = \"/a\"\n"),
                       "/etc/talks/config.toml: index must be a folder's absolute path in quotes, like index = \"/var/lib/talks/index\"")
        XCTAssertEqual(message("archive = 3\nindex = \"/i\"\n"),
                       "/etc/talks/config.toml:1: archive must be a folder's absolute path in quotes, like archive = \"/var/lib/talks/archive\"")
        XCTAssertTrue(message("archive = \"/a\n")?.hasPrefix("/etc/talks/config.toml:1: not valid TOML") == true)
    }
}
