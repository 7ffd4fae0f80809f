package cmd

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"github.com/mtapi-cli/mtapi/internal/escape"
	"github.com/mtapi-cli/mtapi/internal/gate"
	"github.com/mtapi-cli/mtapi/internal/render"
)

// gateFlags are the CI gate's flags of `mtapi headers`.
type gateFlags struct {
	FailOn   string
	FailFast bool
	Report   string
}

// failOnGrammar is the --fail-on grammar in the words of --help, the man page and the hints.
const failOnGrammar = "a comma list of conditions: a code (617020), a range (901000-902999), a mask (901xxx), controller=NAME, a state (" +
	"current, superseded, duplicate, placeholder, typo, notset, undocumented, unknown, invalid), none (no mtapistatus header), or http=409, http>=500 (also !=, >, <, <=)"

func addGateFlags(c *cobra.Command, a *app, f *gateFlags) {
	c.Flags().StringVar(&f.FailOn, "fail-on", "", "exit 3 if a response matches `EXPR`: codes, ranges, masks (901xxx), controller=NAME, states, none, http>=500 (see above)")
	c.Flags().BoolVar(&f.FailFast, "fail-fast", false, "with --fail-on, stop at the first response that matches")
	c.Flags().StringVar(&f.Report, "report", "", "write a report as `junit=FILE` (JUnit XML: one test case per response)")
	_ = c.RegisterFlagCompletionFunc("fail-on", a.completeFailOn)
	_ = c.RegisterFlagCompletionFunc("report", fixedCompletions("junit="))
}

// completeFailOn offers the words of --fail-on, after any conditions already typed.
func (a *app) completeFailOn(_ *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	head, word := "", toComplete
	if i := strings.LastIndexByte(toComplete, ','); i >= 0 {
		head, word = toComplete[:i+1], toComplete[i+1:]
	}
	var out []string
	if strings.HasPrefix(strings.ToLower(word), "controller=") {
		for _, c := range a.catalogue().Controllers() {
			name := strings.ReplaceAll(c.Name, " ", "")
			if strings.HasPrefix(strings.ToLower("controller="+name), strings.ToLower(word)) {
				out = append(out, head+"controller="+name+"\t"+strconv.Itoa(c.Start)+"–"+strconv.Itoa(c.End))
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveKeepOrder | cobra.ShellCompDirectiveNoSpace
	}
	for _, w := range gate.Words() {
		if strings.HasPrefix(w, strings.ToLower(word)) {
			out = append(out, head+w)
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveKeepOrder | cobra.ShellCompDirectiveNoSpace
}

// gateRun is what the gate and the report learn over a run of `mtapi headers`.
type gateRun struct {
	a        *app
	expr     *gate.Expr // nil without --fail-on
	failFast bool
	last     bool
	annotate bool // GITHUB_ACTIONS=true
	junit    *render.JUnit
	path     string // of the report
	out      *os.File
	spool    *os.File
	held     *render.Response // --last: the source's latest response, checked at its end

	mu         sync.Mutex
	responses  int
	tripped    int
	stopped    bool // --fail-fast stopped the run
	interrupts <-chan os.Signal
	stopSignal func()
}

// errGateStop ends the reading of input: --fail-fast met a response that trips the gate.
var errGateStop = errors.New("the gate tripped")

// errInterrupted ends the reading of input on Ctrl-C.
var errInterrupted = errors.New("interrupted")

// newGateRun checks the gate's flags and opens the report before any input is read; it returns nil
// when neither --fail-on nor --report was given.
func (a *app) newGateRun(f gateFlags, last bool, sources []string) (*gateRun, error) {
	if f.FailOn == "" && f.FailFast {
		return nil, failCode("usage", ExitUsage, "add --fail-on EXPR, e.g. --fail-on 901xxx --fail-fast", "--fail-fast needs --fail-on")
	}
	if f.FailOn == "" && f.Report == "" {
		return nil, nil
	}
	g := &gateRun{a: a, failFast: f.FailFast, last: last, annotate: a.env.Getenv("GITHUB_ACTIONS") == "true"}
	if f.FailOn != "" {
		expr, err := gate.Parse(a.catalogue(), f.FailOn)
		var se *gate.SyntaxError
		if errors.As(err, &se) {
			hint := "--fail-on takes " + failOnGrammar
			if se.Suggestion != "" {
				hint = "did you mean " + escape.Quote(se.Suggestion) + "? " + hint
			}
			return nil, &exitError{code: ExitUsage, errCode: "bad_fail_on", msg: escape.String(se.Error()), hint: hint, input: se.Word}
		}
		g.expr = expr
	}
	if f.Report != "" {
		if err := g.openReport(f.Report, sources); err != nil {
			return nil, err
		}
	}
	if a.env.Interrupt != nil {
		g.interrupts, g.stopSignal = a.env.Interrupt()
	}
	return g, nil
}

// openReport creates the report file and its spool, so that a path that cannot be written is an
// error before any input is read.
func (g *gateRun) openReport(spec string, sources []string) error {
	format, path, ok := strings.Cut(spec, "=")
	if !ok || format != "junit" || path == "" {
		return &exitError{code: ExitUsage, errCode: "bad_report", msg: fmt.Sprintf("--report %s: give the format and the file, as junit=FILE", escape.Quote(spec)),
			hint: "the formats: junit (JUnit XML), e.g. --report junit=mtapi-report.xml", input: spec}
	}
	if fi, err := os.Stat(path); err == nil {
		// Opening the report empties it: never an input of the same run.
		for _, src := range sources {
			if si, err := os.Stat(src); src != "-" && err == nil && os.SameFile(fi, si) {
				return &exitError{code: ExitUsage, errCode: "bad_report", msg: fmt.Sprintf("--report %s would overwrite the input %s", escape.Quote(path), escape.Quote(src)),
					hint: "write the report to another file", input: path}
			}
		}
	}
	out, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return &exitError{code: ExitUsage, errCode: "report_unwritable", msg: fmt.Sprintf("cannot write the report %s: %v", escape.Quote(path), unwrapPath(err)),
			hint: "check that the directory exists and can be written", input: path}
	}
	spool, err := os.CreateTemp(filepath.Dir(path), ".mtapi-report-*.tmp")
	if err != nil {
		out.Close()
		return &exitError{code: ExitUsage, errCode: "report_unwritable", msg: fmt.Sprintf("cannot write the report %s: %v", escape.Quote(path), unwrapPath(err)),
			hint: "check that the directory exists and can be written", input: path}
	}
	// Unlinked at once where the system allows: the spool never outlives the run.
	if os.Remove(spool.Name()) == nil {
		g.spool = spool
	} else {
		g.spool = spool // removed in finish instead
	}
	g.out, g.path = out, path
	name := "mtapi headers"
	if g.expr != nil {
		name += " --fail-on " + g.expr.String()
	}
	g.junit = render.NewJUnit(out, spool, name)
	return nil
}

// reader makes r end with errInterrupted on Ctrl-C, when the run has a gate or a report.
func (g *gateRun) reader(r io.Reader) io.Reader {
	if g == nil || g.interrupts == nil {
		return r
	}
	return &interruptReader{r: r, stop: g.interrupts}
}

func (g *gateRun) beginSource(src string) {
	if g == nil {
		return
	}
	if g.junit != nil {
		g.junit.BeginSource(src)
	}
}

// response checks one response (the latest of its source, with --last, at the source's end) and
// reports whether reading must stop (--fail-fast).
// judge marks v with the condition it matches, before it is written, so that the output can say
// so (headers --json's tripped_by).
func (g *gateRun) judge(v *render.Response) {
	if g == nil || g.expr == nil {
		return
	}
	if t, ok := g.expr.Check(v.Response, v.Results); ok {
		v.Trip = &t
	}
}

func (g *gateRun) response(v *render.Response) error {
	if g == nil {
		return nil
	}
	if g.last {
		held := *v
		g.held = &held
		return nil
	}
	return g.check(v)
}

func (g *gateRun) check(v *render.Response) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.responses++
	var tripped *render.Trip
	if v.Trip != nil {
		tripped = &render.Trip{Response: *v, Trip: *v.Trip}
		g.tripped++
	}
	if g.junit != nil {
		g.junit.Case(v, tripped)
	}
	if tripped == nil {
		return nil
	}
	g.sayTrip(tripped)
	if g.failFast {
		g.stopped = true
		return errGateStop
	}
	return nil
}

// sayTrip tells, as the stream goes, which response tripped the gate: a GitHub Actions annotation
// where GITHUB_ACTIONS=true, a line on stderr otherwise; under --json, a notice line that carries
// the annotation as its "annotation" member.
func (g *gateRun) sayTrip(t *render.Trip) {
	n := notice{code: "gate_trip", msg: t.Where() + ": " + t.Text() + " (--fail-on " + t.Trip.Cond + ")", input: t.Source}
	n.line = t.Response.Response.Line
	if g.annotate {
		n.annotation = t.Annotation()
		if !g.a.json {
			_, _ = io.WriteString(g.a.env.Stderr, n.annotation+"\n")
			return
		}
	}
	g.a.notify(n)
}

// endSource ends one input: with --last, its final response is the one checked.
func (g *gateRun) endSource() error {
	if g == nil || g.held == nil {
		return nil
	}
	v := g.held
	g.held = nil
	v.Final = true
	return g.check(v)
}

// unreadable records an input that could not be read.
func (g *gateRun) unreadable(src, msg string) {
	if g == nil || g.junit == nil {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	g.junit.Unreadable(src, msg)
}

// finish writes the report and the closing notes, and turns the run's outcome into the exit status:
// 130 when interrupted, 2 when an input could not be read (the answer is incomplete), 3 when the
// gate tripped, 0 otherwise (even where no mtapistatus was found). Without --fail-on (a report
// alone), it reports decided false, and the exit status is what it would be without the report.
func (g *gateRun) finish(readErr error, interrupted bool) (err error, decided bool) {
	err = g.finishReport(readErr, interrupted)
	return err, err != nil || g.expr != nil
}

func (g *gateRun) finishReport(readErr error, interrupted bool) error {
	if g.stopSignal != nil {
		g.stopSignal()
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	var reportErr error
	if g.junit != nil {
		tests, failures, err := g.junit.Close()
		if cerr := g.out.Close(); err == nil {
			err = cerr
		}
		g.spool.Close()
		_ = os.Remove(g.spool.Name())
		if err != nil {
			reportErr = &exitError{code: ExitUsage, errCode: "report_unwritable", msg: fmt.Sprintf("writing the report %s: %v", escape.Quote(g.path), unwrapPath(err)),
				hint: "check that the file system has room", input: g.path}
		} else {
			g.a.notify(notice{code: "report_written", input: g.path, msg: fmt.Sprintf("JUnit report %s: %s, %d failed (written incrementally: each response is spooled to disk as it is read, so memory stays flat)",
				escape.Quote(g.path), plural(tests, "test case"), failures)})
		}
	}
	if g.expr != nil && !interrupted {
		what := fmt.Sprintf("responses matching --fail-on %s: %d of %d", escape.String(g.expr.String()), g.tripped, g.responses)
		switch {
		case g.stopped:
			g.a.notify(notice{code: "gate_stopped", msg: "stopped at the first response that matches (--fail-fast)"})
		case g.tripped == 0:
			g.a.notify(notice{code: "gate_passed", msg: "gate passed: " + what})
		}
		if g.tripped > 0 && (readErr != nil || reportErr != nil) {
			// The exit status says the answer is incomplete; the gate's finding is still told.
			g.a.notify(notice{code: "gate_tripped", msg: "gate tripped: " + what})
		}
		if g.tripped > 0 && readErr == nil && reportErr == nil {
			return &exitError{code: ExitGate, errCode: "gate_tripped", msg: "gate tripped: " + what, hint: "exit status 3: the input holds what --fail-on names"}
		}
	}
	switch {
	case interrupted:
		return &exitError{code: ExitInterrupted, errCode: "interrupted", msg: fmt.Sprintf("interrupted after %d responses", g.responses)}
	case reportErr != nil:
		return reportErr
	case readErr != nil:
		return readErr
	}
	return nil
}

// interruptReader reads in a goroutine, so that Ctrl-C can end a read that waits on a pipe or a
// terminal: the run then writes its report of what it read. The goroutine reads into a buffer of its
// own; an abandoned read ends with the process.
type interruptReader struct {
	r       io.Reader
	stop    <-chan os.Signal
	done    bool
	pending chan readResult
	buf     []byte
}

type readResult struct {
	n   int
	err error
}

func (ir *interruptReader) Read(p []byte) (int, error) {
	if ir.done {
		return 0, errInterrupted
	}
	if ir.pending == nil {
		ir.pending = make(chan readResult, 1)
	}
	if len(ir.buf) < len(p) {
		ir.buf = make([]byte, len(p))
	}
	buf := ir.buf[:len(p)]
	go func() {
		n, err := ir.r.Read(buf)
		ir.pending <- readResult{n, err}
	}()
	select {
	case res := <-ir.pending:
		return copy(p, buf[:res.n]), res.err
	case <-ir.stop:
		ir.done = true
		return 0, errInterrupted
	}
}

// plural is "1 response", "2 responses".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}
