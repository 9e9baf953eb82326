/// A table while a document is read, with what the redefinition rules of TOML 1.0 need to know:
/// how the table came to exist.
///
/// - `implicit`: created as a parent by a header (`[a.b]` creates `a`); one later header may define it;
/// - `explicit`: defined by a header (or an `[[array]]` element, or the root);
/// - `dotted`: created by a dotted key (`a.b = 1` creates `a`); only dotted keys may add to it,
///   headers may not define it (they may still define tables below it).
///
/// Inline tables and arrays are stored as finished ``TOMLValue``s: nothing may add to them.
final class TOMLTableBuilder {
    enum Origin { case implicit, explicit, dotted }

    enum Entry {
        case value(TOMLValue)
        case table(TOMLTableBuilder)
        case tables(TOMLTableArrayBuilder)
    }

    var origin: Origin
    /// Nesting depth from the document root (root 0), bounded by ``TOMLParser/maxDepth``.
    let depth: Int
    /// Key path for messages (`accounts[0].positions`).
    let path: TOMLPath
    var entries: [String: Entry] = [:]

    init(origin: Origin, depth: Int, path: TOMLPath) {
        self.origin = origin
        self.depth = depth
        self.path = path
    }

    /// The key path of `key` in this table, for a message.
    func path(of key: String) -> String { path.appending(key).description }

    /// The finished table. Recursion is bounded by the parser's depth limit.
    func build() -> TOMLTable {
        var result: [String: TOMLValue] = [:]
        result.reserveCapacity(entries.count)
        for (key, entry) in entries {
            switch entry {
            case .value(let value): result[key] = value
            case .table(let table): result[key] = .table(table.build())
            case .tables(let array): result[key] = .array(array.tables.map { .table($0.build()) })
            }
        }
        return TOMLTable(result)
    }
}

/// An array of tables (`[[name]]`) while a document is read: headers append elements; the last one
/// receives sub-tables (`[name.sub]`).
final class TOMLTableArrayBuilder {
    var tables: [TOMLTableBuilder] = []
}
