import QuorumContent

/// An action as the tracker sees it: the action, the meeting that raised it and the one that closed it.
public struct ActionEntry: Sendable {
    public var action: ActionItem
    public var raisedAt: Int
    public var closedAt: Int?
}
