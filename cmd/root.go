// Package cmd wires mtapi's command line to the catalogue, the parsers and the renderers. Commands are
// built by constructors around an Env, so tests run them in-process with their own readers, writers
// and environment.
package cmd

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/decode"
	"github.com/mtapi-cli/mtapi/internal/escape"
	"github.com/mtapi-cli/mtapi/internal/render"
)

// Exit codes.
const (
	ExitOK       = 0
	ExitNotFound = 1
	ExitUsage    = 2
)

// Env is everything a command touches outside itself.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	// IsTerminal reports whether w is a terminal; nil means "never".
	IsTerminal func(w any) bool
	Build      BuildInfo
}

// exitError carries an exit code and, unless silent, a message and hint for stderr.
type exitError struct {
	code      int
	msg, hint string
}

func (e *exitError) Error() string { return e.msg }

func fail(code int, hint string, format string, args ...any) error {
	return &exitError{code: code, msg: fmt.Sprintf(format, args...), hint: hint}
}

// quietExit ends the command with code and nothing more on stderr (the output already said it).
func quietExit(code int) error { return &exitError{code: code} }

// options are the flags every command shares.
type options struct {
	json  bool
	color string
	// catalogueFlag is --catalogue; loaded caches the catalogue in use (see catalogue.go).
	catalogueFlag string
	loaded        *codes.Catalogue
}

// printer builds the renderer for a command from the shared flags.
func (o *options) printer(env *Env, w io.Writer) (*render.Printer, error) {
	tty := env.IsTerminal != nil && env.IsTerminal(w)
	opts, err := render.Choose(o.json, o.color, tty, env.Getenv)
	if err != nil {
		return nil, fail(ExitUsage, "use --color auto, always or never", "%v", err)
	}
	return render.New(w, opts), nil
}

// NewRoot builds the whole command tree.
func NewRoot(env *Env) *cobra.Command {
	opts := &options{}
	showVersion := false
	root := &cobra.Command{
		Use:   "mtapi",
		Short: "Decode and look up MTAPI status codes",
		Long: `mtapi decodes the codes MTAPI returns in its mtapistatus response header, from a catalogue of every
code the documentation ever printed, embedded in the binary.

  mtapi decode 617020            a code, a name, a comma list, or - for stdin
  mtapi search future            find a code from a word, a fragment or a prefix
  mtapi ranges 617020            which controller range holds a number
  curl -si URL | mtapi headers   decode every mtapistatus header in a response

Exit status: 0 found, 1 not found, 2 bad usage or unreadable input.`,
		SilenceErrors: true,
		SilenceUsage:  true,
		Args:          cobra.ArbitraryArgs,
		ValidArgsFunction: func(c *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
			return nil, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(c *cobra.Command, args []string) error {
			if showVersion {
				return printVersion(env, opts)
			}
			if len(args) == 0 {
				return c.Help()
			}
			// "mtapi 617020" (or a code name) is short for "mtapi decode 617020"; anything else is a
			// mistyped command.
			for _, a := range args {
				if !codeList(a) && !decode.IsName(a) {
					hint := "run 'mtapi --help', or 'mtapi decode " + escape.String(a) + "' for a code name"
					if s := c.SuggestionsFor(a); len(s) > 0 {
						hint = "did you mean 'mtapi " + s[0] + "'?"
					}
					return fail(ExitUsage, hint, "unknown command %s for \"mtapi\"", escape.Quote(a))
				}
			}
			p, err := opts.printer(env, env.Stdout)
			if err != nil {
				return err
			}
			_, err = runDecode(env, p, args)
			return finish(p, err)
		},
	}
	root.SetIn(env.Stdin)
	root.SetOut(env.Stdout)
	root.SetErr(env.Stderr)
	root.Flags().BoolVarP(&showVersion, "version", "v", false, "print the version and exit")
	root.PersistentFlags().BoolVar(&opts.json, "json", false, "print JSON (documented schema) for scripts")
	root.PersistentFlags().StringVar(&opts.color, "color", "auto", "colour the output: auto, always or never")
	_ = root.RegisterFlagCompletionFunc("color", fixedCompletions("auto", "always", "never"))
	root.PersistentFlags().StringVar(&opts.catalogueFlag, "catalogue", "", "use the catalogue in `DIR` instead of the embedded one (also MTAPI_CATALOGUE)")
	_ = root.MarkPersistentFlagDirname("catalogue")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return fail(ExitUsage, fmt.Sprintf("run '%s --help'", c.CommandPath()), "%v", err)
	})
	root.AddCommand(
		newDecodeCmd(env, opts),
		newRangesCmd(env, opts),
		newHeadersCmd(env, opts),
		newSearchCmd(env, opts),
		newVersionCmd(env, opts),
		newExportCmd(env, opts),
		newCatalogueCmd(env, opts),
	)
	return root
}

// Main runs mtapi with args and returns the exit code. Errors go to stderr as "mtapi: <what>" with
// a hint; a closed output pipe (mtapi ranges | head -1) ends quietly with success.
func Main(args []string, env Env) int {
	if env.Getenv == nil {
		env.Getenv = func(string) string { return "" }
	}
	root := NewRoot(&env)
	root.SetArgs(protectNegativeNumbers(root, args))
	err := root.Execute()
	if err == nil {
		return ExitOK
	}
	if errors.Is(err, syscall.EPIPE) {
		return ExitOK
	}
	if errors.Is(err, errWrite) {
		err = writeFailure(err)
	}
	var ee *exitError
	if !errors.As(err, &ee) {
		// cobra's own errors (unknown command, wrong number of arguments) are usage errors.
		ee = &exitError{code: ExitUsage, msg: err.Error(), hint: "run 'mtapi --help'"}
	}
	if ee.msg != "" {
		msg := escape.String(strings.TrimPrefix(ee.msg, "Error: "))
		fmt.Fprintf(env.Stderr, "mtapi: %s\n", msg)
		if ee.hint != "" {
			fmt.Fprintf(env.Stderr, "  hint: %s\n", ee.hint)
		}
	}
	return ee.code
}

// codeList reports whether a is a status value or a comma list of them ("617020", "-1,901002").
func codeList(a string) bool {
	if a == "" {
		return false
	}
	for _, f := range strings.Split(a, ",") {
		f = strings.TrimSpace(f)
		f = strings.TrimPrefix(f, "-")
		if f == "" || strings.Trim(f, "0123456789") != "" {
			return false
		}
	}
	return true
}

// errWrite marks a failure to write the output, as opposed to reading the input.
var errWrite = errors.New("writing output")

// Run is the process entry point: it runs mtapi on the real standard streams and environment.
func Run(build BuildInfo) int {
	// A reader that goes away (mtapi ... | head -1) must end mtapi quietly with success, not kill it
	// with SIGPIPE: ignore the signal and treat EPIPE as the end of the output.
	signal.Ignore(syscall.SIGPIPE)
	return Main(os.Args[1:], Env{
		Stdin:      os.Stdin,
		Stdout:     os.Stdout,
		Stderr:     os.Stderr,
		Getenv:     os.Getenv,
		IsTerminal: IsTerminal,
		Build:      build,
	})
}

// IsTerminal reports whether w is a terminal (an *os.File on a tty; /dev/null and pipes are not).
func IsTerminal(w any) bool {
	f, ok := w.(*os.File)
	return ok && isatty(f.Fd())
}

// finish flushes the printer and turns a write failure into the command's error.
func finish(p *render.Printer, err error) error {
	if ferr := p.Flush(); ferr != nil {
		return writeFailure(ferr)
	}
	return err
}

// flushLive writes out what a streaming command has so far, so `tail -f log | mtapi ...` shows each
// result as it comes; a failure is marked as a write error.
func flushLive(p *render.Printer) error {
	if err := p.Flush(); err != nil {
		return fmt.Errorf("%w: %w", errWrite, err)
	}
	return nil
}

func writeFailure(err error) error {
	if errors.Is(err, syscall.EPIPE) {
		return err
	}
	return fail(ExitUsage, "check that the output can be written", "writing output: %v", errors.Unwrap(err))
}
