// Command gendocs writes the shell completion scripts (completions/) and the man pages (man/) from the
// command tree. It is run by go generate and by the release's before hooks; a test fails when the
// committed files are stale.
//
// The man pages carry no date unless SOURCE_DATE_EPOCH gives one, so they are reproducible.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
	"github.com/spf13/pflag"

	"github.com/mtapi-cli/mtapi/cmd"
)

func main() {
	out := flag.String("out", ".", "repository root to write completions/ and man/ under")
	flag.Parse()
	if err := Generate(*out, os.Getenv("SOURCE_DATE_EPOCH")); err != nil {
		fmt.Fprintln(os.Stderr, "gendocs:", err)
		os.Exit(1)
	}
}

// Files returns every generated file, by path relative to the repository root.
func Files(sourceDateEpoch string) (map[string][]byte, error) {
	root := cmd.NewRoot(&cmd.Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard,
		Getenv: func(string) string { return "" }})
	files := map[string][]byte{}
	gen := map[string]func(io.Writer) error{}
	for _, shell := range []struct{ name, file string }{{"bash", "mtapi.bash"}, {"zsh", "mtapi.zsh"}, {"fish", "mtapi.fish"}, {"powershell", "mtapi.ps1"}} {
		gen["completions/"+shell.file] = func(w io.Writer) error { return cmd.CompletionScript(root, shell.name, true, w) }
	}
	gen["docs/formats.md"] = func(w io.Writer) error { _, err := w.Write(formatsDoc()); return err }
	for name, f := range gen {
		var b bytes.Buffer
		if err := f(&b); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		files[name] = b.Bytes()
	}

	date := time.Time{}
	if sourceDateEpoch != "" {
		sec, err := strconv.ParseInt(sourceDateEpoch, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("invalid SOURCE_DATE_EPOCH %q", sourceDateEpoch)
		}
		date = time.Unix(sec, 0).UTC()
	}
	header := &doc.GenManHeader{Title: "MTAPI", Section: "1", Source: "mtapi", Manual: "mtapi manual", Date: &date}
	root.DisableAutoGenTag = true
	var walk func(c *cobra.Command) error
	walk = func(c *cobra.Command) error {
		if !c.IsAvailableCommand() && c != root || c.IsAdditionalHelpTopicCommand() {
			return nil
		}
		for _, sub := range c.Commands() {
			if err := walk(sub); err != nil {
				return err
			}
		}
		h := *header
		h.Title = strings.ToUpper(strings.ReplaceAll(c.CommandPath(), " ", "-"))
		var b bytes.Buffer
		// Long texts are paragraphs for the terminal to wrap; their indented lines (command tables,
		// numbered lists) become literal blocks so that man keeps them as lines.
		long := c.Long
		text, tables := manText(long)
		c.Long = text
		err := doc.GenMan(c, &h, &b)
		c.Long = long
		if err != nil {
			return err
		}
		page := fixSynopsis(b.Bytes(), c)
		for i, t := range tables {
			page = bytes.Replace(page, []byte(tableMark(i)+"\n"), []byte(t), 1)
		}
		page = replaceSection(page, ".SH OPTIONS\n", manFlags(c.NonInheritedFlags()))
		page = replaceSection(page, ".SH OPTIONS INHERITED FROM PARENT COMMANDS\n", manFlags(c.InheritedFlags()))
		if c == root {
			page = addSections(page, rootSections)
		}
		if sourceDateEpoch == "" {
			// No date unless the build asks for one: the committed pages stay byte-identical.
			page = bytes.Replace(page, []byte(`"Jan 0001"`), []byte(`""`), 1)
		}
		files["man/"+strings.ReplaceAll(c.CommandPath(), " ", "-")+".1"] = page
		return nil
	}
	if err := walk(root); err != nil {
		return nil, err
	}
	return files, nil
}

// manText turns a help text into the markdown md2man reads. Runs of indented lines (command tables,
// numbered lists) become tables, returned apart as roff and marked in the text: literal blocks would
// keep them as lines that run past an 80-column terminal, while roff's tagged paragraphs wrap.
func manText(text string) (string, []string) {
	var out, tables []string
	var block []string
	flush := func() {
		if len(block) > 0 {
			out = append(out, "", tableMark(len(tables)), "")
			tables = append(tables, manTable(block))
			block = nil
		}
	}
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "  ") {
			block = append(block, line)
			continue
		}
		flush()
		out = append(out, line)
	}
	flush()
	return strings.Join(out, "\n"), tables
}

func tableMark(i int) string { return fmt.Sprintf("MTAPIMANTABLE%d", i) }

// manRow splits an indented help line into its tag (a command, a value, a list number) and its text:
// "  1. exact name", "  html   one self-contained page".
var manRow = regexp.MustCompile(`^\s+(?:(\d+\.)\s+(.*)|(\S.*?\S)\s{2,}(\S.*))$`)

// manTable writes indented lines as tagged paragraphs that groff fills to the reader's width; a line
// that is neither a list item nor two columns stays a line.
func manTable(lines []string) string {
	var b strings.Builder
	for _, l := range lines {
		m := manRow.FindStringSubmatch(l)
		switch {
		case m == nil:
			b.WriteString(".PP\n.RS 4\n.nf\n" + roffEscape(strings.TrimSpace(l)) + "\n.fi\n.RE\n")
		case m[1] != "":
			b.WriteString(".IP \"" + m[1] + "\" 4\n" + roffEscape(m[2]) + "\n")
		default:
			b.WriteString(".TP\n.B " + roffEscape(m[3]) + "\n" + roffEscape(m[4]) + "\n")
		}
	}
	return b.String() + ".PP\n"
}

// replaceSection replaces the body of the section that starts with head, up to the next section, with
// body; a page without that section is returned as it is.
func replaceSection(page []byte, head, body string) []byte {
	i := bytes.Index(page, []byte(head))
	if i < 0 {
		return page
	}
	start := i + len(head)
	end := bytes.Index(page[start:], []byte("\n.SH "))
	if end < 0 {
		end = len(page) - start
	}
	return append(append(append([]byte{}, page[:start]...), body+"\n"...), page[start+end:]...)
}

// manFlags lists flags as tagged paragraphs, each with its value's placeholder as --help shows it
// (--catalogue DIR, --limit N), its text filled under it, and a default where one means something.
func manFlags(fs *pflag.FlagSet) string {
	var b strings.Builder
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		tag := `\fB\-\-` + roffEscape(f.Name) + `\fP`
		if f.Shorthand != "" {
			tag = `\fB\-` + roffEscape(f.Shorthand) + `\fP, ` + tag
		}
		placeholder, usage := cmd.FlagUsage(f)
		if placeholder != "" {
			tag += ` \fI` + roffEscape(placeholder) + `\fP`
		}
		b.WriteString(".TP\n" + tag + "\n" + roffEscape(usage) + "\n")
	})
	return b.String()
}

// fixSynopsis writes the command line with its arguments: md2man reads "<code|name|->" as an HTML
// tag and drops it.
func fixSynopsis(page []byte, c *cobra.Command) []byte {
	const head = ".SH SYNOPSIS\n"
	i := bytes.Index(page, []byte(head))
	if i < 0 {
		return page
	}
	start := i + len(head)
	end := bytes.IndexByte(page[start:], '\n')
	if end < 0 {
		return page
	}
	line := `\fB` + c.CommandPath() + `\fP`
	if args := strings.TrimSpace(strings.TrimPrefix(c.UseLine(), c.CommandPath())); args != "" {
		line += " " + roffEscape(args)
	}
	if c.HasAvailableSubCommands() {
		// The commands beneath, as --help's usage shows them.
		line += "\n.br\n" + `\fB` + c.CommandPath() + `\fP \fIcommand\fP [flags] [arguments]`
	}
	return append(append(append([]byte{}, page[:start]...), line...), page[start+end:]...)
}

// roffEscape makes text safe inside a roff line.
func roffEscape(s string) string {
	s = strings.ReplaceAll(s, `\`, `\e`)
	s = strings.ReplaceAll(s, "-", `\-`)
	if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "'") {
		s = `\&` + s
	}
	return s
}

// section is a man page section written in roff: a title and tagged paragraphs.
type section struct {
	title string
	intro string
	items [][2]string // tag, text
}

// rootSections are what mtapi(1) says beyond the command tree: exit status, environment, JSON.
var rootSections = []section{
	{title: "EXIT STATUS", items: [][2]string{
		{"0", "Everything asked for was found: every input decoded to NotSet, an HTTP status or a catalogue entry; search matched; ranges listed; headers found an mtapistatus header in every input."},
		{"1", "Something was not found: an undocumented or unknown number, a name no code has, a search without matches, a range query that names none, or a response without an mtapistatus header."},
		{"2", "Bad usage or unreadable input: an unknown command or flag, a bad flag value, input that cannot be read or is not text, or output that cannot be written. A closed output pipe (mtapi ranges | head -1) is not an error."},
		{"3", "mtapi headers --fail-on EXPR: a response matched EXPR (the gate tripped). With --fail-on, a run whose gate did not trip exits 0, even where no mtapistatus header was found; an input that cannot be read makes it 2 instead, since the answer is incomplete."},
		{"130", "Interrupted (Ctrl-C) while mtapi headers had a gate or a report: the report of what was read is written first."},
	}},
	{title: "ENVIRONMENT", items: [][2]string{
		{"NO_COLOR", "When set and not empty, output is not coloured; on a terminal the layout stays styled. --color=always overrides it."},
		{"CLICOLOR_FORCE", "When set and not 0, output is styled and coloured even when piped (unless NO_COLOR is set or --color=never is given)."},
		{"COLUMNS", "The width to lay out for, when it holds a positive number. Without it, mtapi asks the terminal for its window's width, and uses 80 when there is no terminal."},
		{"MTAPI_CATALOGUE", "A directory holding a catalogue (catalogue.tsv, controllers.tsv, revisions.tsv, names.tsv) to use instead of the one embedded in the binary, as --catalogue gives."},
	}},
	{title: "JSON OUTPUT", intro: "With --json every command prints one JSON document on standard output, with no colour and no escape sequences, and every error and notice goes to standard error as one JSON object per line: {\"schema_version\": 1, \"error\": {code, message, hint, input, exit_status}} or {\"schema_version\": 1, \"notice\": {...}}; the codes are stable (docs/json.md lists them with their exit statuses). Every document carries schema_version (in each element of an array); its JSON Schema is in docs/schemas/.", items: [][2]string{
		{"decode", "An array with one object per input: input, found, kind, code (null for a name no code has), status, controller ({name, name_inferred, label, start, end} or null), entries (each: code, printed_code, name, controller, message, state, first_revision, last_revision, note), explanation and suggestions."},
		{"search", "An array of the entries matched, best first, each with score, tier and matched ({field, start, end, text}, byte offsets into the field)."},
		{"ranges", "An array of ranges: name, name_inferred, label, start, end, kind, implemented, documented, note."},
		{"headers", "An object {\"schema_version\": 1, \"responses\": [...]}, each response with index, source, status_line, http_status, found, final, mtapistatus (the values), dropped and results (as decode's objects)."},
		{"version", "An object with version, commit, date, go, os, arch and catalogue {entries, newest_revision}."},
	}},
}

// addSections writes sections into a man page before SEE ALSO.
func addSections(page []byte, sections []section) []byte {
	var b strings.Builder
	for _, s := range sections {
		b.WriteString(".SH " + s.title + "\n")
		if s.intro != "" {
			b.WriteString(roffEscape(s.intro) + "\n")
		}
		for _, it := range s.items {
			b.WriteString(".TP\n\\fB" + roffEscape(it[0]) + "\\fP\n" + roffEscape(it[1]) + "\n")
		}
		b.WriteString("\n\n")
	}
	i := bytes.Index(page, []byte(".SH SEE ALSO"))
	if i < 0 {
		return append(page, b.String()...)
	}
	return append(append(append([]byte{}, page[:i]...), b.String()...), page[i:]...)
}

// Generate writes the files under dir.
func Generate(dir, sourceDateEpoch string) error {
	files, err := Files(sourceDateEpoch)
	if err != nil {
		return err
	}
	for name, b := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
