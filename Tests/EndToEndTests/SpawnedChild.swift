import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A child process started by ``CLIRunner`` and the read ends of its stdout and stderr pipes.
struct SpawnedChild {
    let pid: pid_t
    let stdoutFD: Int32
    let stderrFD: Int32

    /// Creating the pipes and spawning happen under one lock so that no other test thread's child can
    /// inherit our pipe ends in the moment before they are marked close-on-exec.
    private static let spawnLock = NSLock()

    init(executable: String, arguments: [String], environment: [String: String], currentDirectory: String?,
         command: String) throws {
        var merged = ProcessInfo.processInfo.environment
        merged.merge(environment) { _, new in new }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Default signal dispositions and an empty mask, whatever the test runner set; a new process group.
        var allSignals = sigset_t(), noSignals = sigset_t()
        sigfillset(&allSignals)
        sigemptyset(&noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP))
        if let currentDirectory {
            guard Self.addChangeDirectory(&actions, currentDirectory) else {
                throw CLIRunner.RunError.cannotStart(command: command, reason: "posix_spawn_file_actions_addchdir_np unavailable")
            }
        }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)

        Self.spawnLock.lock()
        defer { Self.spawnLock.unlock() }
        var stdoutPipe: [Int32] = [-1, -1], stderrPipe: [Int32] = [-1, -1]
        guard pipe(&stdoutPipe) == 0 else { throw CLIRunner.RunError.cannotStart(command: command, reason: "pipe: \(Self.errorText(errno))") }
        guard pipe(&stderrPipe) == 0 else {
            close(stdoutPipe[0]); close(stdoutPipe[1])
            throw CLIRunner.RunError.cannotStart(command: command, reason: "pipe: \(Self.errorText(errno))")
        }
        for fd in stdoutPipe + stderrPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, stderrPipe[1], 2)
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, executable, &actions, &attributes, argv, envp)
        close(stdoutPipe[1])
        close(stderrPipe[1])
        guard status == 0 else {
            close(stdoutPipe[0]); close(stderrPipe[0])
            throw CLIRunner.RunError.cannotStart(command: command, reason: Self.errorText(status))
        }
        for fd in [stdoutPipe[0], stderrPipe[0]] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        self.pid = pid
        stdoutFD = stdoutPipe[0]
        stderrFD = stderrPipe[0]
    }

    /// Reads both pipes until the child exits (then drains what is buffered), or kills the child's
    /// process group after `timeout` seconds.
    func collect(timeout: Double, command: String) throws -> CLIRunner.Output {
        defer { close(stdoutFD); close(stderrFD) }
        var stdout: [UInt8] = [], stderr: [UInt8] = []
        var stdoutOpen = true, stderrOpen = true
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let status = exitStatus(blocking: false) {
                if stdoutOpen { _ = Self.readAvailable(stdoutFD, into: &stdout) }
                if stderrOpen { _ = Self.readAvailable(stderrFD, into: &stderr) }
                return CLIRunner.Output(status: status, stdout: String(decoding: stdout, as: UTF8.self),
                                        stderr: String(decoding: stderr, as: UTF8.self))
            }
            guard Date() < deadline else {
                kill(-pid, SIGKILL)
                _ = exitStatus(blocking: true)
                throw CLIRunner.RunError.timedOut(command: command, seconds: timeout, stdout: String(decoding: stdout, as: UTF8.self),
                                                  stderr: String(decoding: stderr, as: UTF8.self))
            }
            var fds = [pollfd(fd: stdoutOpen ? stdoutFD : -1, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: stderrOpen ? stderrFD : -1, events: Int16(POLLIN), revents: 0)]
            // Short waits: a child that exits without closing inherited pipes (or with both already at
            // end of file) is noticed by the waitpid above within 20 ms.
            _ = poll(&fds, nfds_t(fds.count), 20)
            if stdoutOpen, fds[0].revents != 0 { stdoutOpen = Self.readAvailable(stdoutFD, into: &stdout) }
            if stderrOpen, fds[1].revents != 0 { stderrOpen = Self.readAvailable(stderrFD, into: &stderr) }
        }
    }

    /// The exit status (128 + signal when killed by one) once the child has ended, else nil.
    private func exitStatus(blocking: Bool) -> Int32? {
        var status: Int32 = 0
        var result: pid_t
        repeat { result = waitpid(pid, &status, blocking ? 0 : WNOHANG) } while result < 0 && errno == EINTR
        guard result == pid else { return nil }
        // The <sys/wait.h> macros, which Swift does not import: low 7 bits = terminating signal.
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    /// Reads everything currently in a non-blocking pipe; false once it is at end of file.
    private static func readAvailable(_ fd: Int32, into buffer: inout [UInt8]) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[0..<count])
            } else if count == 0 {
                return false
            } else if errno != EINTR {
                return errno == EAGAIN || errno == EWOULDBLOCK
            }
        }
    }

    /// `posix_spawn_file_actions_addchdir_np` (glibc ≥ 2.29, macOS ≥ 10.15), looked up at run time
    /// because Swift's Glibc module does not declare it.
    private static func addChangeDirectory(_ actions: inout posix_spawn_file_actions_t, _ path: String) -> Bool {
        typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "posix_spawn_file_actions_addchdir_np") else {
            return false
        }
        let addChdir = unsafeBitCast(symbol, to: AddChdir.self)
        return addChdir(&actions, path) == 0
    }

    private static func errorText(_ code: Int32) -> String { String(cString: strerror(code)) }
}
