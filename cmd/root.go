// Package cmd wires mtapi's command line to the catalogue, the parsers and the renderers: each command
// is built by a constructor around an injected Env, so tests run it in-process with their own streams,
// environment and terminal.
package cmd

import (
	"bufio"
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
	"github.com/mtapi-cli/mtapi/internal/term"
)

// Exit codes.
const (
	ExitOK       = 0
	ExitNotFound = 1
	ExitUsage    = 2
	// ExitGate: `mtapi headers --fail-on` found a response that matches (see gate.go).
	ExitGate = 3
	// ExitInterrupted: Ctrl-C ended a run that had a gate or a report to write (128 + SIGINT).
	ExitInterrupted = 130
)

// Env is everything a command touches outside itself.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	// Term is what the standard streams are (terminals or not) and the window's width; Run probes the
	// real ones once, tests say what they pretend.
	Term  term.Facts
	Build BuildInfo
	// Interrupt, when set, starts catching Ctrl-C (and SIGTERM) for a run that must still write what
	// it has (mtapi headers --report): it returns the channel the signals arrive on and a function
	// that stops catching them. Without it, Ctrl-C ends mtapi at once as usual.
	Interrupt func() (<-chan os.Signal, func())
}

// app is what every command is built around: the Env, the terminal decided once from it, and the
// flags every command shares.
type app struct {
	env  *Env
	term *term.Terminal
	in   *bufio.Reader

	json    bool
	color   string
	verbose bool
	// catalogueFlag is --catalogue; loaded caches the catalogue in use (see catalogue.go).
	catalogueFlag string
	// args are the command line's arguments, for the messages about mistakes in them.
	args   []string
	loaded *codes.Catalogue
}

func newApp(env *Env) *app {
	if env.Getenv == nil {
		env.Getenv = func(string) string { return "" }
	}
	if env.Stdin == nil {
		env.Stdin = strings.NewReader("")
	}
	return &app{env: env, term: term.New(env.Term, env.Getenv), color: "auto"}
}

// catalogue is the one place commands get the catalogue from: the one --catalogue or
// MTAPI_CATALOGUE names, loaded once before any command runs (a directory that does not load is
// reported there), or the embedded one. Only completion, which runs no command, can get here with a
// broken directory; it completes from the embedded catalogue.
func (a *app) catalogue() *codes.Catalogue {
	c, err := a.loadCatalogue()
	if err != nil {
		return codes.Default()
	}
	return c
}

// stdin is standard input, buffered once so that a look at its start loses nothing.
func (a *app) stdin() *bufio.Reader {
	if a.in == nil {
		a.in = bufio.NewReaderSize(&stickyEOF{r: a.env.Stdin}, 64<<10)
	}
	return a.in
}

// stickyEOF ends for good at the first end of input. On a terminal, Ctrl-D is one end of input and
// the next read waits for more; bufio.Reader hands an end over only once (to a Peek that looks at
// the input's start), so without this a person would have to press Ctrl-D twice.
type stickyEOF struct {
	r   io.Reader
	eof bool
}

func (s *stickyEOF) Read(p []byte) (int, error) {
	if s.eof {
		return 0, io.EOF
	}
	n, err := s.r.Read(p)
	if errors.Is(err, io.EOF) {
		s.eof = true
	}
	return n, err
}

// printer builds the renderer for standard output from the shared flags and the terminal.
func (a *app) printer() (*render.Printer, error) {
	prof, err := a.term.Output(a.json, a.color)
	if err != nil {
		return nil, failCode("bad_flag", ExitUsage, "use --color auto, always or never", "%v", err)
	}
	format := render.Plain
	switch prof.Layout {
	case term.Styled:
		format = render.Styled
	case term.JSON:
		format = render.JSON
	}
	return render.New(a.env.Stdout, render.Options{Format: format, Color: prof.Color, Colors: prof.Colors, Width: prof.Width, Verbose: a.verbose}), nil
}

// exitError carries an exit code and, unless silent, a message and hint for stderr. errCode is the
// error's stable name under --json (see errorCode and docs/json.md); input is the word of the input
// or the command line that it is about.
type exitError struct {
	code      int
	msg, hint string
	errCode   string
	input     string
}

func (e *exitError) Error() string { return e.msg }

// failCode is the error a command fails with: its exit code, message and hint, and the error's
// stable name.
func failCode(errCode string, code int, hint string, format string, args ...any) error {
	return &exitError{code: code, errCode: errCode, msg: fmt.Sprintf(format, args...), hint: hint}
}

// quietExit ends the command with code and nothing more on stderr (the output already said it).
func quietExit(code int) error { return &exitError{code: code} }

// say is the one path to stderr: "mtapi: <what>" and, when given, "  hint: <hint>". On a terminal
// both are wrapped to its width under their first word; piped, each stays one line for logs and grep.
func (a *app) say(msg, hint string) {
	msg = escape.String(strings.TrimPrefix(msg, "Error: "))
	var b strings.Builder
	a.sayLine(&b, "mtapi: ", msg)
	if hint != "" {
		a.sayLine(&b, "  hint: ", hint)
	}
	_, _ = io.WriteString(a.env.Stderr, b.String())
}

func (a *app) sayLine(b *strings.Builder, lead, text string) {
	width := a.term.Width()
	if !a.term.StderrTTY() || len(lead)+len(text) <= width {
		b.WriteString(lead + text + "\n")
		return
	}
	for _, l := range render.Hang(lead, text, width) {
		b.WriteString(l + "\n")
	}
}

// NewRoot builds the whole command tree, for the docs generator (internal/tools/gendocs): without
// the completion command, which cobra documents by itself.
func NewRoot(env *Env) *cobra.Command { return newApp(env).tree() }

// tree builds the root with every command below it.
func (a *app) tree() *cobra.Command {
	showVersion := false
	root := &cobra.Command{
		Use:   "mtapi [code|name]...",
		Short: "Decode and look up MTAPI status codes",
		Long: `mtapi decodes the codes MTAPI returns in its mtapistatus response header, from a catalogue of every code the documentation ever printed, embedded in the binary.

  mtapi 617020                   short for mtapi decode 617020
  mtapi decode 617020            a code, a name, a comma list, or - for stdin
  mtapi search future            find a code from a word, a fragment or a prefix
  mtapi ranges 617020            which controller range holds a number
  curl -si URL | mtapi headers   decode every mtapistatus header in a response

Piped into mtapi or mtapi decode, an HTTP response or header block is read as mtapi headers reads it.

Exit status: 0 found, 1 not found, 2 bad usage or unreadable input, 3 the headers --fail-on gate tripped.`,
		SilenceErrors: true,
		SilenceUsage:  true,
		Args:          cobra.ArbitraryArgs,
		// cobra sets its default only when it reports an unknown command itself; RunE asks it too.
		SuggestionsMinimumDistance: 2,
		// The catalogue a directory names is loaded, and a broken one reported, before any command.
		PersistentPreRunE: func(c *cobra.Command, _ []string) error {
			if c.Name() == cobra.ShellCompRequestCmd || c.Name() == cobra.ShellCompNoDescRequestCmd {
				return nil // completion never fails: it falls back to the embedded catalogue
			}
			_, err := a.loadCatalogue()
			return err
		},
		ValidArgsFunction: func(c *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
			if toComplete == "" {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return a.completeCodes(c, args, toComplete)
		},
		RunE: func(c *cobra.Command, args []string) error { return a.runRoot(c, args, showVersion) },
	}
	root.SetIn(a.env.Stdin)
	root.SetOut(a.env.Stdout)
	root.SetErr(a.env.Stderr)
	root.Flags().BoolVarP(&showVersion, "version", "v", false, "print the version and exit")
	root.PersistentFlags().BoolVar(&a.json, "json", false, "print JSON (documented schema) for scripts")
	root.PersistentFlags().StringVar(&a.color, "color", "auto", "when to colour the output (`WHEN`: auto, always or never)")
	a.addVerbose(root)
	_ = root.RegisterFlagCompletionFunc("color", fixedCompletions("auto", "always", "never"))
	root.PersistentFlags().StringVar(&a.catalogueFlag, "catalogue", "", "use the catalogue in `DIR` instead of the embedded one (also MTAPI_CATALOGUE)")
	_ = root.MarkPersistentFlagDirname("catalogue")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		if c == c.Root() && len(a.args) > 0 && !strings.HasPrefix(a.args[0], "-") && findSub(c, a.args[0]) == nil {
			// "mtapi serch --limit 3 future": the mistyped command is the mistake, not its flag.
			if s := c.SuggestionsFor(a.args[0]); len(s) > 0 {
				return failCode("unknown_command", ExitUsage, "did you mean 'mtapi "+s[0]+"'?", "unknown command %s for \"mtapi\"", escape.Quote(a.args[0]))
			}
		}
		hint := fmt.Sprintf("run '%s --help'", c.CommandPath())
		if s := suggestFlag(c, err); s != "" {
			hint = "did you mean " + s + "?"
		}
		return failCode("bad_flag", ExitUsage, hint, "%v", err)
	})
	a.setHelp(root)
	root.SetHelpCommand(a.newHelpCmd())
	// --verbose is only where it changes something: cards (decode, the shorthand, search, headers)
	// and the version report.
	root.AddCommand(
		a.addVerbose(newDecodeCmd(a, nil)),
		newRangesCmd(a, nil),
		a.addVerbose(newHeadersCmd(a, nil)),
		a.addVerbose(newSearchCmd(a, nil)),
		a.addVerbose(newVersionCmd(a)),
		newExportCmd(a),
		newCatalogueCmd(a),
	)
	houseArgs(root)
	return root
}

// runRoot is what mtapi does with no command: the version, the help, decoding what is piped in,
// or the shorthand "mtapi 617020" for "mtapi decode 617020".
func (a *app) runRoot(c *cobra.Command, args []string, showVersion bool) error {
	if showVersion {
		return a.printVersion()
	}
	if len(args) == 0 {
		// mtapi alone at a terminal shows the help; curl -si URL | mtapi decodes what is piped
		// in, and a pipe that brought nothing (curl failed) says so rather than showing the
		// help with success.
		if a.term.StdinTTY() {
			return c.Help()
		}
		if err := a.decodeArgs([]string{"-"}, true); errors.Is(err, errNoInput) {
			return a.nothingToDecode(nil, true, "mtapi")
		} else {
			return err
		}
	}
	// "mtapi 617020" (or a code name, or pasted text) is short for "mtapi decode 617020"; a
	// word shaped like a command that is none is a mistyped command, or a command after its
	// arguments. Input not shaped like a command (spaces, digits, punctuation, several words,
	// nothing at all) is never called an unknown command.
	if blank(args) {
		return a.nothingToDecode(args, false, "mtapi")
	}
	for i, arg := range args {
		if !commandShaped(arg) || a.decodable(arg) {
			continue
		}
		if sub := findSub(c, arg); sub != nil && i > 0 && a.allDecodable(args, i) {
			rest := append([]string{arg}, args[:i]...)
			rest = append(rest, args[i+1:]...)
			return failCode("misplaced_command", ExitUsage, "run 'mtapi "+escape.String(strings.Join(rest, " "))+"'",
				"the command %s comes first, before what it works on", escape.Quote(arg))
		}
		if i > 0 {
			continue
		}
		if s := c.SuggestionsFor(arg); len(s) > 0 {
			return failCode("unknown_command", ExitUsage, "did you mean 'mtapi "+s[0]+"'?", "unknown command %s for \"mtapi\"", escape.Quote(arg))
		}
		if len(args) == 1 && !decode.LooksLikeName(arg) {
			return failCode("unknown_command", ExitUsage, "run 'mtapi --help' for the commands, or give a code: 'mtapi 617020'",
				"unknown command %s for \"mtapi\"", escape.Quote(arg))
		}
	}
	return a.decodeArgs(args, false)
}

// addVerbose gives c the --verbose flag and returns it. It has no short form: -v is mtapi's
// --version.
func (a *app) addVerbose(c *cobra.Command) *cobra.Command {
	usage := "show revisions, sources, inferred-name labels and notes in cards"
	if c.Name() == "version" {
		usage = "list the documentation's revisions"
	}
	c.Flags().BoolVar(&a.verbose, "verbose", false, usage)
	return c
}

// houseArgs rewrites the argument-count errors of c and every command below it in mtapi's voice,
// naming the help of the command that was run rather than the root's.
func houseArgs(c *cobra.Command) {
	for _, sub := range c.Commands() {
		houseArgs(sub)
	}
	check := c.Args
	if check == nil {
		return
	}
	c.Args = func(c *cobra.Command, args []string) error {
		err := check(c, args)
		if err == nil {
			return nil
		}
		hint := "run '" + c.CommandPath() + " --help'"
		if len(args) > 0 && c.HasAvailableSubCommands() {
			for _, sub := range c.Commands() {
				if sub.IsAvailableCommand() && decode.EditDistance(args[0], sub.Name(), 2) <= 2 {
					hint = "did you mean '" + sub.CommandPath() + "'?"
				}
			}
		}
		return failCode("bad_arguments", ExitUsage, hint, "%s", argsError(c, args, err))
	}
}

// argsError says what is wrong with the arguments of c in words.
func argsError(c *cobra.Command, args []string, err error) string {
	// The message follows "mtapi: ", so the command is named without the program's name.
	path := strings.TrimPrefix(c.CommandPath(), c.Root().Name()+" ")
	want := strings.TrimSpace(strings.TrimPrefix(c.Use, c.Name()))
	var n, got int
	switch {
	case strings.HasPrefix(err.Error(), "unknown command"):
		if c.HasAvailableSubCommands() {
			return fmt.Sprintf("%s has no command %s", path, escape.Quote(args[0]))
		}
		return fmt.Sprintf("%s takes no arguments, not %s", path, escape.Quote(args[0]))
	case scan(err.Error(), "requires at least %d arg(s), only received %d", &n, &got):
		if want != "" {
			return fmt.Sprintf("%s needs %s", path, want)
		}
		return fmt.Sprintf("%s needs at least %d argument(s)", path, n)
	case scan(err.Error(), "accepts at most %d arg(s), received %d", &n, &got):
		return fmt.Sprintf("%s takes at most %d argument(s), not %d", path, n, got)
	case scan(err.Error(), "accepts %d arg(s), received %d", &n, &got):
		return fmt.Sprintf("%s takes %d argument(s), not %d", path, n, got)
	}
	return err.Error()
}

func scan(s, format string, args ...any) bool {
	k, err := fmt.Sscanf(s, format, args...)
	return err == nil && k == len(args)
}

// newHelpCmd is `mtapi help [command]`: cobra's prints the root help with success for a topic it
// does not know; this one says so, exit 2.
func (a *app) newHelpCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "help [command]",
		Short: "Help about any command",
		ValidArgsFunction: func(c *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
			cmd, _, err := c.Root().Find(args)
			if err != nil || cmd == nil {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			var out []string
			for _, sub := range cmd.Commands() {
				if sub.IsAvailableCommand() && strings.HasPrefix(sub.Name(), toComplete) {
					out = append(out, sub.Name()+"\t"+sub.Short)
				}
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(c *cobra.Command, args []string) error {
			cmd, rest, err := c.Root().Find(args)
			if err != nil || cmd == nil || len(rest) > 0 {
				hint := "run 'mtapi --help' for the commands"
				if s := c.Root().SuggestionsFor(args[len(args)-1]); len(s) > 0 {
					hint = "did you mean 'mtapi help " + s[0] + "'?"
				}
				return failCode("unknown_help_topic", ExitUsage, hint, "no help for %s: it is not a command", escape.Quote(strings.Join(args, " ")))
			}
			return cmd.Help()
		},
	}
}

// strictCompletion makes `mtapi completion` without a shell, or with one it does not know, an error
// (exit 2) rather than its help with success.
func strictCompletion(root *cobra.Command) {
	comp := findSub(root, "completion")
	if comp == nil {
		return
	}
	const shells = "bash, zsh, fish or powershell"
	comp.Args = cobra.ArbitraryArgs
	comp.RunE = func(c *cobra.Command, args []string) error {
		if len(args) == 0 {
			return failCode("missing_shell", ExitUsage, "e.g. 'mtapi completion bash'; 'mtapi completion --help' tells how to install it", "completion needs a shell: %s", shells)
		}
		hint := "the shells are " + shells
		if s := c.SuggestionsFor(args[0]); len(s) > 0 {
			hint = "did you mean 'mtapi completion " + s[0] + "'?"
		}
		return failCode("unknown_shell", ExitUsage, hint, "completion knows no shell %s", escape.Quote(args[0]))
	}
	for _, sub := range comp.Commands() {
		houseArgs(sub)
	}
	ownCompletionScripts(comp)
}

// decodable reports whether a root argument is something to decode: a code list, a name, a pasted
// header line, pasted lines (a response, a ticket), or - for standard input.
func (a *app) decodable(arg string) bool {
	if arg == "-" || codes.IsCodeList(arg) || decode.IsName(a.catalogue(), arg) || strings.Contains(arg, "\n") {
		return true
	}
	if !strings.HasPrefix(strings.ToLower(strings.Trim(arg, " \"'")), "mtapistatus") {
		return false
	}
	for _, t := range decode.Tokens(arg, a.isName) {
		if !codes.IsCodeList(t) {
			return false
		}
	}
	return true
}

// commandShaped reports whether an argument could be a command's name: one word of letters and
// hyphens.
func commandShaped(arg string) bool {
	for i := 0; i < len(arg); i++ {
		if c := arg[i] | 0x20; !(c >= 'a' && c <= 'z') && arg[i] != '-' {
			return false
		}
	}
	return arg != "" && arg[0] != '-'
}

// blank reports whether every argument is empty or white space.
func blank(args []string) bool {
	for _, arg := range args {
		if strings.TrimSpace(arg) != "" {
			return false
		}
	}
	return true
}

// allDecodable reports whether every argument but the one at skip is something to decode.
func (a *app) allDecodable(args []string, skip int) bool {
	for i, arg := range args {
		if i != skip && !a.decodable(arg) {
			return false
		}
	}
	return true
}

func (a *app) isName(s string) bool { return decode.IsName(a.catalogue(), s) }

// Main runs mtapi with args and returns the exit code. Errors go to stderr as "mtapi: <what>" with
// a hint; a closed output pipe (mtapi ranges | head -1) ends quietly with success.
func Main(args []string, env Env) int {
	a := newApp(&env)
	a.args = args
	root := a.tree()
	// cobra's completion command, which cobra would otherwise add only as it executes, is added
	// here, so that its mistakes are told in mtapi's voice.
	root.InitDefaultCompletionCmd(args...)
	strictCompletion(root)
	return a.exec(root, args)
}

// exec runs args on root and returns the exit code.
func (a *app) exec(root *cobra.Command, args []string) int {
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
		a.sayError(ee)
	}
	return ee.code
}

// errWrite marks a failure to write the output, as opposed to reading the input.
var errWrite = errors.New("writing output")

// Run is the process entry point: it runs mtapi on the real standard streams and environment, whose
// terminals are probed once, here.
func Run(build BuildInfo) int {
	// A reader that goes away (mtapi ... | head -1) must end mtapi quietly with success, not kill it
	// with SIGPIPE: ignore the signal and treat EPIPE as the end of the output.
	signal.Ignore(syscall.SIGPIPE)
	return Main(os.Args[1:], Env{
		Stdin:  os.Stdin,
		Stdout: os.Stdout,
		Stderr: os.Stderr,
		Getenv: os.Getenv,
		Term:   term.Probe(os.Stdin, os.Stdout, os.Stderr),
		Build:  build,
		Interrupt: func() (<-chan os.Signal, func()) {
			c := make(chan os.Signal, 1)
			signal.Notify(c, os.Interrupt, syscall.SIGTERM)
			return c, func() { signal.Stop(c) }
		},
	})
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
	// The cause, without errWrite's own words: flushLive joins the two with %w twice, which
	// errors.Unwrap cannot take apart (it would say <nil>).
	cause := strings.TrimPrefix(err.Error(), errWrite.Error()+": ")
	return failCode("write_failed", ExitUsage, "check that the output can be written", "writing output: %s", cause)
}
