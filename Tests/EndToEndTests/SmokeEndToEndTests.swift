import Testing

@Test func EndToEndTargetBuilds() { #expect(1 + 1 == 2) }
