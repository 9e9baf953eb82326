/// Table headers and key/value pairs, with TOML 1.0's rules on what may be defined where (see
/// ``TOMLTableBuilder``).
extension TOMLParser {
    /// `[a.b]` or `[[a.b]]`: the table that the following key/value pairs go into.
    mutating func parseHeader(root: TOMLTableBuilder) throws(TOMLParseError) -> TOMLTableBuilder {
        let start = position
        position += 1
        let isArray = peek() == UInt8(ascii: "[")
        if isArray { position += 1 }
        skipWhitespace()
        let keys = try parseKey()
        skipWhitespace()
        try expect(UInt8(ascii: "]"), isArray ? "']]' to close the array-of-tables header" : "']' to close the table header")
        if isArray { try expect(UInt8(ascii: "]"), "']]' to close the array-of-tables header") }
        var table = root
        for key in keys.dropLast() {
            switch table.entries[key.name] {
            case nil:
                let child = try makeTable(in: table, key: key, origin: .implicit)
                table.entries[key.name] = .table(child)
                table = child
            case .table(let child):
                table = child
            case .tables(let array):
                guard let last = array.tables.last else { throw error("empty array of tables", at: key.offset) }
                table = last
            case .value(let value):
                throw error("cannot define a table inside '\(table.path(of: key.name))': it is \(value.kindDescription)", at: key.offset)
            }
        }
        guard let last = keys.last else { throw error("expected a key", at: start) }
        if isArray {
            let array: TOMLTableArrayBuilder
            switch table.entries[last.name] {
            case nil:
                array = TOMLTableArrayBuilder()
                table.entries[last.name] = .tables(array)
            case .tables(let existing):
                array = existing
            case .table:
                throw error("'\(table.path(of: last.name))' is already defined as a table, not an array of tables", at: last.offset)
            case .value(let value):
                throw error("'\(table.path(of: last.name))' is already defined as \(value.kindDescription), not an array of tables", at: last.offset)
            }
            let elementPath = table.path.appending(last.name).appending(index: array.tables.count)
            let element = try makeTable(in: table, key: last, origin: .explicit, path: elementPath)
            array.tables.append(element)
            return element
        }
        switch table.entries[last.name] {
        case nil:
            let child = try makeTable(in: table, key: last, origin: .explicit)
            table.entries[last.name] = .table(child)
            return child
        case .table(let child) where child.origin == .implicit:
            child.origin = .explicit
            return child
        case .table(let child):
            throw error(child.origin == .dotted ? "table '\(table.path(of: last.name))' is already defined by dotted keys"
                                                : "table '\(table.path(of: last.name))' is defined twice", at: last.offset)
        case .tables:
            throw error("'\(table.path(of: last.name))' is already defined as an array of tables", at: last.offset)
        case .value(let value):
            throw error("'\(table.path(of: last.name))' is already defined as \(value.kindDescription)", at: last.offset)
        }
    }

    /// A new table below `parent`, within the depth limit.
    func makeTable(in parent: TOMLTableBuilder, key: Key, origin: TOMLTableBuilder.Origin,
                   path: TOMLPath? = nil) throws(TOMLParseError) -> TOMLTableBuilder {
        guard parent.depth < Self.maxDepth else {
            throw error("tables nested more than \(Self.maxDepth) deep", at: key.offset)
        }
        return TOMLTableBuilder(origin: origin, depth: parent.depth + 1, path: path ?? parent.path.appending(key.name))
    }

    /// `key = value` (the key may be dotted) into `table`.
    mutating func parseKeyValue(into table: TOMLTableBuilder) throws(TOMLParseError) {
        let keys = try parseKey()
        skipWhitespace()
        try expect(UInt8(ascii: "="), "'=' after the key")
        skipWhitespace()
        var target = table
        for key in keys.dropLast() {
            switch target.entries[key.name] {
            case nil:
                let child = try makeTable(in: target, key: key, origin: .dotted)
                target.entries[key.name] = .table(child)
                target = child
            case .table(let child) where child.origin == .dotted:
                target = child
            default:
                throw error("cannot add keys to '\(target.path(of: key.name))' here: it is already defined", at: key.offset)
            }
        }
        guard let last = keys.last else { throw error("expected a key") }
        guard target.entries[last.name] == nil else {
            throw error("duplicate key '\(target.path(of: last.name))'", at: last.offset)
        }
        let value = try parseValue(depth: target.depth + 1, path: target.path.appending(last.name))
        target.entries[last.name] = .value(value)
    }
}
