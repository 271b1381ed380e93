import CNcursesw
import ScreenModel

extension NcursesBackend {
    /// Waits up to `timeoutMs` milliseconds (never forever) for a key, a resize or a mouse event.
    ///
    /// A lone Esc arrives after curses' 25 ms escape delay; Esc followed at once by a
    /// character is Alt with that character (`.alt("x")`).
    public func readEvent(timeoutMs: Int) -> InputEvent? {
        if !pendingEvents.isEmpty { return pendingEvents.removeFirst() }
        wtimeout(window, Int32(clamping: max(0, timeoutMs)))
        return nextEvent()
    }

    private func nextEvent() -> InputEvent? {
        var code: wint_t = 0
        switch wget_wch(window, &code) {
        case KEY_CODE_YES: return specialKey(Int32(bitPattern: code))
        case OK: return code == 27 ? escapeOrAlt() : KeyDecoder.event(character: code)
        default: return nil
        }
    }

    /// After Esc: Alt with the character that follows at once, or Esc alone (keeping what follows).
    private func escapeOrAlt() -> InputEvent {
        wtimeout(window, 0)
        guard let next = nextEvent() else { return .key(.escape) }
        if case .key(.char(let character)) = next { return .key(.alt(character)) }
        pendingEvents.insert(next, at: 0)
        return .key(.escape)
    }

    private func specialKey(_ code: Int32) -> InputEvent {
        switch code {
        case KEY_RESIZE:
            lastFrame = nil
            clearok(shim_curscr(), true)
            return .resize(width: size.width, height: size.height)
        case KEY_MOUSE:
            return mouseEvent()
        default:
            return KeyDecoder.event(keyCode: code)
        }
    }

    /// The oldest mouse event this read brought; the others are queued. A press and its release
    /// arriving together (a quick click over SSH) are both in curses' queue behind one
    /// `KEY_MOUSE`, and `getmouse` hands them out newest first: taking only one lost the press.
    private func mouseEvent() -> InputEvent {
        var events: [InputEvent] = []
        var event = MEVENT()
        while getmouse(&event) == OK {
            events.append(Self.decode(event))
        }
        guard let oldest = events.popLast() else { return .unknown }
        pendingEvents.insert(contentsOf: events.reversed(), at: 0)
        return oldest
    }

    private static func decode(_ event: MEVENT) -> InputEvent {
        let actions: [(mmask_t, MouseEvent.Action)] = [
            (shim_wheel_up(), .wheelUp), (shim_wheel_down(), .wheelDown),
            (shim_button1_pressed(), .press(.left)), (shim_button1_released(), .release(.left)),
            (shim_button2_pressed(), .press(.middle)), (shim_button2_released(), .release(.middle)),
            (shim_button3_pressed(), .press(.right)), (shim_button3_released(), .release(.right)),
        ]
        guard let action = actions.first(where: { event.bstate & $0.0 != 0 })?.1 else { return .unknown }
        return .mouse(MouseEvent(x: Int(event.x), y: Int(event.y), action: action))
    }
}
