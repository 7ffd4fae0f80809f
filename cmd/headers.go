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

func newHeadersCmd(env *Env, opts *options) *cobra.Command {
	last := false
	c := &cobra.Command{
		Use:   "headers [file|-]...",
		Short: "Find and decode every mtapistatus header in a response",
		Long: `Read HTTP responses or headers from files or standard input, find every mtapistatus header
and decode its values.

Understood without options: raw responses (curl -i, -I, -D -, -v, -L; wget -S; HTTPie; Go's
http.Header.Write; socket dumps; CRLF or LF), JSON header objects (as in the MTAPI documentation or
curl -w '%{header_json}'), arrays of {"name", "value"} objects, HAR files, and headers printed by
Python (dicts, tuple lists), Node (objects, Headers, rawHeaders) and Go (fmt of http.Header). UTF-8
with or without BOM and UTF-16 with BOM are read; colour codes are ignored.

Only a header named exactly mtapistatus (any case) counts, never a request header or a response
body. Each response is reported as soon as it ends.`,
		Example: `  curl -si https://api.example/x | mtapi headers
  curl -sv https://api.example/x 2>&1 | mtapi headers --last
  mtapi headers capture.har
  pbpaste | mtapi headers --json`,
		RunE: func(c *cobra.Command, args []string) error {
			p, err := opts.printer(env, env.Stdout)
			if err != nil {
				return err
			}
			if len(args) == 0 {
				args = []string{"-"}
				if env.IsTerminal != nil && env.IsTerminal(env.Stdin) {
					// Someone typed "mtapi headers" alone: say why nothing happens yet.
					fmt.Fprintln(env.Stderr, "mtapi: reading response headers from the terminal; paste them, then press Ctrl-D")
				}
			}
			return finish(p, runHeaders(env, p, args, last))
		},
	}
	c.Flags().BoolVar(&last, "last", false, "show only the final response of each input (after redirects)")
	return c
}

func runHeaders(env *Env, p *render.Printer, sources []string, last bool) error {
	found, bad := false, false
	var readErr error
	p.BeginResponses()
	defer p.EndResponses()
	for _, src := range sources {
		var r io.Reader = env.Stdin
		if src != "-" {
			f, err := os.Open(src)
			if err != nil {
				readErr = noteReadError(env, readErr, src, err)
				continue
			}
			defer f.Close()
			r = f
		}
		// JSON marks the final response, and --last shows only it: both hold one response back.
		holdBack := last || p.Format() == render.JSON
		var held *render.Response
		var lastShown render.Response
		count := 0
		err := headers.Parse(r, func(resp headers.Response) error {
			v := render.Response{Source: src, Response: resp}
			for _, val := range resp.Values {
				res := decode.ResolveValue(val)
				v.Results = append(v.Results, res)
				bad = bad || !res.Found
			}
			if resp.Dropped > 0 {
				// Values past the cap are not shown, but still decide the exit status.
				bad = true
			}
			found = found || resp.Found
			count++
			if holdBack {
				if held != nil && !last {
					p.Response(*held)
				}
				held = &v
				return nil
			}
			p.Response(v)
			lastShown = v
			return flushLive(p)
		})
		if errors.Is(err, errWrite) {
			return err
		}
		if held != nil {
			held.Final = true
			p.Response(*held)
		}
		if count > 1 && !holdBack {
			p.FinalNote(src, lastShown)
		}
		if err != nil {
			readErr = noteReadError(env, readErr, src, err)
			continue
		}
		if count == 0 {
			fmt.Fprintf(env.Stderr, "mtapi: no response headers with an mtapistatus header in %s\n  hint: pipe in 'curl -si URL' or paste the response headers\n", sourceName(src))
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
func noteReadError(env *Env, prev error, src string, err error) error {
	hint := "check the path and its permissions"
	what := fmt.Sprintf("cannot read %s: %v", sourceName(src), unwrapPath(err))
	if errors.Is(err, headers.ErrNotText) {
		what = fmt.Sprintf("%s is not text (binary data?)", sourceName(src))
		hint = "give response headers as text: UTF-8, or UTF-16 with a byte-order mark"
	}
	fmt.Fprintf(env.Stderr, "mtapi: %s\n  hint: %s\n", escape.String(what), hint)
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
