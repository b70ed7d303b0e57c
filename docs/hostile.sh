#!/bin/sh
# Time and peak memory of privatliv on every hostile file of the security
# review (/work/shared/reference/reviews/security-review.md), as
# docs/performance.md reports them.
#
# Usage: sh docs/hostile.sh ./privatliv
#
# Each case runs under /usr/bin/time with a 30 s timeout and an 8 GB limit
# on its address space (an older privatliv reads /dev/zero until memory runs
# out), and prints its wall time, CPU time, peak resident memory and exit
# code; a case that hangs shows "timeout". Every answer must come in under a
# second and 100 MB.

bin=$(realpath "$1") || exit 2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir" || exit 2

python3 - <<'EOF'
import os
def nested(name, n, open_, close):
    open(name, "w").write("schema = 2\nx = " + open_ * n + "1" + close * n + "\n")
nested("deep-4000.toml", 4000, "{a=", "}")
nested("deep-8000.toml", 8000, "{a=", "}")
nested("deep-array-8000.toml", 8000, "[", "]")
# 10,000 purposes and 10,000 vendors: big, but real answer-file shapes.
head = open(os.environ.get("EXAMPLE", "/dev/null")).read() if os.environ.get("EXAMPLE") else ""
base = ('schema = 2\n[document]\neffective = 2026-01-01\n[controller]\nname = "A"\naddress = "B 1"\n'
        'postcode = "8000"\ntown = "Aarhus"\nemail = "a@b.dk"\n[[subjects]]\ngroup = "customers"\ndata = ["contact"]\n')
p = base + "".join('[[purposes]]\nid = "p%d"\nname = "Formål %d"\ndata = ["contact"]\nbasis = ["6.1.b"]\n[purposes.retention]\nperiod = "5 år"\n' % (i, i) for i in range(10000))
open("purposes-10k.toml", "w").write(p)
v = base + '[[purposes]]\nid = "p"\nname = "P"\ndata = ["contact"]\nbasis = ["6.1.b"]\n[purposes.retention]\nperiod = "5 år"\n' + \
    "".join('[[vendors]]\nname = "V%d"\nrole = "processor"\nservice = "drift"\npurposes = ["p"]\ncountry = "DK"\n' % i for i in range(10000))
open("vendors-10k.toml", "w").write(v)
open("name-1.9MB.toml", "w").write(base.replace('name = "A"', 'name = "' + "A" * 1900000 + '"'))
open("big-3MB.toml", "w").write(base + "# " + "x" * (3 << 20) + "\n")
open("escape.toml", "w").write(base.replace('name = "A"', 'name = "Helle\\u001b]0;HIJACKED\\u0007"'))
open("header-10k.toml", "w").write("schema = 2\n[" + ".".join(["a"] * 10000) + "]\nb = 1\n")
EOF
mkfifo fifo.toml
mkdir dir && cp deep-8000.toml dir/ && printf 'schema = 2\n' > dir/ok.toml

run() {
	label=$1
	shift
	start=$(date +%s.%N)
	(ulimit -v 8000000; timeout 30 /usr/bin/time -f "%U %S %M" -o rss "$bin" "$@" >/dev/null 2>&1 </dev/null)
	code=$?
	end=$(date +%s.%N)
	if [ $code -eq 124 ]; then
		printf '%-34s timeout (30 s)\n' "$label"
	else
		set -- $(tail -1 rss)
		printf '%-34s %6.2f s (CPU %5.2f s) %8d KB  exit %d\n' "$label" "$(echo "$end - $start" | bc)" "$(echo "$1 + $2" | bc)" "$3" "$code"
	fi
}

run "check deep-4000.toml" check deep-4000.toml
run "check deep-8000.toml" check deep-8000.toml
run "check deep-array-8000.toml" check deep-array-8000.toml
run "render dir/ (deep-8000 inside)" render dir -o out
run "check fifo.toml" check fifo.toml
run "render fifo.toml" render fifo.toml
run "cookies import fifo.toml" cookies import fifo.toml
run "check /dev/zero" check /dev/zero
run "check big-3MB.toml" check big-3MB.toml
run "check purposes-10k.toml" check purposes-10k.toml
run "check vendors-10k.toml" check vendors-10k.toml
run "check name-1.9MB.toml" check name-1.9MB.toml
run "check header-10k.toml" check header-10k.toml
run "check escape.toml" check escape.toml
