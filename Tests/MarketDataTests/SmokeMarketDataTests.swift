import Testing

@Test func MarketDataTargetBuilds() { #expect(1 + 1 == 2) }
