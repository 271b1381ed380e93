import BrowserRuntime
import Foundation
import PaperText
import TalkArchive
import TalkSettings

/// `E`: the note in `$VISUAL` (else `$EDITOR`, else `vi`), run without a shell on a private
/// temporary file; the browser has given the terminal back meanwhile (`MarkAnswers.edit`).
///
/// The variable is split at spaces into the program and its arguments (`EDITOR="vim -u NONE"`);
/// no quoting, no shell expansion: nothing in it or in the note is ever read by a shell.
final class ExternalNoteEditor: NoteEditing {
    private let environment: [String: String]

    init(environment: [String: String]) { self.environment = environment }

    /// The editor's command line: its words, the program first.
    var command: [String] {
        let chosen = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return (chosen ?? "vi").split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }

    func edit(_ note: String?) -> Result<String?, NoteEditingError> {
        let words = command
        guard let program = ExecutableLookup.onPath(environment)(words[0]) else {
            return .failure(NoteEditingError("cannot find the editor “\(words[0])”; set EDITOR, or write the note with e"))
        }
        var template = Array((NSTemporaryDirectory() + "/talks-note-XXXXXX").utf8CString)
        guard let folder = mkdtemp(&template).map({ String(cString: $0) }) else {
            return .failure(NoteEditingError("cannot make a temporary file for the note (\(String(cString: strerror(errno))))"))
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/note.txt"
        guard FileManager.default.createFile(atPath: file, contents: Data((note ?? "").utf8), attributes: [.posixPermissions: 0o600]) else {
            return .failure(NoteEditingError("cannot write the note to \(file)"))
        }
        let (pid, error) = ChildProcess.spawn(program, Array(words.dropFirst()) + [file], [])
        guard error == 0 else {
            return .failure(NoteEditingError("cannot start \(words[0]): \(String(cString: strerror(error)))"))
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let code = ChildProcess.exitCode(status)
        guard code == 0 else { return .failure(NoteEditingError("\(words[0]) exited with status \(code); the note is as it was")) }
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            return .failure(NoteEditingError("the note is not UTF-8 text; it is as it was"))
        }
        return .success(text)
    }
}
