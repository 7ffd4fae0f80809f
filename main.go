// Command mtapi decodes and looks up MTAPI status codes.
package main

import (
	"os"

	"github.com/mtapi-cli/mtapi/cmd"
)

// Set by the release build (goreleaser's default ldflags).
var (
	version string
	commit  string
	date    string
)

func main() {
	os.Exit(cmd.Main(os.Args[1:], cmd.Env{
		Stdin:      os.Stdin,
		Stdout:     os.Stdout,
		Stderr:     os.Stderr,
		Getenv:     os.Getenv,
		IsTerminal: cmd.IsTerminal,
		Build:      cmd.BuildInfo{Version: version, Commit: commit, Date: date},
	}))
}
