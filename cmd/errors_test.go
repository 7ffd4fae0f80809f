package cmd

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestErrorCodesDocumented: every error and notice code the commands use is in docs/json.md's table,
// with the exit status it leads to, and the table lists no code that nothing uses.
func TestErrorCodesDocumented(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	used := map[string]bool{}
	re := regexp.MustCompile(`(?:failCode\(|warn\(|note\(|errCode: |code: |code, hint :?= )"([a-z]+(?:_[a-z]+)*)"`)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllSubmatch(b, -1) {
			used[string(m[1])] = true
		}
		// The codes errorCode gives errors that name none.
		if _, body, ok := bytes.Cut(b, []byte("func errorCode(")); ok {
			body, _, _ = bytes.Cut(body, []byte("\n}\n"))
			for _, m := range regexp.MustCompile(`return "([a-z_]+)"`).FindAllSubmatch(body, -1) {
				used[string(m[1])] = true
			}
		}
	}
	doc, err := os.ReadFile("../docs/json.md")
	if err != nil {
		t.Fatal(err)
	}
	documented := map[string]bool{}
	row := regexp.MustCompile("(?m)^\\| `([a-z_]+)` \\| (error|notice) \\|\\s*([0-9]*)\\s*\\|")
	for _, m := range row.FindAllSubmatch(doc, -1) {
		documented[string(m[1])] = true
		if string(m[2]) == "error" && len(m[3]) == 0 {
			t.Errorf("docs/json.md: the error %s has no exit status", m[1])
		}
	}
	for code := range used {
		if !documented[code] {
			t.Errorf("code %q is used but not in docs/json.md's table", code)
		}
	}
	for code := range documented {
		if !used[code] {
			t.Errorf("docs/json.md lists %q, which no command uses", code)
		}
	}
	if len(used) < 30 {
		t.Errorf("found only %d codes: the pattern no longer matches the source", len(used))
	}
}

// TestJSONErrors: under --json every line of stderr is one JSON object with schema_version and an
// error or a notice; the exit status is the error's.
func TestJSONErrors(t *testing.T) {
	for _, args := range [][]string{
		{"--json", "decode", "999999", "617020", "nosuchname"},
		{"decode", "--json", "--nosuchflag", "617020"},
		{"--nosuchflag", "--json"},
		{"serch", "--json", "x"},
		{"headers", "--json", "--fail-on", "bogus"},
		{"headers", "--json", "/nonexistent/file"},
		{"search", "--json", "zzzzzzzzqqqq"},
	} {
		var out, errb bytes.Buffer
		code := Main(args, Env{Stdout: &out, Stderr: &errb})
		lines := strings.Split(strings.TrimSuffix(errb.String(), "\n"), "\n")
		if errb.Len() == 0 {
			t.Errorf("%v: nothing on stderr", args)
			continue
		}
		var last map[string]map[string]any
		for _, l := range lines {
			var m map[string]json.RawMessage
			if err := json.Unmarshal([]byte(l), &m); err != nil || string(m["schema_version"]) != "1" {
				t.Errorf("%v: stderr line %q is not a JSON object with schema_version 1", args, l)
				continue
			}
			_ = json.Unmarshal([]byte(l), &last)
		}
		e, ok := last["error"]
		if !ok {
			t.Errorf("%v: the last line is not an error: %s", args, lines[len(lines)-1])
			continue
		}
		if st, _ := e["exit_status"].(float64); int(st) != code && !slices.Contains([]int{1, 2}, code) {
			t.Errorf("%v: exit %d, error says %v", args, code, e["exit_status"])
		}
		if c, _ := e["code"].(string); !regexp.MustCompile(`^[a-z]+(_[a-z]+)*$`).MatchString(c) {
			t.Errorf("%v: code %q", args, c)
		}
	}
}
