import CNcursesw
import ScreenModel

/// Turns what `get_wch` returns into input events: characters, control keys and `KEY_*` codes.
///
/// ```swift
/// KeyDecoder.event(character: 3)            // .key(.ctrl("c"))
/// KeyDecoder.event(keyCode: KEY_PPAGE)      // .key(.pageUp)
/// ```
/// Esc, resize and mouse need the terminal's state, so `NcursesBackend` handles those.
enum KeyDecoder {
    /// The event for a character code (`get_wch` returned `OK`).
    static func event(character code: UInt32) -> InputEvent {
        switch code {
        case 10, 13: return .key(.enter)
        case 9: return .key(.tab)
        case 8, 127: return .key(.backspace)
        case 27: return .key(.escape)
        case 0: return .key(.ctrl("@"))
        case 1...26: return .key(.ctrl(Character(Unicode.Scalar(UInt8(code) + 0x60))))
        case 28...31: return .key(.ctrl(Character(Unicode.Scalar(UInt8(code) + 0x40))))
        case 0x80...0x9F: return .unknown
        default:
            guard let scalar = Unicode.Scalar(code) else { return .unknown }
            return .key(.char(Character(scalar)))
        }
    }

    /// The event for a special key code (`get_wch` returned `KEY_CODE_YES`), other than resize and mouse.
    static func event(keyCode: Int32) -> InputEvent {
        if let key = keys[keyCode] { return .key(key) }
        let function = keyCode - shim_key_f(0)
        return (1...63).contains(function) ? .key(.function(Int(function))) : .unknown
    }

    private static let keys: [Int32: Key] = [
        KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
        KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown, KEY_HOME: .home, KEY_END: .end,
        KEY_ENTER: .enter, KEY_BACKSPACE: .backspace, KEY_DC: .delete, KEY_BTAB: .backTab,
    ]
}
