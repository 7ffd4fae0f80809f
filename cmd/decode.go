package cmd

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/decode"
	"github.com/mtapi-cli/mtapi/internal/escape"
	"github.com/mtapi-cli/mtapi/internal/headers"
	"github.com/mtapi-cli/mtapi/internal/render"
	"github.com/mtapi-cli/mtapi/internal/search"
)

// decodeOptions are what `mtapi decode` was asked.
type decodeOptions struct {
	app  *app
	Args []string
}

// newDecodeCmd builds `mtapi decode`; runF replaces the behaviour in tests of flag parsing.
func newDecodeCmd(a *app, runF func(*decodeOptions) error) *cobra.Command {
	opts := &decodeOptions{app: a}
	return &cobra.Command{
		Use:   "decode <code|name|->...",
		Short: "Decode status codes or names",
		Long: `Decode MTAPI status codes or code names.

Each argument may be a number (617020, -1, 404, 4041001), a code name in any case and with any separators (UpdateDateCannotBeInFuture, update_date_cannot_be_in_future), a comma list as the header carries it (617020,901002), a pasted header line ("mtapistatus: 617020"), or - to read codes and names from standard input, separated by white space or commas. Punctuation around a number (617020. or (617020)) is ignored.

Without arguments, codes are read from standard input when it is not a terminal. When standard input (or an argument) is an HTTP response, a header block or printed headers, only its mtapistatus values are decoded, as mtapi headers would.

Where the documentation printed several entries for one number, all are shown: current ones first, then placeholders and superseded history, marked. --verbose adds each entry's revisions, sources and notes.`,
		Example: `  mtapi decode 617020
  mtapi decode 617020,901002 -1
  mtapi decode updatedatecannotbeinfuture
  echo "617020 4041001" | mtapi decode -
  curl -si URL | mtapi decode`,
		ValidArgsFunction: a.completeCodes,
		RunE: func(c *cobra.Command, args []string) error {
			opts.Args = args
			if runF != nil {
				return runF(opts)
			}
			return runDecodeCmd(opts)
		},
	}
}

func runDecodeCmd(opts *decodeOptions) error {
	a, args := opts.app, opts.Args
	implicit := false
	if len(args) == 0 {
		// Piped input needs no "-": echo 617020 | mtapi decode.
		if a.term.StdinTTY() {
			return failCode("no_input", ExitUsage, noInputHint, "decode needs a code, a name or -")
		}
		args, implicit = []string{"-"}, true
	}
	err := a.decodeArgs(args, implicit)
	if errors.Is(err, errNoInput) {
		return a.nothingToDecode(args, implicit, "mtapi decode")
	}
	return err
}

// nothingToDecode is the error for a run that found nothing at all to decode: nothing piped in, or
// only empty arguments. Exit 2: it is a mistake in how mtapi was run, not a code that was not found.
func (a *app) nothingToDecode(args []string, implicit bool, command string) error {
	pipeHint := "pipe a response with 'curl -si URL | " + command + "', or give a code: '" + command + " 617020'"
	stdin := len(args) == 1 && args[0] == "-"
	switch {
	case stdin && a.term.StdinTTY():
		return failCode("no_input", ExitUsage, "type or paste codes or names before Ctrl-D, or give one: '"+command+" 617020'", "nothing to decode: nothing was typed")
	case implicit:
		return failCode("no_input", ExitUsage, pipeHint, "nothing was piped in: standard input was empty")
	case stdin:
		return failCode("no_input", ExitUsage, pipeHint, "nothing to decode: standard input was empty")
	}
	return failCode("no_input", ExitUsage, "give a code or a name: '"+command+" 617020'", "nothing to decode: the argument is empty")
}

// errNoInput says that a run found nothing to decode: no token and no response.
var errNoInput = errors.New("no input")

const noInputHint = "e.g. 'mtapi decode 617020', or '-' to read codes from stdin"

// decodeArgs decodes every input of args; implicit says standard input was read without a "-".
func (a *app) decodeArgs(args []string, implicit bool) error {
	p, err := a.printer()
	if err != nil {
		return err
	}
	d := &decoder{app: a, p: p}
	err = d.run(args)
	if err == nil && d.count == 0 && !d.responses {
		err = errNoInput
	}
	return finish(p, err)
}

// decoder is one run of decode over its arguments.
type decoder struct {
	app       *app
	p         *render.Printer
	count     int
	missing   int
	responses bool // some input was a response read as headers
	// reports are unknown names told on stderr after the output, so that on a terminal they are
	// not buried in it.
	reports []decode.Result
}

func (d *decoder) show(r decode.Result) {
	if r.ByName && r.Status == decode.StatusUnknown && len(r.Suggestions()) == 0 {
		r.SearchFinds = d.app.searchFinds(r.Input)
	}
	d.count++
	d.p.Result(r)
	if !r.Found {
		d.missing++
		if len(d.reports) < 20 && (r.ByName || r.HasCode || r.Status == decode.StatusInvalid) {
			d.reports = append(d.reports, r)
		}
	}
}

func (d *decoder) run(args []string) error {
	a := d.app
	defer func() {
		_ = d.p.Flush()
		// On a terminal the card already said it: an unknown input is reported once.
		if d.p.Format() == render.Styled && a.term.StdoutTTY() && a.term.StderrTTY() {
			return
		}
		for _, r := range d.reports {
			a.reportUnknown(r)
		}
	}()
	d.p.BeginList()
	// Arguments are read in groups between the ones read on their own ("-", a pasted response):
	// a group written as codes and names is decoded token by token, anything else is free text.
	var group []string
	for i := 0; i <= len(args); i++ {
		var err error
		special := i < len(args) && (args[i] == "-" || strings.Contains(args[i], "\n") || decode.Pasted(args[i]))
		if i == len(args) || special {
			err = d.group(group)
			group = group[:0]
		} else {
			group = append(group, args[i])
		}
		if err == nil && special {
			switch {
			case args[i] == "-":
				err = d.stream(a.stdin(), "standard input")
			case strings.Contains(args[i], "\n"):
				// Pasted lines are read as the same lines piped in would be.
				err = d.lines(bufio.NewReaderSize(strings.NewReader(args[i]), 64<<10), "the argument")
			default:
				err = d.responsesIn(strings.NewReader(args[i]), "the argument", "an HTTP response", true)
			}
		}
		if err != nil {
			if !errors.Is(err, errWrite) {
				d.p.EndList()
			}
			return err
		}
	}
	d.p.EndList()
	if d.missing > 0 {
		return quietExit(ExitNotFound)
	}
	return nil
}

// group decodes arguments given together: token by token when they are codes and names, else as
// one free text.
func (d *decoder) group(args []string) error {
	a := d.app
	if len(args) == 0 {
		return nil
	}
	query := true
	for _, arg := range args {
		query = query && (strings.TrimSpace(arg) == "" || decode.IsQuery(a.catalogue(), arg))
	}
	if !query {
		what := "the argument"
		if len(args) > 1 {
			what = "the arguments"
		}
		return d.text(strings.NewReader(strings.Join(args, " ")), what)
	}
	var toks []string
	for _, arg := range args {
		toks = append(toks, decode.Tokens(arg, a.isName)...)
	}
	for _, r := range decode.ResolveTokens(a.catalogue(), toks) {
		d.show(r)
	}
	return nil
}

// text reads free text for the codes, names and messages it mentions, shows each, and says on
// stderr how much was passed over.
func (d *decoder) text(in io.Reader, what string) error {
	return d.textAfter(in, what, 0)
}

// textAfter is text for the rest of an input of which shown codes were already shown: finding
// nothing more in it is then a note, not a failure.
func (d *decoder) textAfter(in io.Reader, what string, shown int) error {
	a := d.app
	d.responses = true
	rep, err := decode.ReadText(a.catalogue(), in, func(r decode.Result) error {
		d.show(r)
		return flushLive(d.p)
	})
	switch {
	case errors.Is(err, errWrite):
		return err
	case err != nil:
		return failCode("unreadable_input", ExitUsage, "check that standard input can be read", "reading %s: %v", what, err)
	case rep.Found == 0 && shown > 0:
		a.note("read_as_text", fmt.Sprintf("%s read as text after its codes: %s passed over", what, words(rep.Passed)), "")
	case rep.Found == 0:
		d.missing++
		return failCode("nothing_recognised", ExitNotFound, a.textHint(),
			"no code or message found in %s: %s passed over", what, words(rep.Passed))
	case rep.Passed > 0:
		a.note("read_as_text", fmt.Sprintf("%s read as text: %s passed over", what, words(rep.Passed)), "")
	}
	return nil
}

// textHint is the hint for text in which nothing was found; each command it names finds something.
func (a *app) textHint() string {
	return "give the code ('mtapi 617020'), or search a word of the message ('mtapi search future')"
}

func words(n int) string {
	if n == 1 {
		return "1 word"
	}
	return fmt.Sprintf("%d words", n)
}

// stream decodes standard input: codes and names as they come, or, when it starts like an HTTP
// response or printed headers, only their mtapistatus values.
func (d *decoder) stream(in io.Reader, what string) error {
	a := d.app
	if a.term.StdinTTY() {
		a.note("reading_terminal", "reading codes and names from the terminal; type or paste them, then press Ctrl-D", "")
	}
	return d.lines(in, what)
}

// lines decodes lines of input, piped or pasted into one argument, by what their start is.
func (d *decoder) lines(in io.Reader, what string) error {
	a := d.app
	br, ok := in.(interface {
		io.Reader
		Peek(int) ([]byte, error)
		Buffered() int
	})
	if ok {
		head := headers.Head(br)
		reader := headers.Claim(head)
		kind := "an HTTP response"
		if reader == "json" || reader == "" && decode.JSONStart(head) {
			kind = "header JSON"
		}
		switch decode.Piped(a.catalogue(), head, reader != "") {
		case decode.PipedResponses:
			return d.responsesIn(br, what, kind, false)
		case decode.PipedBody:
			return d.responsesIn(br, what, kind, true)
		case decode.PipedText:
			return d.textAfter(br, what, 0)
		}
	}
	memo := decode.NewMemo(a.catalogue())
	shown, inProse := 0, false
	err := decode.ScanLines(a.catalogue(), in, func(tok []byte, more bool) error {
		d.show(memo.Resolve(tok))
		shown++
		if more {
			return nil
		}
		return flushLive(d.p)
	}, func(rest io.Reader) error {
		// Prose (a ticket, an e-mail): only the codes and messages it mentions.
		inProse = true
		return d.textAfter(rest, what, shown)
	})
	if inProse {
		return err
	}
	if err != nil && !errors.Is(err, errWrite) {
		return failCode("unreadable_input", ExitUsage, "check that standard input can be read", "reading standard input: %v", err)
	}
	return err
}

// responsesIn decodes the mtapistatus values of every response in r, as `mtapi headers` finds them.
// text says r did not look like headers but like a body or prose. stderr hears about it once: what
// the input was taken for when its first mtapistatus header is found, or, when there is none, why
// nothing was decoded.
func (d *decoder) responsesIn(br io.Reader, what, kind string, text bool) error {
	a := d.app
	d.responses = true
	found, responses := false, 0
	// A paste that a reader took for headers but that holds no response and no request at all (an
	// e-mail's "From:" and "Subject:" lines, a ticket's "Status: Resolved") is read again as text,
	// for what it mentions; a paste is short, and a longer input is not kept.
	kept := &keep{max: maxKept}
	out, err := headers.ParseWith(io.TeeReader(br, kept), headers.Options{}, func(resp headers.Response) error {
		responses++
		if resp.Found && !found {
			a.note("reading_headers", what+" is "+kind+": decoding only its mtapistatus headers", "")
		}
		found = found || resp.Found
		for _, v := range resp.Values {
			d.show(decode.ResolveValue(a.catalogue(), v))
		}
		return flushLive(d.p)
	})
	switch {
	case errors.Is(err, errWrite):
		return err
	case errors.Is(err, headers.ErrNotText):
		return failCode("not_text", ExitUsage, "give response headers as text: UTF-8, or UTF-16 with a byte-order mark", "%s is not text (binary data?)", what)
	case err != nil:
		return failCode("unreadable_input", ExitUsage, "check that standard input can be read", "reading %s: %v", what, err)
	case responses == 0 && out.Requests == 0 && !kept.over && !decode.Markup(string(kept.b)):
		return d.text(bytes.NewReader(kept.b), what)
	case responses == 0 && out.Requests > 0:
		d.missing++
		return failCode("request_only", ExitNotFound, "the response's headers are what count: curl -si URL | mtapi, or 2>&1 for curl -v",
			"%s shows only what was sent, and a request's headers never count", what)
	case responses == 0 && text:
		d.missing++
		return failCode("no_mtapistatus", ExitNotFound, "add -i to curl to include the headers (curl -si URL | mtapi), or give codes: 'mtapi decode 617020'",
			"%s looks like a response body or text, not codes, and has no mtapistatus header", what)
	case responses == 0:
		// JSON or text with no header structure: most often a body printed without its headers.
		d.missing++
		return failCode("no_headers", ExitNotFound, "add -i to curl, or 2>&1 for curl -v; or paste the response headers", "no response headers in %s", what)
	case !found && kind == "header JSON" && responses == 1:
		// One JSON object without the header: an error body printed without its headers
		// ({"title": "Bad Request", "status": 400} from curl -s) as often as a header object.
		d.missing++
		return failCode("no_mtapistatus", ExitNotFound, "if it is a response body, add -i to curl to include the headers (curl -si URL | mtapi)",
			"%s is JSON without an mtapistatus header", what)
	case !found:
		d.missing++
		return failCode("no_mtapistatus", ExitNotFound, "'mtapi headers' shows each response", "%s is %s without an mtapistatus header", what, kind)
	}
	return nil
}

// maxKept bounds the input responsesIn keeps to read again as text.
const maxKept = 256 << 10

// keep keeps the first max bytes written to it, and says whether there were more.
type keep struct {
	b    []byte
	max  int
	over bool
}

func (k *keep) Write(p []byte) (int, error) {
	n := len(p)
	if room := k.max - len(k.b); n > room {
		k.over = true
		p = p[:max(room, 0)]
	}
	k.b = append(k.b, p...)
	return n, nil
}

// reportUnknown tells stderr about an input that decoded to nothing, with suggestions for names.
func (a *app) reportUnknown(r decode.Result) {
	in := escape.Quote(r.Input)
	switch {
	case r.Status == decode.StatusInvalid && len(r.Suggestions()) > 0:
		a.warn("invalid_input", ExitNotFound, r.Input, r.Explanation(), "did you mean "+strings.Join(r.Suggestions(), ", ")+"?")
	case r.Status == decode.StatusInvalid:
		a.warn("invalid_input", ExitNotFound, r.Input, r.Explanation(), "give a number such as 617020 or a name such as UpdateDateCannotBeInFuture")
	case !r.ByName:
		// Piped, every unknown number gets its line, as every unknown name does.
		hint := "'mtapi ranges' lists every range of codes"
		if s := r.Suggestions(); len(s) > 0 {
			hint = "did you mean " + strings.Join(s, ", ") + "?"
		} else if c := r.Controller; c != nil && c.Documented > 0 {
			hint = fmt.Sprintf("it lies in the %s range; 'mtapi search %s' lists its codes", c.Name, rangePattern(c))
		}
		a.warn("unknown_input", ExitNotFound, r.Input, escape.String(r.Input)+" is not a documented code", hint)
	case len(r.Suggestions()) > 0:
		a.warn("unknown_input", ExitNotFound, r.Input, "no code is named "+in, "did you mean "+strings.Join(r.Suggestions(), ", ")+"?")
	case r.SearchFinds:
		a.warn("unknown_input", ExitNotFound, r.Input, "no code is named "+in, "try 'mtapi search "+escape.String(r.Input)+"'")
	default:
		a.warn("unknown_input", ExitNotFound, r.Input, "no code is named "+in, "'mtapi search' lists the whole catalogue; 'mtapi search future' finds codes by a word of their message")
	}
}

// rangePattern is the search pattern that lists a range's codes: 617xxx, or 404xxxx for the
// not-found family.
func rangePattern(c *codes.Controller) string {
	digits := len(strconv.Itoa(c.Start))
	prefix := strconv.Itoa(c.Start / 1000)
	if c.End-c.Start >= 9999 {
		prefix = strconv.Itoa(c.Start / 10000)
	}
	return prefix + strings.Repeat("x", digits-len(prefix))
}

// searchFinds reports whether `mtapi search q` finds something: only then is it a hint.
func (a *app) searchFinds(q string) bool {
	return len(search.Search(a.catalogue(), q, search.Options{})) > 0
}
