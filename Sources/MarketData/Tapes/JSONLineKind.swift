/// Which JSON tape a line belongs to, from its top-level keys (values are skipped, never decoded).
///
/// - `jsonrpc`, `method` or `params` → Deribit stream (every Deribit message, notification,
///   response or heartbeat, carries `"jsonrpc":"2.0"`);
/// - a top-level array, or `e`, `stream` or `data` → Binance stream; so is an object with only
///   `result`/`id` (Binance's subscription response `{"result":null,"id":1}`, which, unlike
///   Deribit's, has no `jsonrpc`);
/// - `t` or `s` → native JSONL (`t`, the native timestamp, outranks Binance's keys: no Binance
///   message has a lower-case `t`, and a native tape may carry unknown keys);
/// - anything else, or a line that is not JSON → `unknown` (readers then take it as native
///   JSONL, whose decoder reports what is wrong with it, as before the stream formats existed).
enum JSONLineKind: Equatable {
    case format(TapeFormat)
    case unknown

    static func classify(_ line: ByteSpan) -> JSONLineKind {
        var cursor = JSONCursor(bytes: line.trimmed())
        var scratch: [UInt8] = []
        if cursor.peek() == UInt8(ascii: "[") { return .format(.binanceMarkPriceStream) }
        var deribit = false, binance = false, nativeTime = false, native = false, response = false, other = false
        do throws(TapeIssue) {
            guard try cursor.beginObject() else { return .unknown }
            repeat {
                let key = try cursor.readKey(scratch: &scratch)
                if let key {
                    if key.equals("jsonrpc") || key.equals("method") || key.equals("params") { deribit = true }
                    else if key.equals("e") || key.equals("stream") || key.equals("data") { binance = true }
                    else if key.equals("t") { nativeTime = true }
                    else if key.equals("s") { native = true }
                    else if key.equals("result") || key.equals("id") { response = true }
                    else { other = true }
                }
                try cursor.skipValue(scratch: &scratch)
            } while try cursor.nextMember()
        } catch {
            // Not JSON (or cut short): decided by what was seen before the damage, if anything.
        }
        if deribit { return .format(.deribitStream) }
        if nativeTime { return .format(.nativeJSONL) }
        if binance { return .format(.binanceMarkPriceStream) }
        if native { return .format(.nativeJSONL) }
        if response && !other { return .format(.binanceMarkPriceStream) }
        return .unknown
    }
}
