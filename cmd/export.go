package cmd

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/mtapi-cli/mtapi/internal/escape"
	"github.com/mtapi-cli/mtapi/internal/export"
)

func newExportCmd(a *app) *cobra.Command {
	env := a.env
	var format, output, pkg string
	formats := strings.Join(export.Formats(), ", ")
	c := &cobra.Command{
		Use:   "export --format FORMAT [-o FILE]",
		Short: "Write the catalogue as a web page, source code (TypeScript, C#, Go) or a document",
		Long: `Write the whole catalogue in one of these formats:

  html   one self-contained, searchable page (no external requests; works from file://)
  ts     a TypeScript module: MtapiStatus (name -> code), a Map code -> entry, describe(code)
  cs     a C# file: enum MtapiStatus (Name = 617001) and a static message lookup
  go     a Go file (package mtapistatus, or --package NAME): typed constants and a message table
  json   every entry, as decode --json's entry objects
  csv    one row per entry (RFC 4180), with a header row
  md     a Markdown page: one table per controller, awkward cases explained
  text   the status-code page's own text, which 'mtapi catalogue import' reads back

Enums cannot hold one name twice: in ts and go each name is one member bound to its most trusted
number, and every other entry (superseded history, a name's further numbers) is an alias Name_Code.
In cs the enum has one member per number (so ToString() is unambiguous) and a number's other names
are constants of MtapiStatusAlias. Every entry is in each file's lookup table.

The output is deterministic; SOURCE_DATE_EPOCH adds a generation date. -o replaces a file
atomically (a temporary file in the same directory, synced, then renamed) and keeps its
permissions; a symbolic link is written through to its target, and a FIFO, a device or
/dev/stdout is written directly.`,
		Example: `  mtapi export --format html -o mtapi-status-codes.html
  mtapi export --format ts -o src/mtapiStatus.ts
  mtapi export --format go --package statuscodes -o statuscodes/codes.go
  mtapi export --format csv -o mtapi-status-codes.csv`,
		Args:              cobra.NoArgs,
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE: func(c *cobra.Command, args []string) error {
			if format == "" {
				return failCode("missing_flag", ExitUsage, "formats: "+formats, "export needs --format")
			}
			o := export.Options{Package: pkg}
			if err := export.Check(format, o); err != nil {
				if errors.Is(err, export.ErrBadPackage) {
					return failCode("bad_flag", ExitUsage, "a Go package name here is a lower-case identifier, not a keyword or main, e.g. mtapistatus", "--package %s is not a valid Go package name", escape.Quote(pkg))
				}
				return failCode("bad_flag", ExitUsage, "formats: "+formats, "unknown format %s", escape.Quote(format))
			}
			if pkg != "" && format != "go" {
				return failCode("bad_flag", ExitUsage, "use --package with --format go", "--package applies only to the go format")
			}
			cat, err := a.loadCatalogue()
			if err != nil {
				return err
			}
			d := export.Data{Catalogue: cat, Entries: cat.Entries(), Controllers: cat.Controllers(), Revision: cat.LatestRevision(),
				Version: env.Build.resolved().Version}
			if s := env.Getenv("SOURCE_DATE_EPOCH"); s != "" {
				sec, err := strconv.ParseInt(s, 10, 64)
				if err != nil || sec < 0 {
					return failCode("bad_environment", ExitUsage, "SOURCE_DATE_EPOCH is seconds since 1970-01-01 UTC, or unset", "invalid SOURCE_DATE_EPOCH %s", escape.Quote(s))
				}
				d.Generated = time.Unix(sec, 0).UTC()
			}
			// The whole output is made before anything is written, so a catalogue the format cannot
			// hold is told apart from an output that cannot be written, and leaves no half file.
			out, err := export.Render(format, d, o)
			if err != nil {
				return failCode("bad_flag", ExitUsage, "the text format holds only what the status-code page can print; --format json keeps every entry as it is",
					"cannot export the catalogue as %s: %v", format, err)
			}
			if output != "" && output != "-" {
				if err := export.WriteFile(output, out); err != nil {
					return failCode("write_failed", ExitUsage, "check that the directory exists and can be written", "cannot write %s: %v", escape.Quote(output), err)
				}
				return nil
			}
			if _, err := env.Stdout.Write(out); err != nil {
				// writeFailure reports the one error errors.Unwrap gives: the errno, as decode says it.
				var pe *fs.PathError
				if errors.As(err, &pe) {
					err = pe.Err
				}
				return writeFailure(fmt.Errorf("%w", err))
			}
			return nil
		},
	}
	c.Flags().StringVarP(&format, "format", "f", "", "output `FORMAT`: "+formats)
	c.Flags().StringVarP(&output, "output", "o", "", "write to `FILE` atomically instead of standard output")
	c.Flags().StringVar(&pkg, "package", "", "Go package `NAME` for --format go (default "+export.DefaultPackage+")")
	_ = c.RegisterFlagCompletionFunc("format", fixedCompletions(export.Formats()...))
	_ = c.RegisterFlagCompletionFunc("package", cobra.NoFileCompletions)
	return c
}
