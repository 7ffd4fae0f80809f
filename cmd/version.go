package cmd

import (
	"encoding/json"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/mtapi-cli/mtapi/codes"
)

// BuildInfo is what the release build stamped into main (goreleaser's -X main.version, main.commit,
// main.date). Empty fields fall back to the module information Go records in every binary, so that a
// `go install` build still knows its version.
type BuildInfo struct {
	Version, Commit, Date string
}

// resolved fills the gaps from debug.ReadBuildInfo. It runs only when a version is printed.
func (b BuildInfo) resolved() BuildInfo {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return b.orUnknown()
	}
	if b.Version == "" && info.Main.Version != "" {
		b.Version = strings.TrimPrefix(info.Main.Version, "v")
	}
	for _, s := range info.Settings {
		switch {
		case s.Key == "vcs.revision" && b.Commit == "":
			b.Commit = s.Value
		case s.Key == "vcs.time" && b.Date == "":
			b.Date = s.Value
		}
	}
	return b.orUnknown()
}

func (b BuildInfo) orUnknown() BuildInfo {
	if b.Version == "" {
		b.Version = "(devel)"
	}
	if b.Commit == "" {
		b.Commit = "unknown"
	}
	if b.Date == "" {
		b.Date = "unknown"
	}
	return b
}

// Short is the one-line version: "mtapi 1.2.0".
func (b BuildInfo) Short() string { return "mtapi " + b.resolved().Version }

// Long is the full version report.
func (b BuildInfo) Long() string {
	r := b.resolved()
	return fmt.Sprintf("mtapi %s\n  commit:    %s\n  built:     %s\n  go:        %s %s/%s\n  catalogue: %d entries, newest revision %s\n",
		r.Version, r.Commit, r.Date, runtime.Version(), runtime.GOOS, runtime.GOARCH, len(codes.Entries()), codes.LatestRevision())
}

// JSON is the version report for --json.
func (b BuildInfo) JSON() string {
	r := b.resolved()
	out, _ := json.MarshalIndent(map[string]any{
		"version": r.Version, "commit": r.Commit, "date": r.Date,
		"go": runtime.Version(), "os": runtime.GOOS, "arch": runtime.GOARCH,
		"catalogue": map[string]any{"entries": len(codes.Entries()), "newest_revision": codes.LatestRevision()},
	}, "", "  ")
	return string(out) + "\n"
}

func newVersionCmd(env *Env, opts *options) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version, commit, build date, Go version and catalogue",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			report := env.Build.Long()
			if opts.json {
				report = env.Build.JSON()
			}
			_, err := fmt.Fprint(env.Stdout, report)
			return err
		},
	}
}
