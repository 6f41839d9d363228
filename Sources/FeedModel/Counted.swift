/// `count` followed by the noun in the number that fits it: "1 feed", "3 feeds", "0 stories".
///
/// - Parameters:
///   - count: How many.
///   - singular: The noun for one ("story").
///   - plural: The noun for any other count; `singular` + "s" when not given.
public func counted(_ count: Int, _ singular: String, plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
}
