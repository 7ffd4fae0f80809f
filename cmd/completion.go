package cmd

import (
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/search"
)

// maxCompletions caps a completion list so the shell never stalls or floods the screen.
const maxCompletions = 64

// completeCodes completes decode arguments (and the `mtapi 6170` shorthand): numbers by prefix, each
// with its name and message, and names in any case, each with its code and message; superseded
// entries are marked. Our order is kept: numbers ascending, name prefix matches first.
func (a *app) completeCodes(_ *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	const directive = cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveKeepOrder
	// A comma list completes its last element: "617020,6170" goes on from "6170".
	head, word := "", toComplete
	if i := strings.LastIndexByte(toComplete, ','); i >= 0 {
		head, word = toComplete[:i+1], toComplete[i+1:]
	}
	var out []string
	for _, c := range search.Complete(a.catalogue(), word, maxCompletions) {
		var d string
		switch {
		case c.NotSet:
			d = "NotSet — no status was set"
		case c.Text == strconv.Itoa(c.Entry.Code):
			d = describe(c.Entry.Name, c.Entry)
		default:
			d = describe(strconv.Itoa(c.Entry.Code), c.Entry)
		}
		out = append(out, head+c.Text+"\t"+d)
	}
	return out, directive
}

// describe is "first — message" (marked when superseded), shortened to fit a completion menu.
func describe(first string, e codes.Entry) string {
	if e.State == codes.Superseded {
		first += " (superseded)"
	}
	if e.Message == "" {
		return first
	}
	d := first + " — " + e.Message
	if r := []rune(d); len(r) > 80 {
		d = string(r[:79]) + "…"
	}
	return d
}

// completeControllers completes controller names (for ranges and --controller).
func (a *app) completeControllers(_ *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	var out []string
	for _, c := range a.catalogue().Controllers() {
		if len(toComplete) <= len(c.Name) && strings.EqualFold(c.Name[:len(toComplete)], toComplete) {
			// As printed ("not" gives "Not Found"): our scripts match the typed prefix ignoring case.
			out = append(out, c.Name+"\t"+strconv.Itoa(c.Start)+"–"+strconv.Itoa(c.End))
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveKeepOrder
}

func fixedCompletions(values ...string) cobra.CompletionFunc {
	return cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp|cobra.ShellCompDirectiveKeepOrder)
}

// listCompletions completes a comma list of values ("--state current,<Tab>"): the values not yet in
// the list, each after what was typed up to the last comma, so that the shell completes the next
// value rather than starting the word again.
func listCompletions(values ...string) cobra.CompletionFunc {
	return func(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		done, cur := "", toComplete
		if i := strings.LastIndexByte(toComplete, ','); i >= 0 {
			done, cur = toComplete[:i+1], toComplete[i+1:]
		}
		given := map[string]bool{}
		for _, v := range strings.Split(done, ",") {
			given[strings.TrimSpace(v)] = true
		}
		var out []cobra.Completion
		for _, v := range values {
			if !given[v] && strings.HasPrefix(v, cur) && (done == "" || v != "all") {
				out = append(out, done+v)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace | cobra.ShellCompDirectiveKeepOrder
	}
}
