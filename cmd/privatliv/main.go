// Command privatliv writes a Danish privacy policy (privatlivspolitik) from
// a small business's answers: a terminal wizard, plus commands to render
// and check answer files without one.
package main

import (
	"context"
	"os"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
