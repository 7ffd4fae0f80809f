package cmd

import (
	"errors"
	"fmt"
	"io"
	"os"

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
}

// newHeadersCmd builds `mtapi headers`; runF replaces the behaviour in tests of flag parsing.
func newHeadersCmd(a *app, runF func(*headersOptions) error) *cobra.Command {
	opts := &headersOptions{app: a}
	c := &cobra.Command{
		Use:   "headers [file|-]...",
		Short: "Find and decode every mtapistatus header in a response",
		Long: `Read HTTP responses or headers from files or standard input, find every mtapistatus header and decode its values.

Understood without options: raw responses (curl -i, -I, -D -, -v, -L; wget -S; HTTPie; Go's http.Header.Write; socket dumps; CRLF or LF), JSON header objects (as in the MTAPI documentation or curl -w '%{header_json}'), arrays of {"name", "value"} objects, HAR files, and headers printed by Python (dicts, tuple lists), Node (objects, Headers, rawHeaders) and Go (fmt of http.Header). UTF-8 with or without BOM and UTF-16 with BOM are read; colour codes are ignored.

Only a header named exactly mtapistatus (any case) counts, never a request header or a response body. Each response is reported as soon as it ends.`,
		Example: `  curl -si URL | mtapi headers
  curl -sv URL 2>&1 | mtapi headers --last
  mtapi headers capture.har
  pbpaste | mtapi headers --json`,
		RunE: func(c *cobra.Command, args []string) error {
			opts.Sources = args
			if runF != nil {
				return runF(opts)
			}
			return runHeadersCmd(opts)
		},
	}
	c.Flags().BoolVar(&opts.Last, "last", false, "show only the final response of each input (after redirects)")
	return c
}

func runHeadersCmd(opts *headersOptions) error {
	a := opts.app
	p, err := a.printer()
	if err != nil {
		return err
	}
	sources := opts.Sources
	if len(sources) == 0 {
		sources = []string{"-"}
		if a.term.StdinTTY() {
			// Someone typed "mtapi headers" alone: say why nothing happens yet.
			a.say("reading response headers from the terminal; paste them, then press Ctrl-D", "")
		}
	}
	return finish(p, a.runHeaders(p, sources, opts.Last))
}

func (a *app) runHeaders(p *render.Printer, sources []string, last bool) error {
	found, bad := false, false
	var readErr error
	p.BeginResponses()
	defer p.EndResponses()
	for _, src := range sources {
		var r io.Reader = a.stdin()
		if src != "-" {
			f, err := os.Open(src)
			if err != nil {
				readErr = a.noteReadError(readErr, src, err)
				continue
			}
			defer f.Close()
			r = f
		}
		p.BeginSource(src, last)
		err := headers.Parse(r, func(resp headers.Response) error {
			v := render.Response{Source: src, Response: resp}
			for _, val := range resp.Values {
				res := decode.ResolveValue(a.catalogue(), val)
				v.Results = append(v.Results, res)
				bad = bad || !res.Found
			}
			if resp.Dropped > 0 {
				// Values past the cap are not shown, but still decide the exit status.
				bad = true
			}
			found = found || resp.Found
			p.Add(v)
			return flushLive(p)
		})
		if errors.Is(err, errWrite) {
			return err
		}
		count := p.EndSource()
		if err != nil {
			readErr = a.noteReadError(readErr, src, err)
			continue
		}
		if count == 0 {
			a.say("no response headers with an mtapistatus header in "+sourceName(src), "pipe in 'curl -si URL' or paste the response headers")
		}
	}
	switch {
	case readErr != nil:
		return readErr
	case !found || bad:
		return quietExit(ExitNotFound)
	}
	return nil
}

func sourceName(src string) string {
	if src == "-" {
		return "standard input"
	}
	return escape.Quote(src)
}

// noteReadError reports an unreadable input at once, so the other inputs still get decoded, and
// returns the error that sets the exit status.
func (a *app) noteReadError(prev error, src string, err error) error {
	hint := "check the path and its permissions"
	what := fmt.Sprintf("cannot read %s: %v", sourceName(src), unwrapPath(err))
	if errors.Is(err, headers.ErrNotText) {
		what = fmt.Sprintf("%s is not text (binary data?)", sourceName(src))
		hint = "give response headers as text: UTF-8, or UTF-16 with a byte-order mark"
	}
	a.say(what, hint)
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
