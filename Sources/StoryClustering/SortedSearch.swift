extension Array where Element: Comparable {
    /// The first index at or after `start` whose element is not below `value`, in an array sorted
    /// ascending from `start` on (`count` when every element is below it): a binary search.
    func lowerBound(of value: Element, from start: Int = 0) -> Int {
        var low = start
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
