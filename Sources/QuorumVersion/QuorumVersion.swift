/// The version of Quorum and the commit it was built from, stamped at build time (`quorum --version`).
public enum QuorumVersion {
    /// The release number; raise it when a release is tagged.
    public static let number = "0.1.0"
    /// The commit of the checkout the program was built from ("+changes" when files differed from it).
    public static let commit = buildCommit
    /// What `quorum --version` prints.
    public static var description: String { "quorum \(number) (commit \(commit))" }
}
