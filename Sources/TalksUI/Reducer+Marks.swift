import TalkArchive

// The reader's own marks: keys that change them (the store does, through an effect) and the line
// where a note or tags are written.
extension Reducer {
    /// `*`, `x`, `w`, `e`, `E`, `+` on the selected record.
    static func marking(_ state: inout AppState, _ command: Command) -> [Effect] {
        guard let id = state.selected?.record.id else { return [] }
        let marks = state.marks[id] ?? RecordMarks()
        switch command {
        case .toggleStar: return [.changeMarks(recordID: id, .toggleStar)]
        case .toggleSeen: return [.changeMarks(recordID: id, .toggleSeen)]
        case .toggleToWatch: return [.changeMarks(recordID: id, .toggleToWatch)]
        case .editNoteInEditor: return [.editNoteInEditor(recordID: id, note: marks.note)]
        case .editNote:
            // One line holds one line: a note of several is the editor's.
            if marks.note?.contains(where: \.isNewline) == true {
                let editor = state.keymap[.list].first { $0.command == .editNoteInEditor }?.keys.first?.label
                state.message = "this note has several lines" + (editor.map { "; \($0) edits it in $EDITOR" } ?? "")
                return []
            }
            state.markLine = MarkLine(kind: .note, recordID: id, text: marks.note ?? "")
        case .editTags:
            state.markLine = MarkLine(kind: .tags, recordID: id, text: marks.tags.joined(separator: " "))
        default:
            break
        }
        return []
    }

    /// A key on the note or tag line.
    static func markLine(_ state: inout AppState, _ command: Command) -> [Effect] {
        guard let line = state.markLine else { return [] }
        switch command {
        case .saveLine:
            switch line.change() {
            case .success(let change):
                state.markLine = nil
                return [.changeMarks(recordID: line.recordID, change)]
            case .failure(let problem):
                state.message = problem.message
            }
        case .cancelLine: state.markLine = nil
        case .deleteBackward: if !line.text.isEmpty { state.markLine?.text.removeLast() }
        case .clearLine: state.markLine?.text = ""
        case .deleteWord:
            state.markLine?.text = line.text.withoutLastWord
        default: break
        }
        return []
    }

    /// The store saved a change: the list and the detail show it, and a list of marked records
    /// (`is:starred`) is asked for again, since the record may have left it.
    static func marksChanged(_ state: inout AppState, _ id: String, _ marks: RecordMarks) -> [Effect] {
        state.marks[id] = marks.isEmpty ? nil : marks
        if state.message == nil, state.selected?.record.id == id {
            let parts = [marks.summary, marks.tags.isEmpty ? nil : marks.tags.map { "#" + $0 }.joined(separator: " "),
                         marks.note == nil ? nil : "a note"].compactMap { $0 }
            state.message = parts.isEmpty ? "no marks on it" : "marked " + parts.joined(separator: " · ")
        }
        return state.effectiveQuery?.asksForMarks == true ? search(state) : []
    }
}
