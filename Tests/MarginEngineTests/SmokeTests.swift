import Testing
@testable import MarginEngine

@Test func engineHasVersion() { #expect(!MarginEngineInfo.version.isEmpty) }
