/// A value in `feeds.conf` that does not fit what its key expects; the message is complete.
struct ValueProblem: Error, Equatable {
    /// The text shown to the user, e.g. `timeout: expected a duration like 30m, 2h or 1d, got 'soon'`.
    let message: String
}
