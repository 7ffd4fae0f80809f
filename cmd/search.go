package cmd

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/mtapi-cli/mtapi/internal/escape"
	"github.com/mtapi-cli/mtapi/internal/render"
	"github.com/mtapi-cli/mtapi/internal/search"
)

// terminalLimit is how many results a person sees by default; piped output gets them all.
const terminalLimit = 10

func newSearchCmd(env *Env, opts *options) *cobra.Command {
	var (
		limit      int
		controller string
		state      string
	)
	c := &cobra.Command{
		Use:   "search [words|digits]...",
		Short: "Find codes from a word, a fragment of a message or name, or the first digits",
		Long: `Search names, messages and controller names together, best match first:

  1. exact name (any case, any separators)
  2. name prefix
  3. every query word found in the name, message, controller or code (any order, any case)
  4. fuzzy name match (the query's characters in order: UpdDateFut)
  5. fuzzy message match

Within a rank, entries that are not superseded come first, then the closer match, then the lower
code. Digits match codes by prefix only, never fuzzily: 6170, 617xxx and 617* all mean 617 followed
by anything. Without a query, search lists the whole catalogue (search --json exports it).`,
		Example: `  mtapi search future
  mtapi search UpdDateFut
  mtapi search 617xxx
  mtapi search failed --controller notices
  mtapi search --state superseded`,
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE: func(c *cobra.Command, args []string) error {
			p, err := opts.printer(env, env.Stdout)
			if err != nil {
				return err
			}
			var o search.Options
			if controller != "" {
				ctl, ok := search.ParseController(controller)
				if !ok {
					return fail(ExitUsage, "give a controller name (notices), a range (617xxx) or a code in it; see 'mtapi ranges'",
						"--controller %s matches no single range", escape.Quote(controller))
				}
				o.Controller = ctl
			}
			states, ok := search.ParseStates(state)
			if !ok {
				return fail(ExitUsage, "use current, duplicate, placeholder, superseded, typo, a comma list of them, or all",
					"--state %s is not a state", escape.Quote(state))
			}
			o.States = states
			if limit < -1 {
				return fail(ExitUsage, "use --limit 0 for all results", "--limit must not be negative")
			}
			query := strings.Join(args, " ")
			ms := search.Search(query, o)
			total := len(ms)
			n := limit
			if n == -1 {
				n = 0
				if p.Format() == render.Styled {
					n = terminalLimit
				}
			}
			if n > 0 && n < len(ms) {
				ms = ms[:n]
			}
			if total == 0 {
				return finish(p, noMatch(env, p, query))
			}
			p.Matches(ms, total)
			return finish(p, nil)
		},
	}
	c.Flags().IntVarP(&limit, "limit", "n", -1, fmt.Sprintf("show at most N results (0: all; default %d on a terminal, all when piped)", terminalLimit))
	c.Flags().StringVarP(&controller, "controller", "c", "", "only codes in this controller: a name, a range such as 617xxx, or a code in it")
	c.Flags().StringVar(&state, "state", "all", "only entries in these states: current, duplicate, placeholder, superseded, typo (comma list) or all")
	_ = c.RegisterFlagCompletionFunc("controller", completeControllers)
	_ = c.RegisterFlagCompletionFunc("state", fixedCompletions("all", "current", "duplicate", "placeholder", "superseded", "typo"))
	_ = c.RegisterFlagCompletionFunc("limit", cobra.NoFileCompletions)
	return c
}

func noMatch(env *Env, p *render.Printer, query string) error {
	if p.Format() == render.JSON {
		p.Matches(nil, 0)
	}
	hint := "try fewer or shorter words, or 'mtapi search' to list the whole catalogue"
	if search.IsNumeric(query) {
		hint = "no documented code starts with these digits; 'mtapi decode <number>' explains any number"
	}
	for _, c := range search.Ranges(query) {
		if c.Documented == 0 {
			hint = fmt.Sprintf("%s (%d-%d) documents no codes; see 'mtapi ranges %d'", c.DisplayName(), c.Start, c.End, c.Start)
		}
	}
	fmt.Fprintf(env.Stderr, "mtapi: nothing matches %s\n  hint: %s\n", escape.Quote(query), hint)
	return quietExit(ExitNotFound)
}
