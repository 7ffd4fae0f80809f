package cmd

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/mtapi-cli/mtapi/internal/decode"
	"github.com/mtapi-cli/mtapi/internal/escape"
	"github.com/mtapi-cli/mtapi/internal/render"
)

func newDecodeCmd(env *Env, opts *options) *cobra.Command {
	return &cobra.Command{
		Use:   "decode <code|name|->...",
		Short: "Decode status codes or names",
		Long: `Decode MTAPI status codes or code names.

Each argument may be a number (617020, -1, 404, 4041001), a code name in any case and with any
separators (UpdateDateCannotBeInFuture, update_date_cannot_be_in_future), a comma list as the header
carries it (617020,901002), a pasted header line ("mtapistatus: 617020"), or - to read codes and names
from standard input, separated by white space or commas.

Without arguments, codes are read from standard input when it is not a terminal.

Where the documentation printed several entries for one number, all are shown: current ones first,
then placeholders and superseded history, marked.`,
		Example: `  mtapi decode 617020
  mtapi decode 617020,901002 -1
  mtapi decode updatedatecannotbeinfuture
  echo "617020 4041001" | mtapi decode -`,
		ValidArgsFunction: completeCodes,
		RunE: func(c *cobra.Command, args []string) error {
			implicit := false
			if len(args) == 0 {
				// Piped input needs no "-": echo 617020 | mtapi decode.
				if env.IsTerminal == nil || env.IsTerminal(env.Stdin) {
					return fail(ExitUsage, noInputHint, "decode needs a code, a name or -")
				}
				args, implicit = []string{"-"}, true
			}
			p, err := opts.printer(env, env.Stdout)
			if err != nil {
				return err
			}
			n, err := runDecode(env, p, args)
			if err == nil && implicit && n == 0 {
				err = fail(ExitUsage, noInputHint, "decode found no codes or names on standard input")
			}
			return finish(p, err)
		},
	}
}

const noInputHint = "e.g. 'mtapi decode 617020', or '-' to read codes from stdin"

// runDecode decodes every input of args and reports how many there were.
func runDecode(env *Env, p *render.Printer, args []string) (int, error) {
	missing, count := 0, 0
	// Reports go to stderr after the output, so that on a terminal they are not buried in it.
	var reports []decode.Result
	defer func() {
		_ = p.Flush()
		for _, r := range reports {
			reportUnknown(env, r)
		}
	}()
	show := func(tok string) error {
		r := decode.Resolve(tok)
		count++
		p.Result(r)
		if !r.Found {
			missing++
			if r.ByName && len(reports) < 20 {
				reports = append(reports, r)
			}
		}
		return nil
	}
	p.BeginList()
	for _, arg := range args {
		if arg == "-" {
			err := decode.Scan(env.Stdin, func(tok string) error {
				_ = show(tok)
				return flushLive(p)
			})
			if errors.Is(err, errWrite) {
				return count, err
			}
			if err != nil {
				p.EndList()
				return count, fail(ExitUsage, "check that standard input can be read", "reading standard input: %v", err)
			}
			continue
		}
		for _, tok := range decode.Tokens(arg, decode.IsName) {
			_ = show(tok)
		}
	}
	p.EndList()
	if missing > 0 {
		return count, quietExit(ExitNotFound)
	}
	return count, nil
}

// reportUnknown tells stderr about an input that decoded to nothing, with suggestions for names.
func reportUnknown(env *Env, r decode.Result) {
	in := escape.Quote(r.Input)
	switch {
	case r.Status == decode.StatusInvalid:
		fmt.Fprintf(env.Stderr, "mtapi: %s\n  hint: give a number such as 617020 or a name such as UpdateDateCannotBeInFuture\n", r.Explanation)
	case r.ByName && len(r.Suggestions) > 0:
		fmt.Fprintf(env.Stderr, "mtapi: no code is named %s\n  hint: did you mean %s?\n", in, strings.Join(r.Suggestions, ", "))
	case r.ByName:
		fmt.Fprintf(env.Stderr, "mtapi: no code is named %s\n  hint: try 'mtapi search %s'\n", in, escape.String(r.Input))
	}
}
