/// A key path built while a document is read, rendered only when an error names it
/// (`accounts[0].positions`). Extending one is O(1), so deep or long paths cost nothing on the
/// way in; its length is bounded by ``TOMLParser/maxDepth``.
indirect enum TOMLPath {
    case root
    case key(TOMLPath, String)
    case index(TOMLPath, Int)

    func appending(_ key: String) -> TOMLPath { .key(self, key) }

    func appending(index: Int) -> TOMLPath { .index(self, index) }

    /// `a.b[2]."quoted key"`: bare keys as they are, others quoted.
    var description: String {
        var components: [String] = []
        var node = self
        while true {
            switch node {
            case .root:
                var text = ""
                for component in components.reversed() {
                    if !text.isEmpty, !component.hasPrefix("[") { text += "." }
                    text += component
                }
                return text
            case .key(let parent, let key):
                let bare = !key.isEmpty && key.utf8.allSatisfy(TOMLParser.isBareKeyByte)
                components.append(bare ? key : "\"\(key)\"")
                node = parent
            case .index(let parent, let index):
                components.append("[\(index)]")
                node = parent
            }
        }
    }
}
