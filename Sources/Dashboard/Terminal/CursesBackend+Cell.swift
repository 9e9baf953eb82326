import CNcursesw

extension CursesBackend {
    /// Writes one cell with `setcchar` + `mvwadd_wch` (wide characters and combining marks included).
    func put(_ cell: Cell, x: Int, y: Int) {
        let style = colorDepth == .none ? cell.style.monochrome : cell.style
        var attributes = xm_a_normal()
        if style.bold { attributes |= xm_a_bold() }
        if style.reverse { attributes |= xm_a_reverse() }
        if style.underline { attributes |= xm_a_underline() }
        if style.dim { attributes |= xm_a_dim() }
        var pairNumber = colorPair(for: style)
        var characters: [wchar_t] = glyphs.isUnicode
            ? cell.character.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) }
            : [wchar_t(cell.character.isASCII ? Int32(cell.character.asciiValue ?? 63) : 63)]
        characters.append(0)
        var complex = cchar_t()
        setcchar(&complex, characters, attributes, 0, &pairNumber)
        mvwadd_wch(xm_stdscr(), Int32(y), Int32(x), &complex)
    }

    /// The colour pair for a style's roles in the current theme (0 when colour is off).
    private func colorPair(for style: Style) -> Int32 {
        guard let foreground = colorDepth.terminalColor(for: themeColor(style.foreground)),
              let background = colorDepth.terminalColor(for: themeColor(style.background)) else { return 0 }
        // On small palettes two theme colours can collapse to one; keep the text readable.
        let readableForeground = foreground == background ? (background == 0 || background == 16 ? 7 : 0) : foreground
        return pair(foreground: Int32(readableForeground), background: Int32(background))
    }
}
