/// What a synthetic archive is made of.
public enum SyntheticKind: String, CaseIterable, Sendable {
    /// Talk pages: ELLIS schedule pages and DLTRG-style Markdown tables, for `talks` to index.
    case pages
    /// arXiv metadata JSON lines, as the Kaggle snapshot `talks import --format arxiv-jsonl` reads.
    case arxiv
}
