package cmd

import (
	"strings"
	"testing"
)

func TestSearchGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		tty  bool
		args []string
	}{
		{"search-future.plain", false, []string{"future"}},
		{"search-future.styled", true, []string{"future"}},
		{"search-future.json", false, []string{"--json", "future"}},
		{"search-UpdDateFut.plain", false, []string{"UpdDateFut"}},
		{"search-617xxx.plain", false, []string{"617xxx"}},
		{"search-all.json", false, []string{"--json"}},
		{"search-notices-failed.styled", true, []string{"failed", "--controller", "notices"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := execute(t, "", tc.tty, nil, append([]string{"search"}, tc.args...)...)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			golden(t, tc.name, r.stdout)
		})
	}
}

func TestSearchBehaviour(t *testing.T) {
	tests := []struct {
		tty  bool
		args []string
		code int
		out  string
		err  string
	}{
		{false, []string{"search", "future"}, 0, "617020\tcurrent\tUpdateDateCannotBeInFuture", ""},
		{false, []string{"search", "virus"}, 1, "", "Virus Scan (621000-621999): heading only, no codes seen"},
		{false, []string{"search", "--json", "zzzzqqq"}, 1, "[]", "nothing matches"},
		{false, []string{"search", "6999"}, 1, "", "no documented code starts with these digits"},
		{false, []string{"search", "--controller", "nowhere", "x"}, 2, "", "--controller \"nowhere\" matches no single range"},
		{false, []string{"search", "--state", "bogus"}, 2, "", "is not a state"},
		{false, []string{"search", "--limit", "-5", "x"}, 2, "", "must not be negative"},
		{false, []string{"search", "--limit", "2", "failed"}, 0, "", ""},
		{true, []string{"search", "failed"}, 0, "10 of", ""},
		{true, []string{"search", "failed", "--limit", "0"}, 0, "", ""},
	}
	for _, tt := range tests {
		r := execute(t, "", tt.tty, nil, tt.args...)
		if r.code != tt.code || !strings.Contains(r.stdout, tt.out) || !strings.Contains(r.stderr, tt.err) {
			t.Errorf("mtapi %q: exit %d, stdout %.200q, stderr %q; want %d, %q, %q", tt.args, r.code, r.stdout, r.stderr, tt.code, tt.out, tt.err)
		}
	}
	if r := execute(t, "", false, nil, "search", "--limit", "2", "failed"); strings.Count(r.stdout, "\n") != 2 {
		t.Errorf("--limit 2 printed %d lines", strings.Count(r.stdout, "\n"))
	}
	if r := execute(t, "", false, nil, "search", "failed"); strings.Count(r.stdout, "\n") < 50 {
		t.Errorf("piped search printed only %d lines; piped output is not limited", strings.Count(r.stdout, "\n"))
	}
	if r := execute(t, "", true, nil, "search", "failed", "--limit", "0"); strings.Contains(r.stdout, "--limit 0 shows all") {
		t.Errorf("--limit 0 still limited")
	}
}
