// Command scaled writes the largest example answer file grown n-fold (see
// drafts/draftstest), for docs/keystroke.py and for trying the wizard on a
// large file by hand.
//
// Usage: go run ./docs/scaled N > nordlys-keramik-Nx.toml
package main

import (
	"fmt"
	"os"
	"strconv"

	"github.com/privatliv/privatliv/drafts/draftstest"
)

func main() {
	n := 5
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.Atoi(os.Args[1]); err != nil || n < 1 {
			fmt.Fprintln(os.Stderr, "usage: scaled N   (N a whole number from 1)")
			os.Exit(2)
		}
	}
	data, err := draftstest.ScaledExample(n)
	if err != nil {
		fmt.Fprintln(os.Stderr, "scaled:", err)
		os.Exit(1)
	}
	os.Stdout.Write(data)
}
