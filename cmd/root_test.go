package cmd

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/mtapi-cli/mtapi/internal/term"
)

// TestSubcommandTable holds the names in subcommands() to the commands they build, and the whole
// tree to the table, so that a command renamed or given an alias is still found by soleCommand.
func TestSubcommandTable(t *testing.T) {
	a := newApp(&Env{})
	var names []string
	for _, sub := range subcommands() {
		c := sub.build(a)
		if c.Name() != sub.name || !slices.Equal(c.Aliases, sub.aliases) {
			t.Errorf("subcommands() names %q %q, the command is %q %q", sub.name, sub.aliases, c.Name(), c.Aliases)
		}
		names = append(names, sub.name)
	}
	var tree []string
	for _, c := range newRoot(newApp(&Env{})).Commands() {
		if c.Name() != "help" {
			tree = append(tree, c.Name())
		}
	}
	slices.Sort(names)
	if !slices.Equal(tree, names) {
		t.Errorf("the whole tree has %q, subcommands() %q", tree, names)
	}
}

func TestSoleCommand(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string // "" for the whole tree
	}{
		{[]string{"decode", "617020"}, "decode"},
		{[]string{"decode", "-1", "--json"}, "decode"},
		{[]string{"search", "future", "-n", "3"}, "search"},
		{[]string{"catalogue", "check", "dir"}, "catalogue"},
		{[]string{"version"}, "version"},
		{[]string{"export", "--format", "md"}, "export"},
		{nil, ""},
		{[]string{"617020"}, ""},
		{[]string{"--json", "decode", "617020"}, ""},
		{[]string{"decod", "617020"}, ""},
		{[]string{"decode", "--help"}, ""},
		{[]string{"decode", "-h"}, ""},
		{[]string{"decode", "--help=true"}, ""},
		{[]string{"help", "decode"}, ""},
		{[]string{"decode", "help"}, ""},
		{[]string{"completion", "bash"}, ""},
		{[]string{"__complete", "decode", "6"}, ""},
		{[]string{"__completeNoDesc", "decode", "6"}, ""},
	} {
		sub, ok := soleCommand(tc.args)
		if got := sub.name; ok != (tc.want != "") || got != tc.want {
			t.Errorf("soleCommand(%q) = %q, %v; want %q", tc.args, got, ok, tc.want)
		}
	}
}

// TestSoleRoot runs each command through the tree Main builds for it alone and through the whole
// tree, and wants the same output, messages and exit code: help, flag and argument mistakes (with
// their suggestions), the negative-number rewrite and ordinary runs.
func TestSoleRoot(t *testing.T) {
	for _, sub := range subcommands() {
		cases := [][]string{
			{"--help"}, {"-h"}, {"--jsn"}, {"--verbos"}, {"-v"}, {"--bogus"}, {"-x"}, {"--color", "sometimes"},
			{"--catalogue", "/nonexistent"}, {"extra", "args"}, {},
		}
		switch sub.name {
		case "decode":
			cases = append(cases, []string{"617020"}, []string{"-1", "--json"}, []string{"UpdateDateCannotBeInFutur"}, []string{"617020", "serch"})
		case "search":
			cases = append(cases, []string{"future", "-n", "2"}, []string{"-n", "x"}, []string{"--state", "bogus"})
		case "ranges":
			cases = append(cases, []string{"617020"}, []string{"-1"})
		case "catalogue":
			cases = append(cases, []string{"chek"}, []string{"check", "--help"}, []string{"import"})
		case "export":
			cases = append(cases, []string{"--format", "md"}, []string{"--format", "mdd"})
		case "version":
			cases = append(cases, []string{"--json"}, []string{"--verbose"})
		}
		for _, rest := range cases {
			for _, tty := range []bool{false, true} {
				args := append([]string{sub.name}, rest...)
				whole, sole := runRoot(tty, args, true), runRoot(tty, args, false)
				if whole != sole {
					t.Errorf("mtapi %s (terminal %v): alone it gives\n%+v\nin the whole tree\n%+v", strings.Join(args, " "), tty, sole, whole)
				}
			}
		}
	}
}

// runRoot runs args, as Main would, on the whole tree or on the root with only their command.
func runRoot(tty bool, args []string, whole bool) run {
	var out, errb bytes.Buffer
	a := newApp(&Env{
		Stdin:  strings.NewReader(""),
		Stdout: &out,
		Stderr: &errb,
		Term:   term.Facts{StdinTTY: true, StdoutTTY: tty, StderrTTY: tty, Width: 80},
		Build:  BuildInfo{Version: "1.2.3", Commit: "abc1234", Date: "2026-11-25T00:00:00Z"},
	})
	var code int
	if whole {
		code = a.exec(a.wholeRoot(args), args)
	} else {
		sub := subcommands()[slices.IndexFunc(subcommands(), func(s subcommand) bool { return s.name == args[0] })]
		code = a.exec(a.soleRoot(sub), args)
	}
	return run{out.String(), errb.String(), code}
}
