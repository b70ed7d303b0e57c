#!/usr/bin/env python3
"""Time from process start to the wizard's first frame, in a pseudo-terminal.

Usage: python3 docs/coldstart.py ./privatliv [runs]

Starts `privatliv new --example nordlys-keramik` (the largest example) at
200x50 under a pty, waits until the first frame's status line is on the
terminal, then quits the wizard. Prints the median and slowest of the runs.
"""
import fcntl, os, pty, select, signal, struct, sys, tempfile, termios, time

def first_frame(binary):
    env = dict(os.environ, HOME=tempfile.mkdtemp(), TERM="xterm-256color")
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(binary, [binary, "new", "--example", "nordlys-keramik"], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 200, 0, 0))
    seen, elapsed = b"", None
    while elapsed is None:
        r, _, _ = select.select([fd], [], [], 5)
        if not r:
            break
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        seen += chunk
        # The wizard asks for the background colour first; answer like a dark terminal.
        if b"\x1b]11;?" in seen:
            os.write(fd, b"\x1b]11;rgb:0000/0000/0000\x1b\\")
            seen = seen.replace(b"\x1b]11;?", b"")
        if b"ctrl+c" in seen:  # the help line is the last line of a frame
            elapsed = time.perf_counter() - start
    os.write(fd, b"\x03")
    time.sleep(0.05)
    os.write(fd, b"a")
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    os.close(fd)
    return elapsed

def main():
    binary = os.path.abspath(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    times = sorted(t for t in (first_frame(binary) for _ in range(runs)) if t is not None)
    if not times:
        sys.exit("no frame seen")
    print(f"first frame: median {times[len(times)//2]*1000:.1f} ms, slowest {times[-1]*1000:.1f} ms ({len(times)} runs)")

if __name__ == "__main__":
    main()
