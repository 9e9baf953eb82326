import Testing
@testable import MarginConfig

/// Hand-picked invalid TOML 1.0 documents: each is rejected with the line and column of the fault.
struct TOMLRejectionTests {
    /// The error `text` gives, or nil when it reads.
    func failure(_ text: String) -> TOMLParseError? {
        do {
            _ = try TOMLDocument.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        // Syntax.
        ("a = ", 1, 5, "expected a value"),
        ("a = 1 b = 2", 1, 7, "expected the end of the line"),
        ("= 1", 1, 1, "expected a key"),
        ("a = [1,,2]", 1, 8, "expected a value"),
        ("a = [1 2]", 1, 8, "expected ',' or ']'"),
        ("a = {x = 1,}", 1, 12, "expected a key"),
        ("a = {x = 1,\ny = 2}", 1, 12, "expected a key"),
        ("a = tru", 1, 5, "expected a value"),
        ("\"\"\"k\"\"\" = 1", 1, 1, "multi-line"),
        ("[a]]", 1, 4, "expected the end of the line"),
        ("[[a]", 1, 5, "']]'"),
        ("[[a] ]", 1, 5, "']]'"),
        ("a = 1\rb = 2", 1, 6, "expected the end of the line"),
        // Strings.
        (#"a = "\x41""#, 1, 6, "invalid escape"),
        (#"a = "\uD800""#, 1, 6, "not a Unicode scalar"),
        (#"a = "\u00G0""#, 1, 6, "hex digits"),
        ("a = \"x\ny\"", 1, 7, "newline in a single-line string"),
        ("a = 'tab\u{7F}'", 1, 9, "control character U+007F"),
        ("a = \"\"\"x\"\"\"\"\"\"", 1, 14, "too many quotes"),
        ("a = \"never closed", 1, 5, "unterminated"),
        ("# bell \u{07}", 1, 8, "control character U+0007 in a comment"),
        // Numbers.
        ("a = 012", 1, 5, "leading zeros"),
        ("a = 1__2", 1, 6, "underscore"),
        ("a = _1", 1, 5, "expected a value"),
        ("a = 1_", 1, 6, "underscore"),
        ("a = +0x1", 1, 5, "cannot have a sign"),
        ("a = 0X1", 1, 6, "invalid number"),
        ("a = 9223372036854775808", 1, 5, "does not fit in 64 bits"),
        ("a = -9223372036854775809", 1, 5, "does not fit in 64 bits"),
        ("a = 0xFFFFFFFFFFFFFFFFF", 1, 5, "does not fit in 64 bits"),
        ("a = 1.", 1, 7, "expected digits"),
        ("a = .5", 1, 5, "expected a value"),
        ("a = 1e", 1, 7, "expected digits"),
        ("a = 1.5_", 1, 8, "underscore"),
        // Dates and times.
        ("a = 2023-02-29", 1, 5, "no such day"),
        ("a = 1979-13-01", 1, 5, "no such day"),
        ("a = 1979-05-27T24:00:00", 1, 16, "out of range"),
        ("a = 07:32", 1, 5, "expected HH:MM:SS"),
        ("a = 1979-05-27T07:32:00+7:00", 1, 24, "offset"),
        ("a = 1979-05-27T07:32:00.Z", 1, 25, "digits after the decimal point"),
    ])
    func syntaxErrors(text: String, line: Int, column: Int, message: String) throws {
        let error = try #require(failure(text), "accepted: \(text)")
        #expect(error.line == line && error.column == column, "\(text.debugDescription): \(error)")
        #expect(error.message.contains(message), "\(text.debugDescription): \(error)")
    }

    @Test(arguments: [
        ("a = 1\na = 2", 2, 1, "duplicate key 'a'"),
        ("a.b = 1\na.b = 2", 2, 3, "duplicate key 'a.b'"),
        ("[t]\n[t]", 2, 2, "table 't' is defined twice"),
        ("[t.u]\n[t]\n[t]", 3, 2, "table 't' is defined twice"),
        ("[t]\nu.v = 1\n[t.u]", 3, 4, "already defined by dotted keys"),
        ("[a.b.c]\nz = 9\n[a]\nb.c.t = 1", 4, 1, "cannot add keys to 'a.b'"),
        ("a = {}\n[a]", 2, 2, "already defined as a table"),
        ("a = {b = 1}\na.c = 2", 2, 1, "cannot add keys to 'a'"),
        ("a = {b = 1}\n[a.c]", 2, 2, "cannot define a table inside 'a'"),
        ("a = {b = {c = 1}, b.d = 2}", 1, 19, "cannot add keys to 'a.b'"),
        ("x = [{}, {k = 1, k = 2}]", 1, 18, "duplicate key 'x[1].k'"),
        ("a = []\n[[a]]", 2, 3, "not an array of tables"),
        ("[a]\n[[a]]", 2, 3, "already defined as a table"),
        ("[[a]]\n[a]", 2, 2, "already defined as an array of tables"),
        ("a = 1\n[a.b]", 2, 2, "cannot define a table inside 'a'"),
        ("[[t]]\nx = 1\n[[t]]\nx = 1\nx = 2", 5, 1, "duplicate key 't[1].x'"),
    ])
    func redefinitionErrors(text: String, line: Int, column: Int, message: String) throws {
        let error = try #require(failure(text), "accepted: \(text)")
        #expect(error.line == line && error.column == column, "\(text.debugDescription): \(error)")
        #expect(error.message.contains(message), "\(text.debugDescription): \(error)")
    }

    @Test func invalidUTF8NamesTheByte() throws {
        for bytes: [UInt8] in [[0x61, 0x3D, 0x22, 0xC0, 0xAF, 0x22], [0x61, 0x3D, 0x22, 0xED, 0xA0, 0x80, 0x22],
                               [0x61, 0x3D, 0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], [0x61, 0x3D, 0x22, 0xE2, 0x82]] {
            #expect(throws: TOMLParseError(line: 1, column: 4, message: "invalid UTF-8")) { try TOMLDocument.parse(bytes: bytes) }
        }
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let error = try #require(failure("\"é\" = 1\n\"ü\" = ?"))
        #expect(error.line == 2 && error.column == 7)
    }
}
