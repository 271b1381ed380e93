import ScreenModel
import TalkArchive
import TalkSettings

/// Where each pane goes for the terminal's size: side by side when wide, stacked when tall
/// enough, one pane at a time when small or when the preview is off, and a notice below the minimum.
///
/// ```swift
/// Layout(width: 80, height: 24, detailOpen: false, preview: .auto).arrangement   // .single
/// Layout(width: 80, height: 24, detailOpen: false, preview: .always).arrangement // .stacked
/// ```
public struct Layout: Equatable, Sendable {
    public enum Arrangement: Equatable, Sendable { case sideBySide, stacked, single, tooSmall }

    public static let minWidth = 30
    public static let minHeight = 8
    /// From this width the preview goes beside the list.
    public static let sideBySideWidth = 120
    /// Below this height a stacked preview would leave the list no room at all.
    public static let stackedMinHeight = 20
    /// From this height `auto` stacks the preview: the list keeps 14 rows (at 24 rows it would
    /// keep 8, and every move would repaint a dozen lines of abstract).
    public static let autoStackedHeight = 40

    public var arrangement: Arrangement
    public var list: Rect
    public var detail: Rect
    /// The separator between list and detail (a column or a row), empty when single.
    public var divider: Rect
    public var searchLine: Rect
    public var statusLine: Rect

    /// Whether `preview` shows the preview at this size (room permitting: see the arrangements).
    public static func showsPreview(_ preview: PreviewMode, width: Int, height: Int) -> Bool {
        switch preview {
        case .always: return true
        case .never: return false
        case .auto: return width >= sideBySideWidth || height >= autoStackedHeight
        }
    }

    public init(width: Int, height: Int, detailOpen: Bool, preview: PreviewMode = .auto) {
        let previewing = Layout.showsPreview(preview, width: width, height: height)
        statusLine = Rect(x: 0, y: height - 1, width: width, height: 1)
        searchLine = Rect(x: 0, y: height - 2, width: width, height: 1)
        let body = Rect(x: 0, y: 0, width: width, height: max(0, height - 2))
        let empty = Rect(x: 0, y: 0, width: 0, height: 0)
        if width < Layout.minWidth || height < Layout.minHeight {
            arrangement = .tooSmall
            (list, detail, divider) = (empty, empty, empty)
        } else if previewing && width >= Layout.sideBySideWidth {
            arrangement = .sideBySide
            let listWidth = width * 9 / 20
            list = Rect(x: 0, y: 0, width: listWidth, height: body.height)
            divider = Rect(x: listWidth, y: 0, width: 1, height: body.height)
            detail = Rect(x: listWidth + 1, y: 0, width: width - listWidth - 1, height: body.height)
        } else if previewing && height >= Layout.stackedMinHeight {
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
    public var layout: Layout { Layout(width: width, height: height, detailOpen: detailOpen, preview: preview) }
}
