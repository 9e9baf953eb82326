import Testing

@Test func MarginConfigTargetBuilds() { #expect(1 + 1 == 2) }
