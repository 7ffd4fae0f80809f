package cmd

import (
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/mtapi-cli/mtapi/codes"
)

// negativeNumber reports whether a looks like "-1" or "-1,617020": a status value, not a flag. So
// is pasted text that starts with a dash ("---------- Forwarded message ---------", "- 617020 on
// save"): a flag has no white space in it, unless in its value ("--controller=Not Found").
func negativeNumber(a string) bool {
	if len(a) >= 2 && a[0] == '-' && strings.ContainsAny(a, " \t\r\n") {
		name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		return strings.ContainsAny(name, " \t\r\n") || len(a)-len(strings.TrimLeft(a, "-")) > 2
	}
	return len(a) >= 2 && a[0] == '-' && a[1] >= '0' && a[1] <= '9' && codes.IsCodeList(a)
}

// protectNegativeNumbers lets `mtapi decode -1` mean the NotSet status rather than a flag named 1: when
// any argument is a negative number, the flags are moved in front of a "--" and every positional
// argument, in its original order, after it.
func protectNegativeNumbers(root *cobra.Command, args []string) []string {
	found := false
	for _, a := range args {
		if a == "--" {
			break
		}
		if negativeNumber(a) {
			found = true
			break
		}
	}
	if !found {
		return args
	}
	c, _, err := root.Find(args)
	if err != nil || c == nil {
		return args
	}
	flags := c.Flags()
	flags.AddFlagSet(c.InheritedFlags())
	var flagArgs, positional []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			positional = append(positional, args[i+1:]...)
			i = len(args)
		case negativeNumber(a) || a == "-" || !strings.HasPrefix(a, "-"):
			positional = append(positional, a)
		default:
			flagArgs = append(flagArgs, a)
			if takesValue(flags, a) && i+1 < len(args) {
				i++
				flagArgs = append(flagArgs, args[i])
			}
		}
	}
	// The leading positional arguments that name the command stay in front.
	var path []string
	for cur := root; len(positional) > 0; {
		next := findSub(cur, positional[0])
		if next == nil {
			break
		}
		path, positional, cur = append(path, positional[0]), positional[1:], next
	}
	out := append(path, flagArgs...)
	return append(append(out, "--"), positional...)
}

func findSub(c *cobra.Command, name string) *cobra.Command {
	for _, s := range c.Commands() {
		if s.Name() == name || s.HasAlias(name) {
			return s
		}
	}
	return nil
}

// takesValue reports whether flag argument a ("--color", "-n") consumes the next argument.
func takesValue(fs *pflag.FlagSet, a string) bool {
	if strings.Contains(a, "=") {
		return false
	}
	var f *pflag.Flag
	if name, ok := strings.CutPrefix(a, "--"); ok {
		f = fs.Lookup(name)
	} else if len(a) == 2 {
		f = fs.ShorthandLookup(a[1:])
	}
	return f != nil && f.Value.Type() != "bool" && f.NoOptDefVal == ""
}
