package cmd

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/mtapi-cli/mtapi/internal/escape"
	"github.com/mtapi-cli/mtapi/internal/search"
)

// rangesOptions are what `mtapi ranges` was asked.
type rangesOptions struct {
	app   *app
	Query string
}

// newRangesCmd builds `mtapi ranges`; runF replaces the behaviour in tests of flag parsing.
func newRangesCmd(a *app, runF func(*rangesOptions) error) *cobra.Command {
	opts := &rangesOptions{app: a}
	return &cobra.Command{
		Use:   "ranges [number|text]",
		Short: "List the controllers and their code ranges",
		Long: `List every number family: NotSet (-1), HTTP (200-599), each controller with its range and how many codes are documented, the generic block (901000-902999) and the not-found family (404 + 4 digits).

With a number, show the range that holds it; with text, the ranges whose name contains it. On a terminal the table fits the window, cutting long names and notes with "…".`,
		Example: `  mtapi ranges
  mtapi ranges 617020
  mtapi ranges notices`,
		ValidArgsFunction: a.completeControllers,
		RunE: func(c *cobra.Command, args []string) error {
			opts.Query = strings.TrimSpace(strings.Join(args, " "))
			if runF != nil {
				return runF(opts)
			}
			return runRanges(opts)
		},
	}
}

func runRanges(opts *rangesOptions) error {
	a := opts.app
	p, err := a.printer()
	if err != nil {
		return err
	}
	rs, numeric := search.SelectRanges(a.catalogue(), opts.Query)
	const hint = "run 'mtapi ranges' to list every range"
	switch {
	case len(rs) > 0:
		p.Ranges(rs)
	case numeric:
		err = failCode("not_found", ExitNotFound, hint, "no documented range holds %s", escape.String(opts.Query))
	default:
		err = failCode("not_found", ExitNotFound, hint, "no range matches %s", escape.Quote(opts.Query))
	}
	return finish(p, err)
}
