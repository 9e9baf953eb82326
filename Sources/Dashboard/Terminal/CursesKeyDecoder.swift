import CNcursesw

/// Maps `wget_wch` results to ``Key``s.
enum CursesKeyDecoder {
    /// A function key (`KEY_CODE_YES`), or nil for keys the dashboard ignores.
    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case xm_key_up(): .up
        case xm_key_down(): .down
        case xm_key_left(): .left
        case xm_key_right(): .right
        case xm_key_npage(): .pageDown
        case xm_key_ppage(): .pageUp
        case xm_key_home(): .home
        case xm_key_end(): .end
        case xm_key_enter(): .enter
        case xm_key_backspace(), xm_key_dc(): .backspace
        default: nil
        }
    }

    /// An ordinary character (Enter arrives as CR under `nonl`, Backspace as DEL or BS).
    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 9: return .tab
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }
}
