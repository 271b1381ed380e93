/// A key the user pressed, decoded from the terminal's input.
///
/// ```swift
/// switch key {
/// case .char("j"), .down: moveDown()
/// case .ctrl("c"), .char("q"): quit()
/// default: break
/// }
/// ```
public enum Key: Hashable, Sendable {
    /// A printable character.
    case char(Character)
    /// A character typed with Alt (Meta): the terminal sends Esc, then the character.
    case alt(Character)
    /// Ctrl with a letter, lowercase ("c" for Ctrl-C), or with one of `@ [ \ ] ^ _`.
    case ctrl(Character)
    /// F1 to F63.
    case function(Int)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, tab, backTab, delete
}
