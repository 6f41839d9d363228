internal import CLibXML2

/// The keys of one document's elements (``XMLNode/key(atomNamespace:)``), remembered by the
/// element's name and namespace as libxml2 stores them: every `<item>` of a feed shares one name
/// string (the parser's dictionary) and one namespace, so its key is worked out once, not once per
/// element with its strings rebuilt and lowercased. A key depends on nothing else: the name's text,
/// the namespace's URI and prefix, and whether that namespace is the root element's.
final class ElementKeyCache {
    private struct Slot: Hashable {
        let name: UnsafeRawPointer
        let namespace: UnsafeRawPointer?
        let atomNamespace: String?
    }

    private var keys: [Slot: String] = [:]

    /// The key of `node`, from the cache or made by `make` and kept.
    func key(of node: xmlNodePtr, atomNamespace: String?, make: () -> String) -> String {
        guard let name = node.pointee.name else { return make() }
        let slot = Slot(
            name: UnsafeRawPointer(name), namespace: node.pointee.ns.map { UnsafeRawPointer($0) },
            atomNamespace: atomNamespace)
        if let key = keys[slot] { return key }
        let key = make()
        keys[slot] = key
        return key
    }
}
