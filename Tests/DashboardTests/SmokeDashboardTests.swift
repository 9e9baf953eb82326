import Testing

@Test func DashboardTargetBuilds() { #expect(1 + 1 == 2) }
