#!/usr/bin/env python3
"""Measures talks as a terminal sees it: time to first paint, bytes written and latency per key.

Runs the binary in a pseudo-terminal of the given size (default 80x24), waits for each screen
to settle, and prints one line per measurement. Usage:
    scripts/measure-terminal.py path/to/talks [--cols 80 --rows 24 --runs 5]
"""
import argparse, fcntl, os, pty, select, statistics, struct, sys, termios, time

def settle(fd, quiet=0.15, limit=5.0):
    """Reads until the program has written nothing for `quiet` seconds; returns (bytes, seconds to first byte, to last)."""
    start = time.perf_counter(); first = last = None; data = b""
    while time.perf_counter() - start < limit:
        ready, _, _ = select.select([fd], [], [], quiet)
        if not ready:
            if data: break
            continue
        chunk = os.read(fd, 65536)
        now = time.perf_counter()
        first = first or now; last = now; data += chunk
    return data, (first - start) if first else None, (last - start) if last else None

def run(binary, cols, rows, env):
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(binary, [binary], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    return pid, fd

def peak_rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary"); parser.add_argument("--cols", type=int, default=80)
    parser.add_argument("--rows", type=int, default=24); parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print one JSON object of medians and maxima")
    parser.add_argument("--papers", action="store_true", help="switch to the papers (p) before measuring keys")
    args = parser.parse_args()
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
    paints, moves, types, move_lat, type_lat, rss, silent = [], [], [], [], [], [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        pid, fd = run(args.binary, args.cols, args.rows, env)
        data, _, last = settle(fd)
        paints.append(last)
        if args.papers:
            os.write(fd, b"p"); settle(fd, quiet=0.15)
        for _ in range(5):
            t = time.perf_counter(); os.write(fd, b"j"); data, first, _ = settle(fd, quiet=0.08)
            moves.append(len(data)); move_lat.append(first) if first is not None else silent.append("j")
        os.write(fd, b"/"); settle(fd, quiet=0.08)
        for ch in b"lyap":
            os.write(fd, bytes([ch])); data, first, _ = settle(fd, quiet=0.08)
            types.append(len(data)); type_lat.append(first) if first is not None else silent.append(chr(ch))
        rss.append(peak_rss_mb(pid))
        os.write(fd, b"\x1b"); settle(fd, quiet=0.08); os.write(fd, b"q")
        os.waitpid(pid, 0)
    if args.json:
        import json
        print(json.dumps({"firstPaintMs": statistics.median(paints) * 1000, "firstPaintMaxMs": max(paints) * 1000,
                          "moveBytes": statistics.median(moves), "moveLatencyMs": statistics.median(move_lat) * 1000,
                          "moveLatencyMaxMs": max(move_lat) * 1000, "typeBytes": statistics.median(types),
                          "typeLatencyMs": statistics.median(type_lat) * 1000, "typeLatencyMaxMs": max(type_lat) * 1000,
                          "peakMemoryMB": max(rss), "runs": args.runs, "silentKeys": len(silent), "cols": args.cols, "rows": args.rows}))
        return
    ms = lambda xs: f"{statistics.median(xs) * 1000:.1f} ms"
    print(f"terminal {args.cols}x{args.rows}, {args.runs} runs, medians")
    print(f"first paint (start to screen settled): {ms(paints)}")
    print(f"move selection (j): {statistics.median(moves):.0f} bytes, first byte after {ms(move_lat)}")
    print(f"type a search letter: {statistics.median(types):.0f} bytes, first byte after {ms(type_lat)}")
    print(f"peak memory (VmHWM): {statistics.median(rss):.1f} MB")

if __name__ == "__main__":
    main()
