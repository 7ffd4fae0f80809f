package cmd

import (
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/mtapi-cli/mtapi/codes"
)

// maxCompletions caps a completion list so the shell never stalls or floods the screen.
const maxCompletions = 64

// completeCodes completes decode arguments: numbers by prefix ("6170" lists 617001-617029, each with
// its name and message) and names by case-insensitive prefix, then substring ("UpdateDate" lists
// the names that start so, with their code and message). Our order is kept: numbers ascending, names
// prefix matches first.
func completeCodes(_ *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	const directive = cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveKeepOrder
	// A comma list completes its last element: "617020,6170" goes on from "6170".
	head, word := "", toComplete
	if i := strings.LastIndexByte(toComplete, ','); i >= 0 {
		head, word = toComplete[:i+1], toComplete[i+1:]
	}
	var out []string
	if word == "" || word[0] == '-' || word[0] >= '0' && word[0] <= '9' {
		if strings.HasPrefix("-1", word) && word != "" {
			out = append(out, head+"-1\tNotSet — no status was set")
		}
		last := -2
		for _, e := range codes.Entries() {
			if e.Code == last {
				continue // the first entry of a number is the one to trust
			}
			last = e.Code
			s := strconv.Itoa(e.Code)
			if strings.HasPrefix(s, word) {
				out = append(out, head+s+"\t"+describe(e.Name, e.Message))
			}
			if len(out) >= maxCompletions {
				break
			}
		}
		return out, directive
	}
	key := codes.Normalize(word)
	seen := map[string]bool{}
	var contains []string
	for _, e := range codes.Entries() {
		if seen[e.Name] {
			continue
		}
		n := codes.Normalize(e.Name)
		switch {
		case strings.HasPrefix(n, key):
			seen[e.Name] = true
			out = append(out, head+e.Name+"\t"+describe(strconv.Itoa(e.Code), e.Message))
		case strings.Contains(n, key):
			seen[e.Name] = true
			contains = append(contains, head+e.Name+"\t"+describe(strconv.Itoa(e.Code), e.Message))
		}
	}
	out = append(out, contains...)
	if len(out) > maxCompletions {
		out = out[:maxCompletions]
	}
	return out, directive
}

// describe is "first — message", shortened to fit a completion menu.
func describe(first, message string) string {
	if message == "" {
		return first
	}
	d := first + " — " + message
	if r := []rune(d); len(r) > 80 {
		d = string(r[:79]) + "…"
	}
	return d
}

// completeControllers completes controller names (for ranges and --controller).
func completeControllers(_ *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	var out []string
	for _, c := range codes.Controllers() {
		if strings.HasPrefix(strings.ToLower(c.Name), strings.ToLower(toComplete)) {
			out = append(out, c.Name+"\t"+strconv.Itoa(c.Start)+"–"+strconv.Itoa(c.End))
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveKeepOrder
}

func fixedCompletions(values ...string) cobra.CompletionFunc {
	return cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp|cobra.ShellCompDirectiveKeepOrder)
}
