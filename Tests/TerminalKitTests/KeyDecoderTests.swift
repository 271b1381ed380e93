import CNcursesw
import ScreenModel
@testable import TerminalKit
import XCTest

/// `KeyDecoder`: what `get_wch` codes become.
final class KeyDecoderTests: XCTestCase {
    func testCharactersAndControls() {
        XCTAssertEqual(KeyDecoder.event(character: UInt32(("j" as Unicode.Scalar).value)), .key(.char("j")))
        XCTAssertEqual(KeyDecoder.event(character: 0x91CF), .key(.char("量")))
        XCTAssertEqual(KeyDecoder.event(character: 3), .key(.ctrl("c")))
        XCTAssertEqual(KeyDecoder.event(character: 26), .key(.ctrl("z")))
        XCTAssertEqual(KeyDecoder.event(character: 28), .key(.ctrl("\\")))
        XCTAssertEqual(KeyDecoder.event(character: 0), .key(.ctrl("@")))
        XCTAssertEqual(KeyDecoder.event(character: 0x9B), .unknown)
    }

    func testEnterTabBackspaceEscape() {
        XCTAssertEqual(KeyDecoder.event(character: 10), .key(.enter))
        XCTAssertEqual(KeyDecoder.event(character: 13), .key(.enter))
        XCTAssertEqual(KeyDecoder.event(character: 9), .key(.tab))
        XCTAssertEqual(KeyDecoder.event(character: 127), .key(.backspace))
        XCTAssertEqual(KeyDecoder.event(character: 8), .key(.backspace))
        XCTAssertEqual(KeyDecoder.event(character: 27), .key(.escape))
    }

    func testSpecialKeyCodes() {
        XCTAssertEqual(KeyDecoder.event(keyCode: KEY_UP), .key(.up))
        XCTAssertEqual(KeyDecoder.event(keyCode: KEY_NPAGE), .key(.pageDown))
        XCTAssertEqual(KeyDecoder.event(keyCode: KEY_HOME), .key(.home))
        XCTAssertEqual(KeyDecoder.event(keyCode: KEY_ENTER), .key(.enter))
        XCTAssertEqual(KeyDecoder.event(keyCode: KEY_BACKSPACE), .key(.backspace))
        XCTAssertEqual(KeyDecoder.event(keyCode: KEY_DC), .key(.delete))
        XCTAssertEqual(KeyDecoder.event(keyCode: KEY_BTAB), .key(.backTab))
        XCTAssertEqual(KeyDecoder.event(keyCode: shim_key_f(5)), .key(.function(5)))
        XCTAssertEqual(KeyDecoder.event(keyCode: KEY_SUSPEND), .unknown)
    }
}
