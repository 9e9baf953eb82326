#!/usr/bin/env python3
"""key_to_frame_ms: drives the release binary in tmux on the seeded 1,000-position bench book at
--speed max and measures what a person waits for (DESIGN §11, issue 8 budgets):

  first_frame_ms      launch → the positions grid is on screen        (budget ≤ 1000)
  key_to_frame_ms     `m` pressed → the next mode's grid is on screen  (budget p95 ≤ 100)
  quit_ms / sigint_ms `q` / Ctrl-C → the process has exited            (budget ≤ 200)

The screen is read with `tmux capture-pane` in a tight loop, so each figure includes up to one
capture (~2–5 ms) of measurement error. Usage: scripts/key-to-frame.py [--binary PATH] [--presses N]
Prints one JSON object.
"""
import argparse, json, os, subprocess, sys, tempfile, time, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ENV = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")  # tmux prints "_" for non-ASCII otherwise

def tmux(sock, *args):
    return subprocess.run(["tmux", "-u", "-S", sock, *args], capture_output=True, text=True, encoding="utf-8", env=ENV).stdout

def wait(sock, name, predicate, timeout=60.0):
    start = time.perf_counter()
    screen = ""
    while time.perf_counter() - start < timeout:
        screen = tmux(sock, "capture-pane", "-p", "-t", name)
        if predicate(screen):
            return (time.perf_counter() - start) * 1000, screen
    raise SystemExit(f"timeout waiting on {name} ({predicate.__doc__ or 'screen'}); last screen:\n{screen}")

def start(sock, name, command):
    tmux(sock, "new-session", "-d", "-s", name, "-x", "160", "-y", "48",
         f"sh -c \"cd '{ROOT}'; export TERM=xterm-256color LANG=C.UTF-8; {command}; echo EXIT=$?; sleep 60\"")

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/xmargin"))
    parser.add_argument("--presses", type=int, default=40)
    options = parser.parse_args()
    book = os.path.join(tempfile.gettempdir(), f"xm-k2f-{uuid.uuid4().hex[:8]}.toml")
    subprocess.run([options.binary, "bench", "--runs", "1", "--scenarios", "100", "--replay-rows", "0",
                    "--save-book", book], check=True, capture_output=True)
    sock = os.path.join(tempfile.gettempdir(), f"xm-k2f-{uuid.uuid4().hex[:8]}.sock")
    command = f"'{options.binary}' --portfolio '{book}' --speed max"
    modes = ["cross", "portfolio", "isolated"]
    try:
        start(sock, "a", command)
        first, _ = wait(sock, "a", lambda s: "Positions · cross" in s)
        samples = []
        for press in range(options.presses):
            target = modes[(press + 1) % 3]
            time.sleep(0.05)
            tmux(sock, "send-keys", "-t", "a", "m")
            elapsed, _ = wait(sock, "a", lambda s, t=target: f"Positions · {t}" in s, timeout=10)
            samples.append(elapsed)
        time.sleep(0.2)
        tmux(sock, "send-keys", "-t", "a", "q")
        quit_ms, screen = wait(sock, "a", lambda s: "EXIT=" in s, timeout=10)
        tmux(sock, "kill-server")
        time.sleep(0.2)
        start(sock, "b", command)
        wait(sock, "b", lambda s: "Positions · cross" in s)
        time.sleep(0.5)
        tmux(sock, "send-keys", "-t", "b", "C-c")
        # Ctrl-C reaches the wrapping shell too, which then exits without echoing: wait for the
        # pane to stop running xmargin (or to be gone).
        begin = time.perf_counter()
        while time.perf_counter() - begin < 10:
            if "xmargin" not in tmux(sock, "display-message", "-p", "-t", "b", "#{pane_current_command}"):
                break
        sigint_ms = (time.perf_counter() - begin) * 1000
    finally:
        tmux(sock, "kill-server")
        for path in (book, sock):
            if os.path.exists(path):
                os.remove(path)
    samples.sort()
    p95 = samples[min(len(samples) - 1, int(round(0.95 * (len(samples) - 1))))]
    print(json.dumps({"positions": 1000, "speed": "max", "presses": len(samples),
                      "first_frame_ms": round(first, 1), "key_to_frame_ms_median": round(samples[len(samples) // 2], 1),
                      "key_to_frame_ms_p95": round(p95, 1), "key_to_frame_ms_max": round(samples[-1], 1),
                      "quit_ms": round(quit_ms, 1), "sigint_ms": round(sigint_ms, 1)}))

if __name__ == "__main__":
    sys.exit(main())
