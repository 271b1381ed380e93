import Foundation
import TestSupport
import XCTest

/// A cache on a real full disk: a 4 MiB tmpfs, filled up (issue 15, findings 3 and 12). Skipped
/// where this process may not mount (not root, or in a container without the capability).
final class DiskFullFaultTests: XCTestCase {
    private var mounted: [URL] = []

    override func tearDown() {
        for point in mounted { SmallDisk.unmount(point) }
        mounted = []
    }

    /// A scene whose cache folder is a small tmpfs of its own.
    private func sceneOnSmallDisk(_ name: String) throws -> FaultScene {
        let scene = try FaultScene(name)
        try FileManager.default.createDirectory(at: scene.cache, withIntermediateDirectories: true)
        guard SmallDisk.mount("4m", at: scene.cache) else {
            throw XCTSkip("cannot mount a small tmpfs here (needs root and CAP_SYS_ADMIN)")
        }
        mounted.append(scene.cache)
        return scene
    }

    /// Writes a file that takes all the space left on the disk of `folder`.
    private func fill(_ folder: URL) {
        let fd = open(folder.appendingPathComponent("filler").path, O_WRONLY | O_CREAT, 0o600)
        defer { close(fd) }
        let block = [UInt8](repeating: 0x61, count: 16 << 10)
        while block.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
        let byte: [UInt8] = [0x61]
        while byte.withUnsafeBytes({ write(fd, $0.baseAddress, 1) }) > 0 {}
    }

    func testImportedPapersStaySearchableWhenTheDiskIsFullAtARebuild() throws {
        let scene = try sceneOnSmallDisk("full-rebuild")
        let snapshot = try scene.snapshot("small.jsonl", ids: 10_000..<10_040, word: "gradient flows")
        XCTAssertEqual(try scene.run(["import", "--format", "arxiv-jsonl", snapshot.path]).status, 0)
        // When the disk fills up and then a page changes
        fill(scene.cache)
        try FaultScene.page(4, word: "networks").write(to: scene.archive.appendingPathComponent("p.txt"), atomically: true, encoding: .utf8)
        let search = try scene.run(["search", "title:\"gradient flows\"", "--json", "--limit", "100"])
        // Then the search says why it works in memory, in one line, and still finds the imports
        XCTAssertEqual(search.status, 0, search.err)
        XCTAssertEqual((try JSONSerialization.jsonObject(with: Data(search.out.utf8)) as? [Any])?.count, 40)
        let notice = search.err.split(separator: "\n")
        XCTAssertEqual(notice.count, 1, search.err)
        XCTAssertTrue(search.err.contains("the disk is full); searching in memory"), search.err)
    }

    func testAnImportOnAFullDiskFailsInOneLineAndKeepsTheIndex() throws {
        let scene = try sceneOnSmallDisk("full-import")
        let first = try scene.snapshot("first.jsonl", ids: 10_000..<10_040, word: "gradient flows")
        XCTAssertEqual(try scene.run(["import", "--format", "arxiv-jsonl", first.path]).status, 0)
        fill(scene.cache)
        let second = try scene.snapshot("second.jsonl", ids: 20_000..<22_000, word: "mirror descent")
        let failed = try scene.run(["import", "--format", "arxiv-jsonl", second.path])
        XCTAssertEqual(failed.status, 1)
        XCTAssertEqual(failed.err.split(separator: "\n").count, 1, failed.err)
        XCTAssertTrue(failed.err.hasPrefix("talks: cannot write the index in "), failed.err)
        XCTAssertTrue(failed.err.contains("the disk is full; free space or set XDG_CACHE_HOME"), failed.err)
        XCTAssertEqual(scene.temporaryFiles, [])
        let search = try scene.run(["search", "title:\"gradient flows\"", "--json", "--limit", "100"])
        XCTAssertEqual((try JSONSerialization.jsonObject(with: Data(search.out.utf8)) as? [Any])?.count, 40)
    }

    func testAFolderGivenToImportIsRefusedInOneLine() throws {
        let scene = try FaultScene("import-folder")
        let refused = try scene.run(["import", "--format", "arxiv-jsonl", scene.archive.path])
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(refused.err, "talks: \(scene.archive.path) is a folder: give the snapshot file itself\n")
    }
}
