package cmd

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/mtapi-cli/mtapi/internal/escape"
	"github.com/mtapi-cli/mtapi/internal/render"
	"github.com/mtapi-cli/mtapi/internal/search"
)

// searchOptions are what `mtapi search` was asked.
type searchOptions struct {
	app        *app
	Query      string
	Limit      limitFlag
	Controller string
	State      string
}

// limitFlag is --limit: a count, 0 for all, unset (-1) for the printer's default. It shows no
// default in the help, where "-1" would mean nothing to a person.
type limitFlag int

func (l *limitFlag) String() string {
	if *l == -1 {
		return ""
	}
	return strconv.Itoa(int(*l))
}

func (l *limitFlag) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil {
		return fmt.Errorf("%q is not a number", s)
	}
	*l = limitFlag(n)
	return nil
}

func (l *limitFlag) Type() string { return "int" }

// newSearchCmd builds `mtapi search`; runF replaces the behaviour in tests of flag parsing.
func newSearchCmd(a *app, runF func(*searchOptions) error) *cobra.Command {
	opts := &searchOptions{app: a, Limit: -1}
	c := &cobra.Command{
		Use:   "search [words|digits]...",
		Short: "Find codes from a word, a fragment of a message or name, or the first digits",
		Long: `Search names, messages and controller names together, best match first:

  1. exact name (any case, any separators)
  2. name prefix
  3. every query word found in the name, message, controller or code (any order, any case)
  4. fuzzy name match (the query's characters in order: UpdDateFut)
  5. fuzzy message match

Within a rank, entries that are not superseded come first, then the closer match, then the lower code. Digits match codes by prefix only, never fuzzily: 6170, 617xxx and 617* all mean 617 followed by anything. Without a query, search lists the whole catalogue (search --json exports it).`,
		Example: `  mtapi search future
  mtapi search UpdDateFut
  mtapi search 617xxx
  mtapi search failed --controller notices
  mtapi search --state superseded`,
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE: func(c *cobra.Command, args []string) error {
			opts.Query = strings.Join(args, " ")
			if runF != nil {
				return runF(opts)
			}
			return runSearch(opts)
		},
	}
	// Concatenated, not fmt.Sprintf: the usage is built on every run of search, and read only by help.
	c.Flags().VarP(&opts.Limit, "limit", "n", "show at most `N` results (0: all; "+strconv.Itoa(render.TerminalLimit)+" on a terminal, all when piped)")
	c.Flags().StringVarP(&opts.Controller, "controller", "c", "", "only codes in the controller `NAME`: a name, a range such as 617xxx, or a code in it")
	c.Flags().StringVar(&opts.State, "state", "all", "only entries in these `STATES`: current, duplicate, placeholder, superseded, typo (comma list) or all")
	_ = c.RegisterFlagCompletionFunc("controller", a.completeControllers)
	_ = c.RegisterFlagCompletionFunc("state", listCompletions("all", "current", "duplicate", "placeholder", "superseded", "typo"))
	_ = c.RegisterFlagCompletionFunc("limit", cobra.NoFileCompletions)
	return c
}

func runSearch(opts *searchOptions) error {
	a := opts.app
	cat := a.catalogue()
	p, err := a.printer()
	if err != nil {
		return err
	}
	var o search.Options
	if opts.Controller != "" {
		ctl, ok := search.ParseController(cat, opts.Controller)
		if !ok {
			return failCode("bad_flag", ExitUsage, "give a controller name (notices), a range (617xxx) or a code in it; see 'mtapi ranges'",
				"--controller %s matches no single range", escape.Quote(opts.Controller))
		}
		o.Controller = ctl
	}
	states, ok := search.ParseStates(opts.State)
	if !ok {
		return failCode("bad_flag", ExitUsage, "use current, duplicate, placeholder, superseded, typo, a comma list of them, or all",
			"--state %s is not a state", escape.Quote(opts.State))
	}
	o.States = states
	if opts.Limit < -1 {
		return failCode("bad_flag", ExitUsage, "use --limit 0 for all results", "--limit must not be negative")
	}
	ms := search.Search(cat, opts.Query, o)
	p.Matches(ms, int(opts.Limit))
	if len(ms) == 0 {
		return finish(p, a.noMatch(opts.Query))
	}
	return finish(p, nil)
}

func (a *app) noMatch(query string) error {
	hint := "try fewer or shorter words, or 'mtapi search' to list the whole catalogue"
	if search.IsNumeric(query) {
		hint = "no documented code starts with these digits; 'mtapi decode <number>' explains any number"
	}
	for _, c := range search.Ranges(a.catalogue(), query) {
		if c.Documented == 0 {
			hint = fmt.Sprintf("%s (%d-%d): heading only, no codes seen; see 'mtapi ranges %d'", c.DisplayName(), c.Start, c.End, c.Start)
		}
	}
	return failCode("not_found", ExitNotFound, hint, "nothing matches %s", escape.Quote(query))
}
