package cmd

import (
	"encoding/json"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/escape"
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

// Long is the full version report.
func (b BuildInfo) Long(cat *codes.Catalogue) string {
	r := b.resolved()
	return fmt.Sprintf("mtapi %s\n  commit:    %s\n  built:     %s\n  go:        %s %s/%s\n  catalogue: %d entries, newest revision %s\n",
		r.Version, r.Commit, r.Date, runtime.Version(), runtime.GOOS, runtime.GOARCH, len(cat.Entries()), cat.LatestRevision())
}

// JSON is the version report for --json.
func (b BuildInfo) JSON(cat *codes.Catalogue) string {
	r := b.resolved()
	out, _ := json.MarshalIndent(map[string]any{
		"version": r.Version, "commit": r.Commit, "date": r.Date,
		"go": runtime.Version(), "os": runtime.GOOS, "arch": runtime.GOARCH,
		"catalogue": map[string]any{"entries": len(cat.Entries()), "newest_revision": cat.LatestRevision()},
	}, "", "  ")
	return string(out) + "\n"
}

func newVersionCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version, commit, build date, Go version and catalogue",
		Args:  cobra.NoArgs,
		RunE:  func(*cobra.Command, []string) error { return a.printVersion() },
	}
}

// printVersion writes the version report, as JSON with --json.
func (a *app) printVersion() error {
	cat := a.catalogue()
	report := a.env.Build.Long(cat)
	switch {
	case a.json:
		report = a.env.Build.JSON(cat)
	case a.verbose:
		// Where each revision label the cards cite (seen r06–r19) comes from.
		var b strings.Builder
		b.WriteString(report + "  revisions:\n")
		for _, r := range cat.Revisions() {
			line := "    " + r.Label + "  " + escape.String(r.WhatChanged)
			if a.term.StdoutTTY() {
				line = fillLine(line, a.helpWidth())
			}
			b.WriteString(line + "\n")
		}
		report = b.String()
	}
	_, err := fmt.Fprint(a.env.Stdout, report)
	return err
}
