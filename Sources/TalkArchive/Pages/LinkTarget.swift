import Foundation

/// A link's target as a page writes it, read as the http(s) URL its author meant, or refused.
///
/// ```swift
/// LinkTarget.resolve("https://arxiv.org/abs/1806.07572", site: nil) // .url(as written, .absolute)
/// LinkTarget.resolve("ThomasHeap.github.io/files/a.pdf", site: nil) // .url("https://thomasheap.github.io/files/a.pdf", .schemeless)
/// LinkTarget.resolve("files/a.pdf", site: site)                     // .url(against the page's site, .relative)
/// LinkTarget.resolve("javascript:alert(1)", site: site)             // .refused(why)
/// ```
enum LinkTarget: Equatable {
    /// How the target was written, when it became a URL.
    enum Form: Equatable { case absolute, schemeless, relative }

    case url(String, Form)
    /// Not a link `talks` would open; why, in words.
    case refused(String)

    static func resolve(_ written: String, site: PageSite?) -> LinkTarget {
        var target = written.trimmingCharacters(in: .whitespaces)
        if target.hasPrefix("<"), target.hasSuffix(">") { target = String(target.dropFirst().dropLast()) }
        if target.isEmpty { return .refused("the link has no target") }
        if target.hasPrefix("#") { return .refused("“\(TextTools.shortened(target))” is a place on the page itself") }
        // Any scheme goes to HTTPURL, which takes http and https only (never javascript:, file:…).
        if hasScheme(target) { return checked(target, .absolute) }
        if target.hasPrefix("//") { return checked("https:" + target, .schemeless) }
        if let host = host(startingOf: target) {
            return checked("https://" + host.lowercased() + target.dropFirst(host.count), .schemeless)
        }
        // A path holds only URL characters and no second link: "[x](https://…" is a broken cell.
        guard target.range(of: #"^[A-Za-z0-9._~!$&'()*+,;=:@%/?#\-]+\z"#, options: .regularExpression) != nil,
              !target.contains("://") else {
            return .refused("“\(TextTools.shortened(target))” is neither a URL nor a path on the page's site")
        }
        guard let site else {
            return .refused("a relative link, and the page's links name no GitHub Pages site to resolve it against")
        }
        guard let url = site.resolve(target) else { return .refused("a relative link that does not resolve against \(site.base)") }
        return checked(url, .relative)
    }

    /// Whether `text` starts with a URL scheme and its colon (`https:`, `javascript:`).
    static func hasScheme(_ text: String) -> Bool {
        Regex.match(#"^[a-z][a-z0-9+.\-]*:"#, text) != nil
    }

    /// The host a scheme-less target starts with: `host.tld` before a path, query or fragment,
    /// or a lone `www.host.tld`. A lone `notes.pdf` is a file beside the page, not a host.
    private static func host(startingOf target: String) -> String? {
        guard let host = Regex.match(#"^([a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,63})(?:$|[/?#])"#, target)?[1] else { return nil }
        return host.count < target.count || host.lowercased().hasPrefix("www.") ? host : nil
    }

    private static func checked(_ url: String, _ form: Form) -> LinkTarget {
        do { return .url(try HTTPURL(url).description, form) } catch { return .refused(error.message) }
    }
}
