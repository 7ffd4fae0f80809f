package cmd

import (
	"encoding/json"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/mtapi-cli/mtapi/internal/escape"
	"github.com/mtapi-cli/mtapi/internal/render"
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

// CatalogueInfo describes the catalogue in use for the version report.
type CatalogueInfo struct {
	// Dir is the directory it was loaded from, or empty for the embedded one.
	Dir            string
	Entries        int
	NewestRevision string
}

func (ci CatalogueInfo) source() string {
	if ci.Dir == "" {
		return "embedded"
	}
	return "directory"
}

// Long is the full version report.
func (b BuildInfo) Long(ci CatalogueInfo) string {
	r := b.resolved()
	where := "embedded"
	if ci.Dir != "" {
		where = escape.String(ci.Dir)
	}
	return fmt.Sprintf("mtapi %s\n  commit:    %s\n  built:     %s\n  go:        %s %s/%s\n  catalogue: %s, %d entries, newest revision %s\n",
		r.Version, r.Commit, r.Date, runtime.Version(), runtime.GOOS, runtime.GOARCH, where, ci.Entries, escape.String(ci.NewestRevision))
}

// JSON is the version report for --json.
func (b BuildInfo) JSON(ci CatalogueInfo) string {
	r := b.resolved()
	cat := map[string]any{"source": ci.source(), "entries": ci.Entries, "newest_revision": ci.NewestRevision}
	if ci.Dir != "" {
		cat["dir"] = ci.Dir
	}
	out, _ := json.MarshalIndent(map[string]any{
		"schema_version": render.SchemaVersion,
		"version":        r.Version, "commit": r.Commit, "date": r.Date,
		"go": runtime.Version(), "os": runtime.GOOS, "arch": runtime.GOARCH,
		"catalogue": cat,
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

// printVersion writes the version report, naming the catalogue in use; as JSON with --json, with
// the documentation's revisions with --verbose.
func (a *app) printVersion() error {
	cat, err := a.loadCatalogue()
	if err != nil {
		return err
	}
	dir, _ := a.catalogueDir()
	ci := CatalogueInfo{Dir: dir, Entries: len(cat.Entries()), NewestRevision: cat.LatestRevision()}
	report := a.env.Build.Long(ci)
	switch {
	case a.json:
		report = a.env.Build.JSON(ci)
	case a.verbose:
		// Where each revision label the cards cite (seen r06–r19) comes from.
		var b strings.Builder
		b.WriteString(report + "  revisions:\n")
		for _, r := range cat.Revisions() {
			b.WriteString("    " + escape.String(r.Label) + "  " + escape.String(r.WhatChanged) + "\n")
		}
		report = b.String()
	}
	if a.term.StdoutTTY() && !a.json {
		// A person's window: no line past its edge (a long catalogue directory, say).
		lines := strings.Split(strings.TrimSuffix(report, "\n"), "\n")
		for i, l := range lines {
			// "  catalogue: embedded, …" wraps under its value, not under the label.
			if k := strings.Index(l, ": "); strings.HasPrefix(l, "  ") && k > 2 && !strings.Contains(l[2:k], " ") {
				v := k + 2 + len(l[k+2:]) - len(strings.TrimLeft(l[k+2:], " "))
				lines[i] = strings.Join(render.Hang(l[:v], l[v:], a.helpWidth()), "\n")
				continue
			}
			lines[i] = fillLine(l, a.helpWidth())
		}
		report = strings.Join(lines, "\n") + "\n"
	}
	_, err = fmt.Fprint(a.env.Stdout, report)
	return err
}
