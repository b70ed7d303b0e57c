#!/bin/sh
# Peak memory of the wizard, as docs/performance.md reports it.
#
# Usage: sh docs/peakmem.sh ./privatliv
#
# Starts `privatliv new --example nordlys-keramik` (the largest example) at
# 200x50 in a tmux session under /usr/bin/time, types and deletes a letter
# 200 times (400 keys), goes through five steps toggling the preview on each,
# saves, quits, and prints the process's maximum resident set size.

bin=$(realpath "$1") || exit 2
dir=$(mktemp -d)
session=privatliv-peakmem-$$
tmux new-session -d -s "$session" -x 200 -y 50 \
	"cd $dir && HOME=$dir /usr/bin/time -f %M -o $dir/rss $bin new --example nordlys-keramik $dir/svar.toml"
sleep 1.5
i=0
while [ $i -lt 200 ]; do
	tmux send-keys -t "$session" x
	tmux send-keys -t "$session" BSpace
	i=$((i + 1))
done
for step in 1 2 3 4 5; do
	tmux send-keys -t "$session" C-n; sleep 0.2
	tmux send-keys -t "$session" C-p; sleep 0.2
	tmux send-keys -t "$session" C-p; sleep 0.1
done
tmux send-keys -t "$session" C-s; sleep 1
tmux send-keys -t "$session" Enter; sleep 1
tmux send-keys -t "$session" C-c 2>/dev/null; sleep 0.5
tmux send-keys -t "$session" a 2>/dev/null; sleep 1
i=0
while [ ! -s "$dir/rss" ] && [ $i -lt 20 ]; do sleep 0.5; i=$((i + 1)); done
echo "peak RSS: $(cat "$dir/rss") KB"
tmux kill-session -t "$session" 2>/dev/null || true
rm -rf "$dir"
