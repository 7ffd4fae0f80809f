package cmd

import (
	"fmt"
	"regexp"
	"strings"
	"sync"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/mtapi-cli/mtapi/internal/decode"
	"github.com/mtapi-cli/mtapi/internal/render"
)

// wrapWords breaks text at spaces into lines of at most width columns.
func wrapWords(text string, width int) []string { return render.Wrap(text, width) }

// setHelp makes --help print the command's texts wrapped to the terminal's width at print time: Long
// texts are written as unwrapped paragraphs, and indented lines (lists, command tables) keep their
// indent, their continuation lines hanging under their text.
func (a *app) setHelp(root *cobra.Command) {
	root.SetHelpFunc(func(c *cobra.Command, _ []string) {
		_, _ = fmt.Fprint(c.OutOrStdout(), a.helpText(c))
	})
	root.SetUsageFunc(func(c *cobra.Command) error {
		_, err := fmt.Fprint(c.OutOrStderr(), a.usageText(c))
		return err
	})
}

func (a *app) helpText(c *cobra.Command) string {
	var b strings.Builder
	text := c.Long
	if text == "" {
		text = c.Short
	}
	if text = strings.TrimSpace(text); text != "" {
		b.WriteString(fillText(text, a.helpWidth()))
		b.WriteString("\n\n")
	}
	b.WriteString(a.usageText(c))
	return b.String()
}

// helpWidth is the width help is wrapped to: the terminal's, capped at a readable measure.
func (a *app) helpWidth() int { return min(a.term.Width(), 100) }

func (a *app) usageText(c *cobra.Command) string {
	width := a.helpWidth()
	var b strings.Builder
	b.WriteString("Usage:\n")
	if c.Runnable() {
		b.WriteString(fillLine("  "+c.UseLine(), width) + "\n")
	}
	if c.HasAvailableSubCommands() {
		b.WriteString(fillLine("  "+c.CommandPath()+" [command]", width) + "\n")
	}
	if c.HasExample() {
		b.WriteString("\nExamples:\n" + fillExamples(strings.TrimRight(c.Example, "\n"), width) + "\n")
	}
	if c.HasAvailableSubCommands() {
		b.WriteString("\nAvailable Commands:\n")
		pad := c.NamePadding()
		for _, sub := range c.Commands() {
			if sub.IsAvailableCommand() || sub.Name() == "help" {
				b.WriteString(fillLine(fmt.Sprintf("  %-*s %s", pad, sub.Name(), sub.Short), width) + "\n")
			}
		}
	}
	if c.HasAvailableLocalFlags() {
		b.WriteString("\nFlags:\n" + flagUsages(c.LocalFlags(), width))
	}
	if c.HasAvailableInheritedFlags() {
		b.WriteString("\nGlobal Flags:\n" + flagUsages(c.InheritedFlags(), width))
	}
	if c.HasAvailableSubCommands() {
		b.WriteString("\n" + fillLine(fmt.Sprintf("Use \"%s [command] --help\" for more information about a command.", c.CommandPath()), width) + "\n")
	}
	return b.String()
}

// flagUsages lists flags, each with its value's placeholder (--color WHEN), in one layout for the
// whole list: the usage in a column beside the flags when the window leaves it room, else every usage
// on the lines under its flag.
// FlagUsage is a flag's value placeholder and its usage with the default value, as --help and the
// man pages both show them.
func FlagUsage(f *pflag.Flag) (placeholder, usage string) {
	placeholder, usage = pflag.UnquoteUsage(f)
	switch {
	case f.DefValue == "" || f.Value.Type() == "bool":
	case f.Value.Type() == "string":
		usage += fmt.Sprintf(" (default %q)", f.DefValue)
	default:
		usage += " (default " + f.DefValue + ")"
	}
	return placeholder, usage
}

func flagUsages(fs *pflag.FlagSet, width int) string {
	type row struct{ name, usage string }
	var rows []row
	col := 0
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		name := "      --" + f.Name
		if f.Shorthand != "" {
			name = "  -" + f.Shorthand + ", --" + f.Name
		}
		placeholder, usage := FlagUsage(f)
		if placeholder != "" {
			name += " " + placeholder
		}
		rows = append(rows, row{name, usage})
		col = max(col, len(name)+2)
	})
	stacked := width-col < 24
	var b strings.Builder
	for _, r := range rows {
		if stacked {
			b.WriteString(r.name + "\n")
			for _, l := range render.Hang("          ", r.usage, width) {
				b.WriteString(l + "\n")
			}
			continue
		}
		for _, l := range render.Hang(r.name+strings.Repeat(" ", col-len(r.name)), r.usage, width) {
			b.WriteString(l + "\n")
		}
	}
	return b.String()
}

// fillExamples keeps each example command on one line when it fits; a longer one is broken between
// words, each broken line ending in " \\" as a shell continues a command, the rest indented under it,
// so that what is copied still runs.
func fillExamples(text string, width int) string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, " ")
		if len([]rune(line)) <= width {
			out = append(out, line)
			continue
		}
		indent := len(line) - len(strings.TrimLeft(line, " "))
		cur, curIndent := "", indent
		for _, word := range strings.Fields(line) {
			switch {
			case cur == "":
				cur = word
			case curIndent+len(cur)+1+len(word)+2 <= width:
				cur += " " + word
			default:
				out = append(out, strings.Repeat(" ", curIndent)+cur+" \\")
				cur, curIndent = word, indent+4
			}
		}
		out = append(out, strings.Repeat(" ", curIndent)+cur)
	}
	return strings.Join(out, "\n")
}

// fillText wraps paragraphs (separated by blank lines) to width; lines that start with white space
// are kept as lines, wrapped with a hanging indent.
func fillText(text string, width int) string {
	var out []string
	var para []string
	flush := func() {
		if len(para) > 0 {
			out = append(out, wrapWords(strings.Join(para, " "), width)...)
			para = nil
		}
	}
	for _, line := range strings.Split(text, "\n") {
		switch {
		case strings.TrimSpace(line) == "":
			flush()
			out = append(out, "")
		case line[0] == ' ' || line[0] == '\t':
			flush()
			out = append(out, fillLine(line, width))
		default:
			para = append(para, strings.TrimSpace(line))
		}
	}
	flush()
	return strings.Join(out, "\n")
}

// columns finds where an indented line's text starts: after a list marker ("1. ", "- ") or after a
// gap of two or more spaces between a command and its description. It is compiled on first use, as
// only help wider than the window needs it, not at the start of every run.
var columns = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(\s*(?:\d+\.\s|[-*]\s)?)(?:(\S.*?\S)(\s{2,}))?`)
})

// fillLine wraps one line to width. Continuation lines hang under the description column of a
// two-column line, or under the text after the indent and any list marker; when the description
// column leaves too little room, the description moves under the first column, indented more.
func fillLine(line string, width int) string {
	// A tab (cobra's completion help indents with them) counts as four columns, as it is shown.
	line = strings.TrimRight(strings.ReplaceAll(line, "\t", "    "), " ")
	if len([]rune(line)) <= width {
		return line
	}
	m := columns().FindStringSubmatchIndex(line)
	hang := 0
	if m != nil {
		hang = m[3] // after the indent and list marker
		if m[4] >= 0 && m[7] > 0 {
			hang = m[7] // the description column
		}
	}
	indent := len(line) - len(strings.TrimLeft(line, " "))
	if hang > width-20 {
		// The description column is too far right: put the description below.
		if m != nil && m[4] >= 0 && m[7] > 0 {
			first := strings.TrimRight(line[:m[7]], " ")
			rest := fillLine(strings.Repeat(" ", indent+4)+line[m[7]:], width)
			return fillLine(first, width) + "\n" + rest
		}
		hang = min(indent+4, width/2)
	}
	return strings.Join(render.Hang(line[:hang], line[hang:], width), "\n")
}

// suggestFlag names the flag closest to the unknown one in err ("--jsn" → "--json"), or "".
func suggestFlag(c *cobra.Command, err error) string {
	msg := err.Error()
	var typed string
	switch {
	case strings.HasPrefix(msg, "unknown flag: --"):
		typed = strings.TrimPrefix(msg, "unknown flag: --")
	case strings.HasPrefix(msg, "unknown shorthand flag: 'v'"):
		// -v is the root's --version; on a command it is most often meant as --verbose.
		if c.Flags().Lookup("verbose") != nil {
			return "--verbose (-v alone is 'mtapi -v', the version)"
		}
		return "'mtapi -v' (the version)"
	default:
		return ""
	}
	typed, _, _ = strings.Cut(typed, "=")
	best, bestD := "", 3
	visit := func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		d := decode.EditDistance(typed, f.Name, bestD-1)
		if strings.HasPrefix(f.Name, typed) && len(typed) >= 2 {
			d = 1
		}
		if d < bestD {
			best, bestD = f.Name, d
		}
	}
	c.Flags().VisitAll(visit)
	c.InheritedFlags().VisitAll(visit)
	if best == "" || bestD > max(1, len(typed)/3+1) {
		return ""
	}
	return "--" + best
}
