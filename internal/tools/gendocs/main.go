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
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"

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
	gen := map[string]func(io.Writer) error{
		"completions/mtapi.bash": func(w io.Writer) error { return root.GenBashCompletionV2(w, true) },
		"completions/mtapi.zsh":  root.GenZshCompletion,
		"completions/mtapi.fish": func(w io.Writer) error { return root.GenFishCompletion(w, true) },
		"completions/mtapi.ps1":  root.GenPowerShellCompletionWithDesc,
	}
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
		c.Long = manText(long)
		err := doc.GenMan(c, &h, &b)
		c.Long = long
		if err != nil {
			return err
		}
		page := fixSynopsis(b.Bytes(), c)
		// A flag without a default to show (search --limit) gets no dangling "=".
		page = bytes.ReplaceAll(page, []byte("\\fP=\n"), []byte("\\fP\n"))
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

// manText turns a help text into the markdown md2man reads: runs of indented lines are fenced as
// literal blocks, everything else stays paragraphs.
func manText(text string) string {
	var out []string
	inBlock := false
	for _, line := range strings.Split(text, "\n") {
		indented := strings.HasPrefix(line, "  ")
		switch {
		case indented && !inBlock:
			out = append(out, "```")
			inBlock = true
		case !indented && inBlock:
			out = append(out, "```")
			inBlock = false
		}
		out = append(out, line)
	}
	if inBlock {
		out = append(out, "```")
	}
	return strings.Join(out, "\n")
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
	}},
	{title: "ENVIRONMENT", items: [][2]string{
		{"NO_COLOR", "When set and not empty, output is not coloured; on a terminal the layout stays styled. --color=always overrides it."},
		{"CLICOLOR_FORCE", "When set and not 0, output is styled and coloured even when piped (unless NO_COLOR is set or --color=never is given)."},
		{"COLUMNS", "The width to lay out for, when it holds a positive number. Without it, mtapi asks the terminal for its window's width, and uses 80 when there is no terminal."},
		{"MTAPI_CATALOGUE", "A directory holding a catalogue (catalogue.tsv, controllers.tsv, revisions.tsv, names.tsv) to use instead of the one embedded in the binary, as --catalogue gives."},
	}},
	{title: "JSON OUTPUT", intro: "With --json every command prints one JSON document on standard output, with no colour and no escape sequences; messages and hints still go to standard error.", items: [][2]string{
		{"decode", "An array with one object per input: input, found, kind, code (null for a name no code has), status, controller ({name, name_inferred, label, start, end} or null), entries (each: code, printed_code, name, controller, message, state, first_revision, last_revision, note), explanation and suggestions."},
		{"search", "An array of the entries matched, best first, each with score, tier and matched ({field, start, end, text}, byte offsets into the field)."},
		{"ranges", "An array of ranges: name, name_inferred, label, start, end, kind, implemented, documented, note."},
		{"headers", "An object {\"responses\": [...]}, each response with index, source, status_line, http_status, found, final, mtapistatus (the values), dropped and results (as decode's objects)."},
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
