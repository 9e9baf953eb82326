#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A per-process scratch directory for the fuzz inputs the readers take by path. Each target
/// uses its own file names, so targets may run concurrently (the corpus tests do).
enum ScratchFile {
    /// `$TMPDIR/xmargin-fuzz-<pid>` (created on first use).
    static let directory: String = {
        let base = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        let path = "\(base)/xmargin-fuzz-\(getpid())"
        _ = mkdir(path, 0o700)
        return path
    }()

    /// Writes `bytes` to `name` in the scratch directory (replacing it); returns its path, or nil
    /// when the file cannot be written.
    static func write(_ bytes: [UInt8], name: String) -> String? {
        let path = "\(directory)/\(name)"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress.map { $0 + written }, bytes.count - written)
            }
            guard count > 0 else { return nil }
            written += count
        }
        return path
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
