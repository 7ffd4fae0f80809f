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
	os.Exit(cmd.Run(cmd.BuildInfo{Version: version, Commit: commit, Date: date}))
}
