package cmd

import (
	"encoding/json"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

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

// Short is the one-line version: "mtapi 1.2.0".
func (b BuildInfo) Short() string { return "mtapi " + b.resolved().Version }

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
		"version": r.Version, "commit": r.Commit, "date": r.Date,
		"go": runtime.Version(), "os": runtime.GOOS, "arch": runtime.GOARCH,
		"catalogue": cat,
	}, "", "  ")
	return string(out) + "\n"
}

// printVersion writes the version report, naming the catalogue in use.
func printVersion(env *Env, opts *options) error {
	cat, err := opts.catalogue(env)
	if err != nil {
		return err
	}
	dir, _ := opts.catalogueDir(env)
	ci := CatalogueInfo{Dir: dir, Entries: len(cat.Entries()), NewestRevision: cat.LatestRevision()}
	report := env.Build.Long(ci)
	if opts.json {
		report = env.Build.JSON(ci)
	}
	_, err = fmt.Fprint(env.Stdout, report)
	return err
}

func newVersionCmd(env *Env, opts *options) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version, commit, build date, Go version and catalogue",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			return printVersion(env, opts)
		},
	}
}
