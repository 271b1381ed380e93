import Foundation
import GRDB

/// An error from SQLite or the file system, said in one line a person can act on: GRDB's own
/// descriptions span lines and quote the SQL that failed, which helps nobody at a prompt.
///
/// ```swift
/// StorageFailure.line(DatabaseError(resultCode: .SQLITE_FULL))  // "the disk is full"
/// ```
public enum StorageFailure {
    public static func line(_ error: Error) -> String {
        if let database = error as? DatabaseError {
            switch database.resultCode {
            case .SQLITE_FULL: return "the disk is full"
            case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN: return "no permission to write there"
            case .SQLITE_IOERR: return "a read or write failed (\(database.extendedResultCode))"
            default: return firstLine(database.message ?? "\(database.resultCode)")
            }
        }
        if let posix = error as? POSIXError { return firstLine(String(cString: strerror(posix.code.rawValue))) }
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let code = underlying?.domain == NSPOSIXErrorDomain ? underlying?.code : nil, code == Int(ENOSPC) {
            return "the disk is full"
        }
        return firstLine(error.localizedDescription)
    }

    private static func firstLine(_ text: String) -> String {
        String(text.split(whereSeparator: \.isNewline).first ?? "")
    }
}
