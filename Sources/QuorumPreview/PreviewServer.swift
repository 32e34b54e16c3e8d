import Hummingbird
import QuorumBuild

/// The preview server of `quorum serve` (being written).
public enum PreviewServer {}
