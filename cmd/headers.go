package cmd

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/mtapi-cli/mtapi/internal/decode"
	"github.com/mtapi-cli/mtapi/internal/escape"
	"github.com/mtapi-cli/mtapi/internal/headers"
	"github.com/mtapi-cli/mtapi/internal/render"
)

// headersOptions are what `mtapi headers` was asked.
type headersOptions struct {
	app     *app
	Sources []string
	Last    bool
	Summary bool
	Gate    gateFlags
	// Format forces a reader (--format); Formats lists them (--formats); Explain says on stderr
	// how the answer came out (--explain).
	Format           string
	Formats, Explain bool
}

// newHeadersCmd builds `mtapi headers`; runF replaces the behaviour in tests of flag parsing.
func newHeadersCmd(a *app, runF func(*headersOptions) error) *cobra.Command {
	opts := &headersOptions{app: a}
	c := &cobra.Command{
		Use:   "headers [file|-]...",
		Short: "Find and decode every mtapistatus header in a response",
		Long: `Read HTTP responses, dumps or logs from files or standard input, find every mtapistatus header and decode its values.

Understood without options: raw responses (curl -i, -I, -D -, -v, -L, several URLs; wget -S; HTTPie; socket dumps), debug output (curl --trace/--trace-ascii, nghttp -v, Python http.client debug, tshark -V/-O/-T json), JSON header objects, HAR files, headers printed by Python, Node, Go, Java, Ruby, Perl (Data::Dumper) and PHP (print_r, var_dump), and logs (nginx/Apache key=value fields, JSON lines, IIS W3C logs, free text). UTF-8 and UTF-16 are read; colour codes are ignored.

Only a header named exactly mtapistatus (any case) counts, never a request header or a response body. Each response is reported as soon as it is complete; --summary counts codes over everything.

Each family of formats has a reader: --formats lists them (docs/formats.md), --format NAME reads with one only, like Wireshark's Decode As, and --explain says on stderr which reader claimed which lines and why each value counted or not.

A CI gate: --fail-on EXPR exits 3 when a response matches EXPR, ` + failOnGrammar + `. Each response that matches is told on stderr as it is read (a GitHub Actions annotation with its file and line where GITHUB_ACTIONS=true); --fail-fast stops at the first. --report junit=FILE writes a JUnit XML report, one test case per response. See docs/ci.md.

Exit status: 0 found (with --fail-on: the gate did not trip), 1 no mtapistatus found, 2 bad usage or unreadable input (even when the gate tripped), 3 the gate tripped, 130 interrupted (the report is still written).`,
		Example: `  curl -si URL | mtapi headers
  curl -sv URL 2>&1 | mtapi headers --last
  mtapi headers capture.har
  mtapi headers --summary access.log
  pbpaste | mtapi headers --json
  mtapi headers --explain ticket.txt
  mtapi headers --format json app.log
  mtapi headers --fail-on '901xxx,http>=500' --report junit=r.xml a.har
  tail -f access.log | mtapi headers --fail-on none,invalid --fail-fast`,
		RunE: func(c *cobra.Command, args []string) error {
			opts.Sources = args
			if runF != nil {
				return runF(opts)
			}
			return runHeadersCmd(opts)
		},
	}
	c.Flags().BoolVar(&opts.Last, "last", false, "show only the final response of each input (after redirects)")
	c.Flags().BoolVar(&opts.Summary, "summary", false, "count each distinct code over all inputs, most frequent first")
	c.Flags().StringVar(&opts.Format, "format", "", "read the input as this format only, like Wireshark's Decode As (see --formats)")
	c.Flags().BoolVar(&opts.Formats, "formats", false, "list the formats (readers) and what each reads, in the order they are tried")
	c.Flags().BoolVar(&opts.Explain, "explain", false, "say on stderr which reader claimed which lines and why each value counted or not")
	_ = c.RegisterFlagCompletionFunc("format", completeFormats)
	addGateFlags(c, a, &opts.Gate)
	return c
}

// completeFormats offers the readers' names, each with its one line.
func completeFormats(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	var out []string
	for _, f := range headers.Formats() {
		out = append(out, f.Name+"\t"+f.About)
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

func runHeadersCmd(opts *headersOptions) error {
	a := opts.app
	if opts.Summary && opts.Last {
		return failCode("conflicting_flags", ExitUsage, "use --summary to count every response, or --last to see the final one", "--summary and --last cannot be combined: a summary counts every response")
	}
	p, err := a.printer()
	if err != nil {
		return err
	}
	if opts.Formats {
		p.Formats(headers.Formats())
		return finish(p, nil)
	}
	if opts.Format != "" && !slices.ContainsFunc(headers.Formats(), func(f headers.Format) bool { return f.Name == opts.Format }) {
		return failCode("unknown_format", ExitUsage, "mtapi headers --formats lists them", "unknown format %s", escape.Quote(opts.Format))
	}
	sources := opts.Sources
	if len(sources) == 0 {
		sources = []string{"-"}
	}
	g, err := a.newGateRun(opts.Gate, opts.Last, sources)
	if err != nil {
		return err
	}
	if a.term.StdinTTY() && slices.Contains(sources, "-") {
		// Someone typed "mtapi headers" (or "-") at a terminal: say why nothing happens yet.
		a.note("reading_terminal", "reading response headers from the terminal; paste them, then press Ctrl-D", "")
	}
	read := headers.Options{Format: opts.Format}
	return finish(p, a.runHeaders(p, sources, opts.Last, opts.Summary, g, read, opts.Explain))
}

// headersRun holds what one `mtapi headers` run learns across its inputs.
type headersRun struct {
	a       *app
	p       *render.Printer
	last    bool
	summary *headers.Summary // nil unless --summary
	rows    map[int]decode.Result
	found   bool
	bad     bool
	readErr error
	gate    *gateRun // nil without --fail-on or --report
	// stop: --fail-fast or Ctrl-C ended the reading; interrupted: Ctrl-C did.
	stop, interrupted bool
	// read says how inputs are read (--format); explain: --explain.
	read    headers.Options
	explain bool
	// resolved keeps the decoding of a response's lone value (results).
	resolved map[string][]decode.Result
}

func (a *app) runHeaders(p *render.Printer, sources []string, last, summary bool, g *gateRun, read headers.Options, explain bool) error {
	run := &headersRun{a: a, p: p, last: last, gate: g, read: read, explain: explain}
	if summary {
		run.summary = &headers.Summary{}
		run.rows = map[int]decode.Result{}
	} else {
		p.BeginResponses()
		defer p.EndResponses()
	}
	for _, src := range sources {
		if err := run.source(src); errors.Is(err, errWrite) {
			return err
		}
		if run.stop {
			break
		}
	}
	if summary {
		run.printSummary()
	}
	if g != nil {
		if err, decided := g.finish(run.readErr, run.interrupted); decided {
			return err
		}
	}
	switch {
	case run.readErr != nil:
		return run.readErr
	case !run.found || run.bad:
		return quietExit(ExitNotFound)
	}
	return nil
}

// source reads one input. Each response is written as soon as it is complete; the output is
// flushed whenever the parser must read more input from a pipe or a terminal (Options.BeforeRead), so a
// live stream shows each response at once; a regular file is written in large blocks.
func (run *headersRun) source(src string) error {
	var r io.Reader = run.a.stdin()
	live := headers.Live(run.a.env.Stdin)
	if src != "-" {
		f, err := os.Open(src)
		if err != nil {
			run.readErr = run.noteReadError(src, err)
			return nil
		}
		defer f.Close()
		r, live = f, headers.Live(f)
	}
	s := &sourceRun{run: run, src: src, live: live}
	if run.summary == nil {
		run.p.BeginSource(src, run.last)
	}
	run.gate.beginSource(src)
	read := run.read
	if run.explain {
		asJSON := run.a.jsonErrors()
		read.Explain = func(e headers.Explanation) {
			_, _ = run.a.env.Stderr.Write(render.ExplainLine(src, e, asJSON))
		}
	}
	read.BeforeRead = s.beforeRead
	out, err := headers.ParseWith(run.gate.reader(r), read, s.response)
	return s.end(err, out)
}

// sourceRun is the state of one input. The printer holds one response back for JSON (to mark the
// final one) and for --last; on a live stream a response held back is written after liveHold if
// nothing follows it, marked as not known to be final. The timer writes under mu.
type sourceRun struct {
	run   *headersRun
	src   string
	live  bool
	mu    sync.Mutex
	count int
	timer *time.Timer
	gen   int // counts responses, so that a timer that fired late does not write a newer one
}

// beforeRead flushes the output, and on a live stream starts the timer for a held response.
func (s *sourceRun) beforeRead() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.live && s.timer == nil && s.run.summary == nil && s.run.p.Holding() {
		g := s.gen
		s.timer = time.AfterFunc(liveHold, func() { s.writeHeld(g) })
	}
	if !s.live {
		// A regular file is read to its end and never waits: its output is written as the
		// buffer fills, not before every read (800 writes for 50 MB).
		return nil
	}
	return flushLive(s.run.p)
}

func (s *sourceRun) writeHeld(g int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if g == s.gen {
		s.run.p.WriteHeld()
		_ = s.run.p.Flush() // a failure shows again at the next flush
	}
}

// response decodes, counts and writes (or lets the printer hold) one response.
func (s *sourceRun) response(resp headers.Response) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.timer != nil {
		s.timer.Stop()
		s.timer = nil
	}
	s.gen++
	s.count++
	run := s.run
	v := render.Response{Source: s.src, Response: resp, Results: run.results(resp.Values)}
	for _, res := range v.Results {
		run.bad = run.bad || !res.Found
		run.count(res)
	}
	// Values past the cap are not shown, but still decide the exit status.
	run.bad = run.bad || resp.Dropped > 0
	run.found = run.found || resp.Found
	run.gate.judge(&v)
	if run.summary != nil {
		run.summary.AddResponse(resp)
		return run.gate.response(&v)
	}
	run.p.Add(&v)
	return run.gate.response(&v)
}

// end writes what the input's end decides: the final response, the note naming it, or why nothing
// was found.
func (s *sourceRun) end(err error, out headers.Outcome) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.timer != nil {
		s.timer.Stop()
	}
	s.gen++
	run := s.run
	if errors.Is(err, errWrite) {
		return err
	}
	if run.summary == nil {
		run.p.EndSource()
	}
	switch {
	case errors.Is(err, errGateStop):
		run.stop, err = true, nil
	case errors.Is(err, errInterrupted):
		run.stop, run.interrupted, err = true, true, nil
	}
	if gerr := run.gate.endSource(); gerr != nil {
		run.stop = true
	}
	if err != nil {
		run.readErr = run.noteReadError(s.src, err)
		return nil
	}
	notices := out.Notices()
	if len(notices) > 0 {
		// What the input's responses were comes before what is said about it.
		if err := flushLive(run.p); err != nil {
			return err
		}
	}
	for _, n := range notices {
		run.a.notify(outcomeNotice(n, out, s.src))
	}
	return nil
}

// outcomeNotice words what headers says to tell about an input.
func outcomeNotice(n headers.Notice, out headers.Outcome, src string) notice {
	name := sourceName(src)
	switch n {
	case headers.RequestOnly:
		return notice{code: "request_only", input: src,
			msg:  "no response in " + name + ": it shows only what was sent, and a request's headers never count",
			hint: "the response's headers are what count: curl -si URL, or 2>&1 for curl -v"}
	case headers.PassedOver:
		return notice{code: "passed_over", input: src, line: out.FirstPassed,
			msg:  fmt.Sprintf("%s: passed over %s (the first on line %d): not a response's own header", name, passedWords(out), out.FirstPassed),
			hint: "--explain says why, line by line"}
	}
	return notice{code: "no_headers", msg: "no response headers in " + name, hint: "add -i to curl, or 2>&1 for curl -v; or paste the response headers", input: src}
}

// passedWords says what was passed over: "1 mtapistatus line on the request side", ...
func passedWords(out headers.Outcome) string {
	what := plural(out.PassedRequest+out.PassedOther, "line") + " naming mtapistatus"
	switch {
	case out.PassedOther == 0:
		return what + ", on the request side"
	case out.PassedRequest == 0:
		return what + ", in a body or printed after the response"
	}
	return fmt.Sprintf("%s, %d on the request side and %d in a body or printed after the response", what, out.PassedRequest, out.PassedOther)
}

// count adds a value to the summary.
// results decodes a response's values. A stream repeats its codes, and nothing changes a response's
// results once made: the decoding of a lone value is kept, and shared by the responses that carry it.
func (run *headersRun) results(vals []string) []decode.Result {
	if len(vals) == 0 {
		return nil
	}
	if res, ok := run.resolved[vals[0]]; ok && len(vals) == 1 {
		return res
	}
	out := make([]decode.Result, 0, len(vals))
	for _, val := range vals {
		out = append(out, decode.ResolveValue(run.a.catalogue(), val))
	}
	if len(vals) == 1 && len(run.resolved) < maxResolved {
		if run.resolved == nil {
			run.resolved = map[string][]decode.Result{}
		}
		run.resolved[vals[0]] = out
	}
	return out
}

// maxResolved bounds the lone values whose decoding a run keeps.
const maxResolved = 1024

func (run *headersRun) count(res decode.Result) {
	if run.summary == nil {
		return
	}
	if !res.HasCode {
		run.summary.AddInvalid(res.Input)
		return
	}
	run.summary.AddCode(res.Code)
	if _, ok := run.rows[res.Code]; !ok && len(run.rows) < headers.MaxSummaryCodes {
		run.rows[res.Code] = res
	}
}

func (run *headersRun) printSummary() {
	v := render.SummaryView{Totals: *run.summary}
	for _, c := range run.summary.Codes() {
		v.Rows = append(v.Rows, render.SummaryRow{Count: c.Count, Result: run.rows[c.Code]})
	}
	run.p.Summary(v)
}

// liveHold is how long JSON output waits, on a live stream, to learn whether a response is the
// final one before writing it anyway: short enough that a response shows within 50 ms of the
// line that completes it, long enough that the responses of one burst (curl -L) are marked.
const liveHold = 20 * time.Millisecond

func sourceName(src string) string {
	if src == "-" {
		return "standard input"
	}
	return escape.Quote(src)
}

// noteReadError reports an unreadable input at once, and in the report, and returns the error that
// sets the exit status.
func (run *headersRun) noteReadError(src string, err error) error {
	run.gate.unreadable(src, readErrorText(src, err))
	return run.a.noteReadError(run.readErr, src, err)
}

func readErrorText(src string, err error) string {
	switch {
	case errors.Is(err, headers.ErrNotText):
		return fmt.Sprintf("%s is not text (binary data?)", sourceName(src))
	case errors.Is(err, headers.ErrTooDeep):
		return fmt.Sprintf("%s nests brackets deeper than %d levels", sourceName(src), headers.MaxDepth)
	}
	return fmt.Sprintf("cannot read %s: %v", sourceName(src), unwrapPath(err))
}

// noteReadError reports an unreadable input at once, so the other inputs still get decoded, and
// returns the error that sets the exit status.
func (a *app) noteReadError(prev error, src string, err error) error {
	code, hint := "unreadable_input", "check the path and its permissions"
	switch {
	case errors.Is(err, headers.ErrNotText):
		code, hint = "not_text", "give response headers as text: UTF-8, or UTF-16 with a byte-order mark"
	case errors.Is(err, headers.ErrTooDeep):
		code, hint = "too_deep", "give headers, a HAR file or a JSON document of ordinary depth"
	}
	a.warn(code, ExitUsage, src, readErrorText(src, err), hint)
	if prev != nil {
		return prev
	}
	return quietExit(ExitUsage)
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
