#!/usr/bin/env python3
"""Measures many browsers at once, as on a shared host: memory per session and key latency.

Starts N copies of talks, each in its own 80x24 pseudo-terminal, waits until every screen has
settled, reads each process's /proc/PID/smaps_rollup (RSS; PSS, which shares each shared page
among the processes mapping it; USS = private clean + private dirty), then presses `j` in every
session in turn and times each answer until the screen settled (the last byte).

With --newsboat, the same for N newsboats (each with its own cache, as each user has one) on a
local feed of the same talks' titles (`talks list`), and the bytes newsboat writes to move its
selection by one row (`j` bound to `down`), beside talks' own in the same terminal.

With --as-user UID, the talks sessions run as that user (setpriv), e.g. users reading a shared
index they cannot write; the environment (TALKS_SYSTEM_CONFIG …) is passed on.
Usage:
    scripts/measure-sessions.py path/to/talks [--sessions 10] [--keys 5] [--newsboat] [--as-user 65534] [--json]
"""
import argparse, html, json, os, shutil, statistics, subprocess, sys, tempfile, time
import importlib.util

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("terminal", os.path.join(here, "measure-terminal.py"))
terminal = importlib.util.module_from_spec(spec); spec.loader.exec_module(terminal)

def memory_kb(pid):
    """RSS, PSS and USS of `pid` in kB, from smaps_rollup."""
    fields = {}
    with open(f"/proc/{pid}/smaps_rollup") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and parts[0].endswith(":") and parts[1].isdigit():
                fields[parts[0][:-1]] = int(parts[1])
    return fields["Rss"], fields["Pss"], fields["Private_Clean"] + fields["Private_Dirty"]

def percentile(values, rank):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(rank / 100 * (len(ordered) - 1))))] if ordered else float("nan")

def sessions(argv, count, keys, env, before=()):
    """Starts `count` sessions (`argv(n)` is the n-th one's command), settles each and presses
    `before` in it, measures memory, then `keys` rounds of `j` in each."""
    started = [terminal.run(argv(n), 80, 24, env) for n in range(count)]
    for pid, fd in started:
        terminal.settle(fd)
        for key in before:
            os.write(fd, key); terminal.settle(fd, quiet=0.1)
    memory = [memory_kb(pid) for pid, _ in started]
    latencies, sizes = [], []
    for _ in range(keys):
        for pid, fd in started:
            os.write(fd, b"j"); data, first, last = terminal.settle(fd, quiet=0.08)
            sizes.append(len(data))
            if last is not None: latencies.append(last * 1000)
    for pid, fd in started:
        os.write(fd, b"q"); terminal.settle(fd, quiet=0.05); os.write(fd, b"q")
    for pid, fd in started:
        os.waitpid(pid, 0); os.close(fd)
    mb = lambda i: statistics.median(m[i] for m in memory) / 1024
    return {"sessions": count, "rssMB": mb(0), "pssMB": mb(1), "ussMB": mb(2),
            "pssMaxMB": max(m[1] for m in memory) / 1024,
            "keyP50Ms": percentile(latencies, 50), "keyP99Ms": percentile(latencies, 99),
            "moveBytes": statistics.median(sizes), "keys": len(latencies)}

def newsboat_folder(binary, env):
    """A feed of the talks' titles and newsboat's files, in a new folder; its cache filled once."""
    folder = tempfile.mkdtemp(prefix="newsboat-")
    rows = subprocess.run([binary, "list"], env=env, capture_output=True, text=True, check=True).stdout.splitlines()
    items = "".join(f"<item><title>{html.escape(row.split('  ', 1)[-1].strip())}</title><guid>talk-{n}</guid>"
                    f"<link>https://example.org/{n}</link><description>{html.escape(row)}</description></item>"
                    for n, row in enumerate(rows))
    with open(os.path.join(folder, "feed.xml"), "w") as f:
        f.write(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Talks</title><link>https://example.org/</link>'
                f"<description>talks</description>{items}</channel></rss>")
    with open(os.path.join(folder, "urls"), "w") as f: f.write(f"file://{folder}/feed.xml\n")
    with open(os.path.join(folder, "config"), "w") as f: f.write("bind-key j down\nbind-key k up\n")
    subprocess.run(["/usr/bin/newsboat", "-u", f"{folder}/urls", "-c", f"{folder}/cache.db", "-C", f"{folder}/config", "-x", "reload"],
                   env=dict(env, HOME=folder), capture_output=True, timeout=120, check=True)
    return folder

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary"); parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--keys", type=int, default=5, help="rounds of j in every session")
    parser.add_argument("--newsboat", action="store_true"); parser.add_argument("--as-user", type=int)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
    argv = [args.binary]
    if args.as_user is not None:
        argv = ["/usr/bin/setpriv", f"--reuid={args.as_user}", f"--regid={args.as_user}", "--clear-groups", args.binary]
    result = {"talks": sessions(lambda n: argv, args.sessions, args.keys, env)}
    if args.newsboat and not os.path.exists("/usr/bin/newsboat"):
        print("measure-sessions: newsboat is not installed (apt-get install newsboat): measured talks alone", file=sys.stderr)
    elif args.newsboat:
        folder = newsboat_folder(args.binary, env)
        try:
            # Each its own cache, as each user has one (newsboat locks it); Enter opens the feed's articles.
            for n in range(args.sessions):
                shutil.copy(os.path.join(folder, "cache.db"), os.path.join(folder, f"cache-{n}.db"))
            result["newsboat"] = sessions(lambda n: ["/usr/bin/newsboat", "-u", f"{folder}/urls", "-c", f"{folder}/cache-{n}.db",
                                                     "-C", f"{folder}/config"], args.sessions, args.keys, dict(env, HOME=folder), before=[b"\r"])
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    if args.json:
        print(json.dumps(result)); return
    for name, r in result.items():
        print(f"{name}: {r['sessions']} sessions at 80x24: RSS {r['rssMB']:.1f} MB, PSS {r['pssMB']:.1f} MB (max {r['pssMaxMB']:.1f}), "
              f"USS {r['ussMB']:.1f} MB per session (medians); j: {r['moveBytes']:.0f} bytes, p50 {r['keyP50Ms']:.2f} ms, p99 {r['keyP99Ms']:.2f} ms")

if __name__ == "__main__":
    main()
