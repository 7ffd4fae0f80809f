package cmd

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/escape"
	"github.com/mtapi-cli/mtapi/internal/page"
	"github.com/mtapi-cli/mtapi/internal/render"
	"github.com/mtapi-cli/mtapi/internal/revise"
)

// catalogueEnv is the environment variable that names a catalogue directory; --catalogue wins over it.
const catalogueEnv = "MTAPI_CATALOGUE"

// catalogueDir is the directory of the catalogue in use and where it was named ("--catalogue" or
// the variable), or "" for the embedded one.
func (a *app) catalogueDir() (dir, from string) {
	if a.catalogueFlag != "" {
		return a.catalogueFlag, "--catalogue"
	}
	if d := a.env.Getenv(catalogueEnv); d != "" {
		return d, catalogueEnv
	}
	return "", ""
}

// loadCatalogue returns the catalogue every command uses: the directory of --catalogue or
// MTAPI_CATALOGUE, validated in full, or else the embedded one (parsed lazily, so naming no
// directory costs nothing). A directory that does not load is a usage error (exit 2) naming the
// file, line and column of the first problem.
func (a *app) loadCatalogue() (*codes.Catalogue, error) {
	if a.loaded != nil {
		return a.loaded, nil
	}
	dir, from := a.catalogueDir()
	if dir == "" {
		a.loaded = codes.Default()
		return a.loaded, nil
	}
	c, err := loadDir(dir)
	if err != nil {
		var ps codes.Problems
		if errors.As(err, &ps) {
			return nil, failCode("bad_catalogue", ExitUsage, fmt.Sprintf("'mtapi catalogue check %s' lists every problem; the directory comes from %s", escape.String(dir), from), "%s", ps.Error())
		}
		return nil, failCode("bad_catalogue", ExitUsage, fmt.Sprintf("%s names a directory holding catalogue.tsv, controllers.tsv and revisions.tsv", from), "catalogue %s: %v", escape.String(dir), err)
	}
	a.loaded = c
	return c, nil
}

func loadDir(dir string) (*codes.Catalogue, error) {
	if st, err := os.Stat(dir); err != nil {
		return nil, unwrapPath(err)
	} else if !st.IsDir() {
		return nil, errors.New("not a directory")
	}
	return codes.Load(os.DirFS(dir))
}

func newCatalogueCmd(a *app) *cobra.Command {
	c := &cobra.Command{
		Use:   "catalogue",
		Short: "Check a catalogue directory, or import a new revision of the status-code page",
		Long: `The catalogue is embedded in mtapi; --catalogue DIR or MTAPI_CATALOGUE=DIR use a directory with the
same files instead (catalogue.tsv, controllers.tsv, revisions.tsv and, optionally, names.tsv).

  mtapi catalogue check DIR                      validate a directory, listing every problem
  mtapi catalogue import page.txt                what a copy of the page changes
  mtapi catalogue import page.txt --write DIR    write the updated catalogue to DIR`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error { return c.Help() },
		// check examines a broken directory rather than refusing it, and import loads it itself.
		PersistentPreRunE: func(*cobra.Command, []string) error { return nil },
	}
	c.AddCommand(newCatalogueCheckCmd(a), newCatalogueImportCmd(a))
	return c
}

func newCatalogueCheckCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "check [DIR]",
		Short: "Validate a catalogue directory and list every problem (exit 0 when clean)",
		Long: `check validates a catalogue directory as --catalogue does before using it, but lists every problem
with its file, line and column instead of stopping at the first. Without DIR it checks the catalogue
in use (--catalogue, MTAPI_CATALOGUE, or the embedded one). Exit status: 0 clean, 2 problems.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			dir, _ := a.catalogueDir()
			if len(args) == 1 {
				dir = args[0]
			}
			report := render.CheckReport{Catalogue: dir}
			var fsys fs.FS
			if dir == "" {
				report.Catalogue, fsys = "embedded", codes.EmbeddedFS()
			} else {
				if st, err := os.Stat(dir); err != nil || !st.IsDir() {
					if err == nil {
						err = errors.New("not a directory")
					}
					return failCode("bad_catalogue", ExitUsage, "give the directory that holds catalogue.tsv", "catalogue %s: %v", escape.String(dir), unwrapPath(err))
				}
				fsys = os.DirFS(dir)
			}
			report.Problems = codes.Check(fsys)
			if len(report.Problems) == 0 {
				cat, err := codes.Load(fsys)
				if err != nil {
					return failCode("bad_catalogue", ExitUsage, "", "%v", err)
				}
				report.Entries, report.Newest = len(cat.Entries()), cat.LatestRevision()
			}
			p, err := a.printer()
			if err != nil {
				return err
			}
			p.Check(report)
			if err := finish(p, nil); err != nil {
				return err
			}
			if n := len(report.Problems); n > 0 {
				what := "1 problem"
				if n > 1 {
					what = fmt.Sprintf("%d problems", n)
				}
				return failCode("catalogue_problems", ExitUsage, "fix them and run the check again", "catalogue %s: %s", escape.String(report.Catalogue), what)
			}
			return nil
		},
	}
}

func newCatalogueImportCmd(a *app) *cobra.Command {
	var label, writeDir string
	var partial bool
	c := &cobra.Command{
		Use:   "import FILE...",
		Short: "Compare a copy of the status-code page with the catalogue, and write the updated catalogue",
		Long: `import reads a copy of the "MTAPI status codes" page (text copied from the browser, Confluence storage
format, or Confluence's HTML export; - reads standard input; several files are read as one page) and
reports what it changes against the catalogue in use: added, removed, renamed, renumbered, message,
controller and duplicate, one per line.

--write DIR writes the whole updated catalogue to DIR, ready for --catalogue or for committing into
codes/: the page becomes a new revision (--revision, default the next rNN), replaced entries become
superseded, names sharing a number duplicate, "Not implemented yet" entries placeholders, and every
earlier entry is kept. A page that changes nothing adds no revision.

--partial reads a copy of part of the page (one section, what a diff view shows): the entries it
does not print are left as they are rather than reported removed. Without it, a copy that lists only
a few entries where most of the catalogue would be removed is refused.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			cat, err := a.loadCatalogue()
			if err != nil {
				return err
			}
			pg := &page.Page{}
			var names []string
			for _, arg := range args {
				p, err := readPage(a.env, arg, page.Options{Known: revise.Known(cat), Messages: revise.Messages(cat)})
				if err != nil {
					return err
				}
				if pg.Form == "" {
					pg.Form = p.Form
				}
				pg.Sections = append(pg.Sections, p.Sections...)
				names = append(names, filepath.Base(arg))
			}
			source := "page copy (" + string(pg.Form) + ") imported with mtapi catalogue import from " + strings.Join(names, ", ")
			importPage := revise.Import
			if partial {
				importPage = revise.ImportPart
			}
			res, err := importPage(cat, pg, label, source)
			if errors.Is(err, revise.ErrNoEntries) {
				return failCode("bad_page", ExitUsage, "give a copy of the status-code page: text, storage format or HTML export", "%s: %v", escape.String(strings.Join(args, ", ")), err)
			}
			if errors.Is(err, revise.ErrRevisionExists) {
				return failCode("bad_revision", ExitUsage, "a revision label names one copy of the page: run 'mtapi catalogue import --help'", "%v", err)
			}
			if err != nil {
				return failCode("import_conflict", ExitUsage, "the page would break the catalogue's rules; fix the page copy or the catalogue", "%v", err)
			}
			report := render.ImportReport{Revision: res.Revision, Changes: res.Changes, Skipped: res.Skipped}
			if writeDir != "" {
				if err := revise.Write(writeDir, res.Files); err != nil {
					return failCode("write_failed", ExitUsage, "check that the directory can be written", "writing the catalogue to %s: %v", escape.String(writeDir), unwrapPath(err))
				}
				report.Written = writeDir
			}
			p, err := a.printer()
			if err != nil {
				return err
			}
			p.Import(report)
			return finish(p, nil)
		},
	}
	c.Flags().StringVar(&label, "revision", "", "`LABEL` of the page's revision (default: the next rNN after the newest)")
	c.Flags().StringVar(&writeDir, "write", "", "write the updated catalogue (all files) to `DIR`")
	c.Flags().BoolVar(&partial, "partial", false, "the copy is part of the page: what it does not print is not removed")
	return c
}

func readPage(env *Env, name string, opts page.Options) (*page.Page, error) {
	var r io.Reader
	if name == "-" {
		r = env.Stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, failCode("bad_page", ExitUsage, "give a copy of the status-code page: text, storage format or HTML export", "%s: %v", escape.String(name), unwrapPath(err))
		}
		defer f.Close()
		r = f
	}
	p, err := page.ParseWith(r, opts)
	if err != nil {
		return nil, failCode("bad_page", ExitUsage, "give a copy of the status-code page: text, storage format or HTML export", "%s: %v", escape.String(name), err)
	}
	return p, nil
}
