/// Near-duplicate candidates by MinHash band: which held records share a band value.
///
/// Nearly every band value belongs to a single record (copies are the exception), so a bucket of
/// one is stored inline rather than as an array of its own: eight small allocations fewer for
/// every document of every open story.
struct BandIndex {
    private var single: [UInt64: Int32] = [:]
    private var multiple: [UInt64: [Int32]] = [:]

    /// Records `record` under band value `key`.
    mutating func insert(_ record: Int32, for key: UInt64) {
        if let other = single.removeValue(forKey: key) {
            multiple[key] = [other, record]
        } else if multiple[key] != nil {
            multiple[key]?.append(record)
        } else {
            single[key] = record
        }
    }

    /// Appends the records under `key` to `candidates`.
    func appendRecords(for key: UInt64, to candidates: inout [Int32]) {
        if let record = single[key] {
            candidates.append(record)
        } else if let records = multiple[key] {
            candidates.append(contentsOf: records)
        }
    }

    /// Forgets `record` under `key`.
    mutating func remove(_ record: Int32, for key: UInt64) {
        if single[key] == record {
            single[key] = nil
            return
        }
        guard var records = multiple[key] else { return }
        records.removeAll { $0 == record }
        if records.count > 1 {
            multiple[key] = records
        } else {
            multiple[key] = nil
            if let last = records.first { single[key] = last }
        }
    }
}
