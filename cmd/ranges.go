package cmd

import (
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/escape"
	"github.com/mtapi-cli/mtapi/internal/search"
)

func newRangesCmd(env *Env, opts *options) *cobra.Command {
	return &cobra.Command{
		Use:   "ranges [number|text]",
		Short: "List the controllers and their code ranges",
		Long: `List every number family: NotSet (-1), HTTP (200-599), each controller with its range and how many
codes are documented, the generic block (901000-902999) and the not-found family (404 + 4 digits).

With a number, show the range that holds it; with text, the ranges whose name contains it.`,
		Example: `  mtapi ranges
  mtapi ranges 617020
  mtapi ranges notices`,
		ValidArgsFunction: completeControllers,
		RunE: func(c *cobra.Command, args []string) error {
			p, err := opts.printer(env, env.Stdout)
			if err != nil {
				return err
			}
			rs, err := selectRanges(strings.TrimSpace(strings.Join(args, " ")))
			if err == nil {
				p.Ranges(rs)
			}
			return finish(p, err)
		},
	}
}

func selectRanges(q string) ([]codes.Range, error) {
	all := codes.Ranges()
	if q == "" {
		return all, nil
	}
	var out []codes.Range
	if n, err := strconv.Atoi(q); err == nil {
		for _, r := range all {
			if n >= r.Start && n <= r.End {
				out = append(out, r)
			}
		}
		if len(out) == 0 {
			return nil, fail(ExitNotFound, "run 'mtapi ranges' to list every range", "no documented range holds %d", n)
		}
		return out, nil
	}
	if search.IsNumeric(q) {
		// A mask such as 617xxx or 617*.
		if c, ok := search.ParseController(q); ok {
			for _, r := range all {
				if r.Controller == c {
					return []codes.Range{r}, nil
				}
			}
		}
		return nil, fail(ExitNotFound, "run 'mtapi ranges' to list every range", "no documented range holds %s", escape.String(q))
	}
	lq := strings.ToLower(q)
	for _, r := range all {
		hay := strings.ToLower(r.Name + " " + string(r.Kind))
		if r.Controller != nil {
			hay += " " + strings.ToLower(r.Controller.Label)
		}
		if strings.Contains(hay, lq) {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return nil, fail(ExitNotFound, "run 'mtapi ranges' to list every range", "no range matches %s", escape.Quote(q))
	}
	return out, nil
}
