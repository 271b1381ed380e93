/// The version of talks: the one place it is written. `talks --version` prints it, `talks enrich`
/// sends it to arXiv in its User-Agent and writes it into the facts it saves, and `make dist` names
/// the tarball after it (it asks the built `talks --version`).
public enum TalksVersion {
    /// Semantic version, `MAJOR.MINOR.PATCH`.
    public static let current = "0.1.0"
}
