#!/usr/bin/env python3
"""A burst of typing, from the first byte sent to the last character on the screen.

Usage: python3 docs/keystroke.py [-n RUNS] [--keep DIR] [--bin PRIVATLIV]
                                [--before OLD] [--other NAME=BIN ...] [SCENARIO ...]

Run from the module's root. Builds privatliv, docs/barehuh (one huh text
field, the same Charm libraries, full screen at 120 frames a second) and a
copy of the largest example grown five-fold (docs/scaled), then for each of
RUNS rounds starts each scenario in a pseudo-terminal of 200x50, waits until
its screen is still, and writes the same 100 characters into the company
name in one write. The screen is read by a terminal emulator (pyte), and
the time is taken from just before the write to the arrival of the output
that makes the last of the 100 characters visible in the field, and, for
privatliv, in the preview. Scenarios run interleaved, round by round, so a
busy machine slows them alike; the ratio to the bare form is taken within
the same run.

Scenarios: bare (docs/barehuh, the example's name in the field), example
(`privatliv new --example nordlys-keramik`), new (`privatliv new`, plain
start: an empty questionnaire), 5x (`privatliv edit` on the grown file).
All four by default. With --before OLD, each privatliv scenario also runs
with the binary OLD (say, built from main), interleaved in the same rounds
and marked "@before", for numbers before and after a change in one run;
--other NAME=BIN does the same for any other binary, marked "@NAME".

Also printed: the machine's load before and after, the CPU time the
process spent on the burst, and what privatliv reports on exit when
PRIVATLIV_COUNTS names a file: how many changes the burst made and how many
preview renders and checks ran for them.

Needs pyte (Debian: apt-get install python3-pyte).
"""
import argparse, fcntl, json, os, pty, queue, select, shutil, signal, statistics
import struct, subprocess, sys, tempfile, termios, threading, time

try:
    import pyte
except ImportError:  # Debian's python3-pyte, when python3 is another Python
    sys.path.append("/usr/lib/python3/dist-packages")
    try:
        import pyte
    except ImportError:
        sys.exit("keystroke.py needs pyte: apt-get install python3-pyte")

COLS, ROWS = 200, 50
LEFT = 110  # privatliv's questions at 200 columns (Model.leftWidth); the preview is right of it
NAME = "Nordlys Keramik ApS"
TAIL = "QXJVKWZ"  # ends the burst; nothing else on any screen has it
# 100 characters: lower-case words, so the preview can wrap them, then TAIL.
BURST = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod "
         "tempor incididunt ut labore et dolore magna")[: 100 - len(TAIL) - 1] + " " + TAIL
assert len(BURST) == 100


class Screen(pyte.Screen):
    """pyte's screen with what Bubble Tea also sends to an xterm: scrolling
    up and down (SU, SD) and the back tab (CBT); and, as in xterm, a cursor
    that has just drawn the last column stays on it when it moves up or
    down or edits the line (pyte would wrap the next character onto the
    next line, and the screen it shows would no longer be the program's)."""

    def _unpend(self):
        self.cursor.x = min(self.cursor.x, self.columns - 1)

    def _unpending(name):
        def f(self, *args, **kwargs):
            self._unpend()
            return getattr(pyte.Screen, name)(self, *args, **kwargs)
        return f

    for _name in ("cursor_up", "cursor_down", "cursor_to_line", "index", "reverse_index",
                  "erase_characters", "erase_in_line", "insert_characters", "delete_characters"):
        locals()[_name] = _unpending(_name)
    del _name, _unpending

    def scroll_up(self, n=None, **_):
        y = self.cursor.y
        self.cursor.y = (self.margins or pyte.screens.Margins(0, self.lines - 1)).bottom
        for _ in range(n or 1):
            self.index()
        self.cursor.y = y

    def scroll_down(self, n=None, **_):
        y = self.cursor.y
        self.cursor.y = (self.margins or pyte.screens.Margins(0, self.lines - 1)).top
        for _ in range(n or 1):
            self.reverse_index()
        self.cursor.y = y

    def back_tab(self, n=None, **_):
        self.cursor.x = max(0, (self.cursor.x - 1) // 8 * 8 - 8 * ((n or 1) - 1))


class Stream(pyte.ByteStream):
    csi = dict(pyte.ByteStream.csi, S="scroll_up", T="scroll_down", Z="back_tab")
    events = pyte.ByteStream.events | {"scroll_up", "scroll_down", "back_tab"}


class Term:
    """A program in a pseudo-terminal, its screen as pyte sees it. A thread
    reads the output as soon as it comes and stamps it with the time."""

    def __init__(self, argv, env):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execve(argv[0], argv, env)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        self.screen = Screen(COLS, ROWS)
        self.stream = Stream(self.screen)
        self.chunks = queue.Queue()
        self.last = time.perf_counter()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        while True:
            try:
                data = os.read(self.fd, 1 << 16)
            except OSError:
                data = b""
            self.chunks.put((time.perf_counter(), data))
            if not data:
                return

    def pump(self, until, timeout):
        """Feeds output to the screen until until(screen) holds; returns the
        arrival time of the output that made it hold, or None."""
        end = time.perf_counter() + timeout
        while True:
            try:
                t, data = self.chunks.get(timeout=max(0.0, end - time.perf_counter()))
            except queue.Empty:
                return None
            if not data:
                return None
            self.last = t
            if b"\x1b]11;?" in data:  # the background colour: answer like a dark terminal
                os.write(self.fd, b"\x1b]11;rgb:0000/0000/0000\x1b\\")
            self.stream.feed(data)
            if until(self.screen):
                return t

    def settle(self, quiet=0.3, timeout=20):
        """Waits until nothing has been drawn for quiet seconds."""
        end = time.perf_counter() + timeout
        while time.perf_counter() < end:
            try:
                t, data = self.chunks.get(timeout=quiet)
            except queue.Empty:
                return
            if not data:
                return
            if b"\x1b]11;?" in data:
                os.write(self.fd, b"\x1b]11;rgb:0000/0000/0000\x1b\\")
            self.stream.feed(data)

    def resize(self, cols):
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, cols, 0, 0))

    def cpu(self):
        """CPU seconds (user + system) the process has used so far."""
        try:
            with open(f"/proc/{self.pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except OSError:
            return float("nan")

    def send(self, data):
        os.write(self.fd, data)

    def close(self, timeout=15):
        end = time.perf_counter() + timeout
        while time.perf_counter() < end:
            pid, _ = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                break
            self.settle(quiet=0.05, timeout=0.1)
        else:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        os.close(self.fd)


def shows(text, lo=0, hi=COLS):
    return lambda s: any(text in line[lo:hi] for line in s.display)


def preview_shown(s):
    """Whether privatliv's preview, right of the questions, has its text."""
    return sum(1 for line in s.display if line[LEFT + 2:].strip()) >= 10


def run(sc, bins, big):
    if "@" in sc:
        sc, other = sc.split("@")
        return run(sc, dict(bins, privatliv=bins[other]), big)
    """One burst in scenario sc: times to the field and to the preview (s),
    the CPU it cost (s), and privatliv's counts."""
    home = tempfile.mkdtemp(prefix="keystroke-")
    counts = os.path.join(home, "counts.json")
    env = dict(os.environ, HOME=home, TERM="xterm-256color", PRIVATLIV_COUNTS=counts)
    env.pop("NO_COLOR", None)
    if sc == "bare":
        argv = [bins["barehuh"], NAME]
    elif sc == "example":
        argv = [bins["privatliv"], "new", "--example", "nordlys-keramik"]
    elif sc == "new":
        argv = [bins["privatliv"], "new"]
    else:
        path = os.path.join(home, "stor.toml")
        shutil.copy(big, path)
        argv = [bins["privatliv"], "edit", path]
    t = Term(argv, env)
    try:
        if sc == "new":  # which kind of business? esc: a plain start
            if t.pump(shows("Kom i gang"), 20) is None:
                raise RuntimeError("no kind question")
            t.settle()
            t.send(b"\x1b")
        if t.pump(shows("Virksomhedens navn"), 20) is None:
            raise RuntimeError("no company name field")
        if sc != "bare" and t.pump(preview_shown, 60) is None:
            raise RuntimeError("no preview")
        t.settle()  # the first check is back too
        cpu0 = t.cpu()
        t0 = time.perf_counter()
        t.send(BURST.encode())
        field_hi = COLS if sc == "bare" else LEFT
        # The field scrolls sideways when the name is longer than it.
        field = t.pump(shows(TAIL, 0, field_hi), 20)
        preview = None
        if field is not None and sc != "bare":
            preview = field if shows(TAIL, LEFT)(t.screen) else t.pump(shows(TAIL, LEFT), 20)
        t.settle()
        cpu = t.cpu() - cpu0
        garbled = False
        if field is None:
            # Now and then (a few bursts in a hundred, the bare form's as
            # well) the terminal is left showing a frame the program did not
            # draw: Bubble Tea's renderer drew it by differences to a screen
            # that was not there. A new size has it draw the whole screen
            # afresh; if that shows the burst, the run says nothing about
            # speed and is counted apart.
            t.resize(COLS - 1)
            garbled = t.pump(shows(TAIL), 10) is not None
            t.resize(COLS)
            t.settle()
        t.send(b"\x03")  # ctrl+c; privatliv asks about the unsaved answers:
        if sc != "bare":
            t.pump(shows("ugemte"), 10)
            t.send(b"a")  # quit without saving
        t.close()
    except BaseException:
        os.kill(t.pid, signal.SIGKILL)
        raise
    got = {}
    try:
        with open(counts) as f:
            got = json.load(f)
    except (OSError, ValueError):
        pass  # not written (bare huh, or privatliv had to be killed)
    shutil.rmtree(home, ignore_errors=True)
    ms = lambda x: None if x is None else (x - t0) * 1000
    if field is None and not garbled:
        print(f"{sc}: the burst did not reach the screen, not even drawn afresh:", file=sys.stderr)
        print("\n".join(line.rstrip() for line in t.screen.display), file=sys.stderr)
        got["lost"] = True
    return ms(field), ms(preview), cpu * 1000, got


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def med(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else float("nan")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=7, help="rounds (default 7)")
    ap.add_argument("--bin", help="privatliv binary to measure instead of building one")
    ap.add_argument("--before", help="also run the privatliv scenarios with this binary")
    ap.add_argument("--other", action="append", default=[], metavar="NAME=BIN",
                    help="also run the privatliv scenarios with BIN, marked @NAME")
    ap.add_argument("--keep", help="build into this directory and keep it")
    ap.add_argument("scenarios", nargs="*", default=["bare", "example", "new", "5x"])
    args = ap.parse_args()
    out = args.keep or tempfile.mkdtemp(prefix="keystroke-bin-")
    os.makedirs(out, exist_ok=True)
    bins = {"privatliv": os.path.join(out, "privatliv"), "barehuh": os.path.join(out, "barehuh")}
    others = [("before", args.before)] if args.before else []
    others += [tuple(o.split("=", 1)) for o in args.other]
    for name, b in others:
        bins[name] = os.path.abspath(b)
    args.scenarios = [x for sc in args.scenarios
                      for x in ([sc] if sc == "bare" else [sc] + [f"{sc}@{name}" for name, _ in others])]
    if args.bin:
        bins["privatliv"] = os.path.abspath(args.bin)
    else:
        subprocess.run(["go", "build", "-o", bins["privatliv"], "./cmd/privatliv"], check=True)
    subprocess.run(["go", "build", "-o", bins["barehuh"], "./docs/barehuh"], check=True)
    big = os.path.join(out, "nordlys-keramik-5x.toml")
    with open(big, "wb") as f:
        subprocess.run(["go", "run", "./docs/scaled", "5"], check=True, stdout=f)

    print(f"load before: {loadavg()} ({os.cpu_count()} cores); {args.n} rounds, burst of {len(BURST)} characters at {COLS}x{ROWS}")
    res = {sc: [] for sc in args.scenarios}
    for i in range(args.n):
        order = args.scenarios[i % len(args.scenarios):] + args.scenarios[: i % len(args.scenarios)]
        for sc in order:
            r = run(sc, bins, big)
            res[sc].append(r)
            f, p, cpu, c = r
            extra = f" preview {p:.0f} ms" if p is not None else ""
            if c and sc != "bare":
                extra += f", changes {c.get('changes')}, renders {c.get('previews')}, checks {c.get('checks')}"
            field = f"{f:.0f} ms" if f is not None else "lost" if c.get("lost") else "garbled frame"
            print(f"  round {i + 1} {sc:15} field {field}{extra}, cpu {cpu:.0f} ms", flush=True)
    print(f"load after: {loadavg()}")
    bares = [r[0] for r in res.get("bare", [])]
    bare = med(bares)
    print(f"\n{'scenario':15} {'field ms':>9} {'ratio':>6} {'rounds':>7} {'preview ms':>11} {'cpu ms':>7} {'renders':>8} {'checks':>7} {'garbled':>8} {'lost':>5}")
    for sc, rs in res.items():
        f = med(r[0] for r in rs)
        p = med(r[1] for r in rs)
        cpu = med(r[2] for r in rs)
        rend = med(r[3].get("previews") for r in rs if r[3])
        chk = med(r[3].get("checks") for r in rs if r[3])
        ratio = f / bare if bare == bare and bare else float("nan")
        # the ratio within each round, where the machine was the same
        rounds = med(r[0] / b for r, b in zip(rs, bares) if r[0] is not None and b)
        lost = sum(1 for r in rs if r[0] is None and r[3].get("lost"))
        garbled = sum(1 for r in rs if r[0] is None) - lost
        print(f"{sc:15} {f:9.0f} {ratio:6.2f} {rounds:7.2f} {p:11.0f} {cpu:7.0f} {rend:8.0f} {chk:7.0f} {garbled:8} {lost:5}")
    print(f"\nmedians of {args.n} rounds; ratio: to the bare form's median; rounds: the median of the"
          "\nratios within each round; renders and checks: those that ran for the burst; garbled:"
          "\nruns left out, where the terminal was left showing a frame the program did not draw;"
          "\nlost: runs where the burst's end did not show even when the whole screen was drawn afresh")

if __name__ == "__main__":
    main()
