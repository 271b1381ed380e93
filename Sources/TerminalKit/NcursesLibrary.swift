import CNcursesw

/// The ncurses library this process loaded, for bug reports (`talks --version -v`).
public enum NcursesLibrary {
    /// What the library says of itself: `ncurses 6.4.20221231`.
    public static var version: String { String(cString: curses_version()) }
}
