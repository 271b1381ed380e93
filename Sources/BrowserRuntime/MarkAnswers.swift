import PersonalState
import ScreenModel
import TalkArchive
import TalksUI

/// Writing a note in the user's own editor: the executable runs `$VISUAL`/`$EDITOR` on a private
/// temporary file, without a shell.
public protocol NoteEditing: AnyObject {
    /// The note as the editor left it (nil or blank: none), or a failure to say on the status
    /// line. The terminal is the editor's meanwhile.
    func edit(_ note: String?) -> Result<String?, NoteEditingError>
}

/// Why a note could not be written in the editor, for the status line.
public struct NoteEditingError: Error, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// The effects the personal store answers, each as the action the reducer expects back.
struct MarkAnswers {
    let marks: DeferredMarkStore
    let editor: NoteEditing?

    /// Opens the store (one in memory when it cannot be opened, saying why) and reads every mark.
    func all() -> Action {
        do {
            return .marksLoaded(try marks.store().allMarks(), notice: marks.problem)
        } catch {
            return .notice("cannot read your marks: \(error)")
        }
    }

    func change(_ id: String, _ change: MarkChange) -> Action {
        do {
            return .marksChanged(recordID: id, try marks.store().change(id, change))
        } catch {
            return .notice("the mark was not saved: \(error)")
        }
    }

    /// Hands the terminal to the editor, takes it back, and stores what was written.
    func edit(_ id: String, note: String?, on backend: TerminalBackend) -> Action {
        guard let editor else { return .notice("no editor here; e writes the note on the status line") }
        backend.suspend()
        let outcome = editor.edit(note)
        backend.resume()
        switch outcome {
        case .success(let text): return change(id, .note(text))
        case .failure(let failure): return .notice(failure.message)
        }
    }
}
