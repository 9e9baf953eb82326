extension KeyedEncodingContainer {
    /// Writes `value`, or null when it is nil or not finite (JSON has no ∞ or NaN; each field's
    /// doc comment says what null means there — e.g. utilization null: equity ≤ 0 with a requirement).
    public mutating func encodeFinite(_ value: Double?, forKey key: Key) throws {
        if let value, value.isFinite { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}
