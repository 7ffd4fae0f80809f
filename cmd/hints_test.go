package cmd

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestEveryHintWorks runs every command a hint or a card suggests, as printed, for the table of
// pastes and the usual mistakes, and requires that it finds something: a hint that leads nowhere
// is worse than none.
func TestEveryHintWorks(t *testing.T) {
	inputs := [][]string{
		{"serch"}, {"frobnicate"}, {"617999"}, {"4049999"}, {"614123"}, {"901999"}, {"62000"}, {"618003"},
		{"4040500"}, {"605000"}, {"0"}, {"12345"}, {"UpdateDateCannotBeInFutur"}, {"617 020"}, {"617", "020"},
		{"617O20"}, {"is"}, {""}, {"Hi there, nothing to see"}, {"search", "zzzzqqq"}, {"search", "614xxx"},
		{"decode", "nosuchname"}, {"ranges", "999999"}, {"decod", "617020"}, {"617020", "search"},
	}
	for _, in := range decodeInputs {
		inputs = append(inputs, []string{in})
	}
	b, err := os.ReadFile(filepath.Join("..", "testdata", "pastes.json"))
	if err != nil {
		t.Fatal(err)
	}
	var pastes []struct{ Text string }
	if err := json.Unmarshal(b, &pastes); err != nil {
		t.Fatal(err)
	}
	for _, p := range pastes {
		inputs = append(inputs, []string{p.Text})
	}
	tried := map[string]bool{}
	for _, args := range inputs {
		for _, tty := range []bool{false, true} {
			r := execute(t, "", tty, nil, args...)
			for _, hint := range hintCommands(r.stdout + "\n" + r.stderr) {
				if tried[hint] {
					continue
				}
				tried[hint] = true
				hr := execute(t, "", false, nil, shellWords(hint)...)
				if hr.code != ExitOK {
					t.Errorf("mtapi %q hints %q, which finds nothing (exit %d): %s", args, "mtapi "+hint, hr.code, hr.stderr)
				}
			}
		}
	}
	if len(tried) < 10 {
		t.Errorf("only %d hints were tried", len(tried))
	}
}

var (
	quotedCommand = regexp.MustCompile(`'mtapi ([^']+)'`)
	didYouMean    = regexp.MustCompile(`did you mean:? ([^'?\n]+)\??`)
	cardSearch    = regexp.MustCompile(`hint: mtapi (search .+)`)
)

// hintCommands are the commands (without "mtapi") that the hints in out name and that look
// something up: a command named alone ("did you mean 'mtapi search'?") and a template
// ("<number>", URL) are not runs to check.
func hintCommands(out string) []string {
	var cmds []string
	for _, m := range quotedCommand.FindAllStringSubmatch(out, -1) {
		if !strings.ContainsAny(m[1], "<|") && !strings.Contains(m[1], "URL") && strings.Contains(m[1], " ") {
			cmds = append(cmds, m[1])
		}
	}
	for _, m := range didYouMean.FindAllStringSubmatch(out, -1) {
		if strings.HasPrefix(m[1], "-") {
			continue
		}
		for _, s := range strings.Split(m[1], ",") {
			cmds = append(cmds, strings.TrimSpace(s))
		}
	}
	for _, m := range cardSearch.FindAllStringSubmatch(out, -1) {
		cmds = append(cmds, strings.TrimSpace(m[1]))
	}
	return cmds
}

// shellWords splits a command line as a shell would: white space, and quotes that group.
func shellWords(s string) []string {
	var out []string
	var cur strings.Builder
	quote, in := rune(0), false
	for _, r := range s {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			cur.WriteRune(r)
		case r == '\'' || r == '"':
			quote, in = r, true
		case r == ' ':
			if in {
				out = append(out, cur.String())
				cur.Reset()
				in = false
			}
		default:
			cur.WriteRune(r)
			in = true
		}
	}
	if in {
		out = append(out, cur.String())
	}
	return out
}
