import CNcursesw
import ScreenModel
@testable import TerminalKit
import XCTest

/// `ColorDepth` and `StyleResolver`: colour fallbacks and on-demand pairs.
final class ColorTests: XCTestCase {
    func testDepthDetection() {
        XCTAssertEqual(ColorDepth.detect(hasColors: true, colors: 256, noColor: nil), .palette256)
        XCTAssertEqual(ColorDepth.detect(hasColors: true, colors: 256, noColor: ""), .palette256)
        XCTAssertEqual(ColorDepth.detect(hasColors: true, colors: 256, noColor: "1"), ColorDepth.none)
        XCTAssertEqual(ColorDepth.detect(hasColors: true, colors: 16, noColor: nil), .basic16)
        XCTAssertEqual(ColorDepth.detect(hasColors: true, colors: 8, noColor: nil), .basic8)
        XCTAssertEqual(ColorDepth.detect(hasColors: false, colors: 0, noColor: nil), ColorDepth.none)
    }

    func testMappingFallsBackToNearestBasicColour() {
        XCTAssertEqual(ColorDepth.palette256.terminalColor(.indexed(208)), 208)
        XCTAssertEqual(ColorDepth.palette256.terminalColor(.default), -1)
        XCTAssertEqual(ColorDepth.basic8.terminalColor(.brightRed), 1)
        XCTAssertEqual(ColorDepth.basic16.terminalColor(.brightRed), 9)
        XCTAssertEqual(ColorDepth.basic8.terminalColor(.indexed(196)), 1)   // pure red
        XCTAssertEqual(ColorDepth.basic8.terminalColor(.indexed(21)), 4)    // pure blue
        XCTAssertEqual(ColorDepth.basic8.terminalColor(.indexed(46)), 2)    // pure green
        XCTAssertEqual(ColorDepth.basic8.terminalColor(.indexed(232)), 0)   // near-black grey
        XCTAssertEqual(ColorDepth.basic8.terminalColor(.indexed(255)), 7)   // near-white grey
        XCTAssertNil(ColorDepth.none.terminalColor(.red))
    }

    func testPairsAreAllocatedOncePerCombination() {
        var defined: [[Int16]] = []
        var styles = StyleResolver(depth: .palette256, defaultColors: true, maxPairs: 3) { defined.append([$0, $1, $2]) }
        XCTAssertEqual(styles.resolve(.plain).pair, 0)
        XCTAssertEqual(styles.resolve(Style(foreground: .red)).pair, 1)
        XCTAssertEqual(styles.resolve(Style(foreground: .red, attributes: .bold)).pair, 1)
        XCTAssertEqual(styles.resolve(Style(foreground: .red, background: .blue)).pair, 2)
        XCTAssertEqual(styles.resolve(Style(foreground: .green)).pair, 0, "pairs exhausted: default pair")
        XCTAssertEqual(defined, [[1, 1, -1], [2, 1, 4]])
    }

    func testAttributesAndNoColourReverseFallback() {
        var styles = StyleResolver(depth: .none, defaultColors: false, maxPairs: 0) { _, _, _ in XCTFail("no pairs without colour") }
        let bold = styles.resolve(Style(foreground: .red, attributes: [.bold, .underline]))
        XCTAssertEqual(bold.attributes, shim_a_bold() | shim_a_underline())
        XCTAssertEqual(bold.pair, 0)
        XCTAssertEqual(styles.resolve(Style(background: .blue)).attributes, shim_a_reverse())
    }

    func testWithoutDefaultColoursDefaultsBecomeWhiteOnBlack() {
        var defined: [[Int16]] = []
        var styles = StyleResolver(depth: .basic8, defaultColors: false, maxPairs: 64) { defined.append([$0, $1, $2]) }
        _ = styles.resolve(Style(foreground: .yellow))
        XCTAssertEqual(defined, [[1, 3, 0]])
    }
}
