import ScreenModel

/// Where each pane goes for the terminal's size: side by side when wide, stacked when tall
/// enough, one pane at a time when small, and a notice below the minimum.
public struct Layout: Equatable, Sendable {
    public enum Arrangement: Equatable, Sendable { case sideBySide, stacked, single, tooSmall }

    public static let minWidth = 30
    public static let minHeight = 8

    public var arrangement: Arrangement
    public var list: Rect
    public var detail: Rect
    /// The separator between list and detail (a column or a row), empty when single.
    public var divider: Rect
    public var searchLine: Rect
    public var statusLine: Rect

    public init(width: Int, height: Int, detailOpen: Bool) {
        statusLine = Rect(x: 0, y: height - 1, width: width, height: 1)
        searchLine = Rect(x: 0, y: height - 2, width: width, height: 1)
        let body = Rect(x: 0, y: 0, width: width, height: max(0, height - 2))
        let empty = Rect(x: 0, y: 0, width: 0, height: 0)
        if width < Layout.minWidth || height < Layout.minHeight {
            arrangement = .tooSmall
            (list, detail, divider) = (empty, empty, empty)
        } else if width >= 120 {
            arrangement = .sideBySide
            let listWidth = width * 9 / 20
            list = Rect(x: 0, y: 0, width: listWidth, height: body.height)
            divider = Rect(x: listWidth, y: 0, width: 1, height: body.height)
            detail = Rect(x: listWidth + 1, y: 0, width: width - listWidth - 1, height: body.height)
        } else if height >= 20 {
            arrangement = .stacked
            let listHeight = max(3, (body.height - 1) * 2 / 5)
            list = Rect(x: 0, y: 0, width: width, height: listHeight)
            divider = Rect(x: 0, y: listHeight, width: width, height: 1)
            detail = Rect(x: 0, y: listHeight + 1, width: width, height: body.height - listHeight - 1)
        } else {
            arrangement = .single
            divider = empty
            list = detailOpen ? empty : body
            detail = detailOpen ? body : empty
        }
    }
}

extension AppState {
    public var layout: Layout { Layout(width: width, height: height, detailOpen: detailOpen) }
}
