/// Accumulates weighted term frequencies for one document.
struct TermAccumulator {
    private var index: [String: Int] = [:]
    private var terms: [DocumentFeatures.Term] = []
    /// Distinct named gazetteer ids seen.
    var named = Set<String>()
    /// Distinct specific places named in the title.
    var titlePlaces = Set<String>()
    /// The first full date written near the top.
    var mentionedDate: Int64?
    /// Distinct number and date keys seen.
    var numbers = Set<String>()

    /// Adds `weight` to the frequency of `key`; the strongest kind wins.
    mutating func add(_ key: String, kind: DocumentFeatures.Kind, weight: Double, display: String) {
        if let position = index[key] {
            terms[position].frequency += weight
            if kind > terms[position].kind { terms[position].kind = kind }
        } else {
            index[key] = terms.count
            terms.append(DocumentFeatures.Term(key: key, kind: kind, frequency: weight, display: display))
        }
    }

    /// The terms in order of first occurrence (deterministic for a given document).
    func orderedTerms() -> [DocumentFeatures.Term] {
        terms
    }
}
