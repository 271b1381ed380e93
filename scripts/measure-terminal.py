#!/usr/bin/env python3
"""Measures talks as a terminal sees it: time to first paint, bytes written and latency per key.

Runs the binary in a pseudo-terminal of the given size (default 80x24), waits for each screen
to settle, and prints one line per measurement. Latency is until the screen settled (the last
byte of the response); the first byte is reported beside it. Scrolling is measured as bytes per
line: `j` held past the bottom of the list, `j` in a record's detail (Enter), and `j` in the paper
reader (`r`, on a PDF put in the cache, when pdftotext is installed); with --less,
`less` scrolling the same list rows and the same abstract in the same terminal, for comparison.
Usage:
    scripts/measure-terminal.py path/to/talks [--cols 80 --rows 24 --runs 5] [--less] [--json]
"""
import argparse, fcntl, os, pty, select, statistics, struct, subprocess, sys, tempfile, termios, time

def settle(fd, quiet=0.15, limit=5.0):
    """Reads until the program has written nothing for `quiet` seconds; returns (bytes, seconds to first byte, to last)."""
    start = time.perf_counter(); first = last = None; data = b""
    while time.perf_counter() - start < limit:
        ready, _, _ = select.select([fd], [], [], quiet)
        if not ready:
            if data: break
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break  # the program ended
        if not chunk: break
        now = time.perf_counter()
        first = first or now; last = now; data += chunk
    return data, (first - start) if first else None, (last - start) if last else None

def run(argv, cols, rows, env):
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    return pid, fd

def peak_rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0

def keys(fd, key, count, quiet=0.08):
    """Presses `key` `count` times, each after the screen settled; returns [(bytes, first, last)]."""
    out = []
    for _ in range(count):
        os.write(fd, key); data, first, last = settle(fd, quiet=quiet)
        out.append((len(data), first, last))
    return out

def scroll_talks(binary, cols, rows, env, before, count=5):
    """Bytes per line when `j` scrolls: press `before` (to reach the bottom, or open a record), then `j`."""
    pid, fd = run([binary], cols, rows, env)
    settle(fd)
    for key in before:
        os.write(fd, key); settle(fd, quiet=0.05)
    sizes = [size for size, _, _ in keys(fd, b"j", count)]
    os.write(fd, b"\x1b"); settle(fd, quiet=0.05); os.write(fd, b"q"); os.waitpid(pid, 0)
    return sizes

def fixture_pdf(lines):
    """A one-page PDF of `lines` lines of text (pdftotext reads them back one a line)."""
    text = "".join(f"({line}) Tj T*\n" for line in lines)
    content = f"BT /F1 9 Tf 11 TL 40 770 Td\n{text}ET\n".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    pdf, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(pdf)); pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    table = b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return pdf + table + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, len(pdf))

def scroll_reader(binary, cols, rows, env, count=5):
    """Bytes per line when `j` scrolls the paper reader: the SAM talk's paper (arXiv 2211.05729),
    put in talks' paper cache beforehand so nothing is downloaded; None without pdftotext."""
    if not any(os.path.exists(p) for p in ("/usr/bin/pdftotext", "/usr/local/bin/pdftotext")):
        return None
    cache = os.path.join(env.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "talks", "papers")
    os.makedirs(cache, exist_ok=True)
    path = os.path.join(cache, "2211.05729.pdf")
    words = "sharpness aware minimization minimizes sharpness along the trajectory of gradient descent".split()
    with open(path, "wb") as f:
        f.write(fixture_pdf([f"Line {n}: " + " ".join(words[(n + k) % len(words)] for k in range(9)) for n in range(60)]))
    try:
        return scroll_talks(binary, cols, rows, env, [b"/", *[bytes([c]) for c in b"sharpness"], b"\r", b"r"], count)
    finally:
        os.unlink(path)

def scroll_less(path, cols, rows, env, count=5):
    """Bytes per line when `less` scrolls `path` by `j`."""
    pid, fd = run(["/usr/bin/less", path], cols, rows, dict(env, LESS="", LESSOPEN="", LESSHISTFILE="-"))
    settle(fd)
    sizes = [size for size, _, _ in keys(fd, b"j", count)]
    os.write(fd, b"q"); os.waitpid(pid, 0)
    return sizes

def texts_for_less(binary, env):
    """The list rows (`talks list`) and the second talk's record (`talks show`), in files for `less`."""
    listing = subprocess.run([binary, "list"], env=env, capture_output=True, text=True, check=True).stdout
    second = listing.splitlines()[1].split()[0]
    record = subprocess.run([binary, "show", second], env=env, capture_output=True, text=True, check=True).stdout
    files = []
    for text in (listing, record):
        handle = tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False); handle.write(text * 4); handle.close()
        files.append(handle.name)
    return files

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary"); parser.add_argument("--cols", type=int, default=80)
    parser.add_argument("--rows", type=int, default=24); parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print one JSON object of medians and maxima")
    parser.add_argument("--papers", action="store_true", help="switch to the papers (p) before measuring keys")
    parser.add_argument("--less", action="store_true", help="also measure less scrolling the same text")
    args = parser.parse_args()
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
    paints, moves, types, move_lat, type_lat, move_first, type_first, rss, silent = [], [], [], [], [], [], [], [], []
    for _ in range(args.runs):
        pid, fd = run([args.binary], args.cols, args.rows, env)
        data, _, last = settle(fd)
        paints.append(last)
        if args.papers:
            os.write(fd, b"p"); settle(fd, quiet=0.15)
        for size, first, last in keys(fd, b"j", 5):
            moves.append(size)
            if first is None: silent.append("j"); continue
            move_first.append(first); move_lat.append(last)
        os.write(fd, b"/"); settle(fd, quiet=0.08)
        for ch in b"lyap":
            size, first, last = keys(fd, bytes([ch]), 1)[0]
            types.append(size)
            if first is None: silent.append(chr(ch)); continue
            type_first.append(first); type_lat.append(last)
        rss.append(peak_rss_mb(pid))
        os.write(fd, b"\x1b"); settle(fd, quiet=0.08); os.write(fd, b"q")
        os.waitpid(pid, 0)
    # Past the bottom of the list every `j` scrolls it by a line; in the detail (Enter) too.
    view = [b"p"] if args.papers else []
    list_scroll = scroll_talks(args.binary, args.cols, args.rows, env, view + [b"j"] * args.rows)
    # The second talk's detail is longer than the screen at 80x24.
    detail_scroll = scroll_talks(args.binary, args.cols, args.rows, env, view + [b"j", b"\r"])
    reader_scroll = scroll_reader(args.binary, args.cols, args.rows, env)
    result = {"firstPaintMs": statistics.median(paints) * 1000, "firstPaintMaxMs": max(paints) * 1000,
              "moveBytes": statistics.median(moves), "moveLatencyMs": statistics.median(move_lat) * 1000,
              "moveLatencyMaxMs": max(move_lat) * 1000, "moveFirstByteMs": statistics.median(move_first) * 1000,
              "typeBytes": statistics.median(types),
              "typeLatencyMs": statistics.median(type_lat) * 1000, "typeLatencyMaxMs": max(type_lat) * 1000,
              "typeFirstByteMs": statistics.median(type_first) * 1000,
              "scrollBytes": statistics.median(list_scroll), "detailScrollBytes": statistics.median(detail_scroll),
              **({"readerScrollBytes": statistics.median(reader_scroll)} if reader_scroll else {}),
              "peakMemoryMB": max(rss), "runs": args.runs, "silentKeys": len(silent), "cols": args.cols, "rows": args.rows}
    if args.less and os.path.exists("/usr/bin/less"):
        listing, record = texts_for_less(args.binary, env)
        result["lessScrollBytes"] = statistics.median(scroll_less(listing, args.cols, args.rows, env))
        result["lessDetailScrollBytes"] = statistics.median(scroll_less(record, args.cols, args.rows, env))
        for path in (listing, record): os.unlink(path)
    if args.json:
        import json
        print(json.dumps(result))
        return
    ms = lambda key: f"{result[key]:.1f} ms"
    print(f"terminal {args.cols}x{args.rows}, {args.runs} runs, medians")
    print(f"first paint (start to screen settled): {ms('firstPaintMs')}")
    print(f"move selection (j): {result['moveBytes']:.0f} bytes, settled after {ms('moveLatencyMs')} (first byte {ms('moveFirstByteMs')})")
    print(f"type a search letter: {result['typeBytes']:.0f} bytes, settled after {ms('typeLatencyMs')} (first byte {ms('typeFirstByteMs')})")
    # 0: the list or the record fits this screen (the bundled archive's 47 talks, the second
    # talk's record), so there was nothing to scroll.
    per_line = lambda n: f"{n:.0f} bytes" if n else "nothing to scroll at this size"
    print(f"scroll the list by a line (j past the bottom): {per_line(result['scrollBytes'])}")
    print(f"scroll the detail by a line (Enter, j): {per_line(result['detailScrollBytes'])}")
    if "readerScrollBytes" in result:
        print(f"scroll the paper reader by a line (r, j): {result['readerScrollBytes']:.0f} bytes")
    if "lessScrollBytes" in result:
        print(f"less, the same list rows, per j: {result['lessScrollBytes']:.0f} bytes")
        print(f"less, the same record, per j: {result['lessDetailScrollBytes']:.0f} bytes")
    print(f"peak memory (VmHWM): {result['peakMemoryMB']:.1f} MB")

if __name__ == "__main__":
    main()
