package codes

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/mtapi-cli/mtapi/internal/codesfmt"
)

// embeddedDir is the embedded catalogue as a writable in-memory directory.
func embeddedDir(t testing.TB) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	for _, name := range []string{CatalogueFile, ControllersFile, RevisionsFile, NamesFile} {
		b, err := fs.ReadFile(EmbeddedFS(), name)
		if err != nil {
			t.Fatal(err)
		}
		m[name] = &fstest.MapFile{Data: b}
	}
	return m
}

func edit(m fstest.MapFS, file, old, new string) {
	m[file] = &fstest.MapFile{Data: []byte(strings.Replace(string(m[file].Data), old, new, 1))}
}

func TestEmbeddedPassesValidation(t *testing.T) {
	if ps := Check(EmbeddedFS()); ps != nil {
		t.Fatalf("embedded catalogue: %v", ps)
	}
	c, err := Load(EmbeddedFS())
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Entries()) != len(Default().Entries()) || c.LatestRevision() != Default().LatestRevision() {
		t.Errorf("Load(EmbeddedFS()) differs from Default()")
	}
}

// Every rule of the validation, each with the exact message a maintainer sees.
func TestCheckReportsEveryProblem(t *testing.T) {
	tests := []struct {
		name   string
		break_ func(m fstest.MapFS)
		want   []string
	}{
		{"code not an integer", func(m fstest.MapFS) { edit(m, CatalogueFile, "\n617020\t", "\n61702x\t") },
			[]string{`catalogue.tsv:92: code "61702x" is not an integer (column 1)`}},
		{"unknown state", func(m fstest.MapFS) { edit(m, CatalogueFile, "\tcurrent\tr02\tr02", "\tcurent\tr02\tr02") },
			[]string{`catalogue.tsv:4: state "curent" is not one of current, duplicate, placeholder, superseded, typo (column `}},
		{"unknown controller", func(m fstest.MapFS) {
			edit(m, CatalogueFile, "\tAccounts Controller\tA null", "\tAcounts Controller\tA null")
		},
			[]string{`catalogue.tsv:4: controller "Acounts Controller" is not in controllers.tsv (column 37)`}},
		{"unknown revision", func(m fstest.MapFS) { edit(m, CatalogueFile, "\tr02\tr02\t", "\tr02\tr99\t") },
			[]string{`catalogue.tsv:4: last_revision "r99" is not in revisions.tsv`}},
		{"revisions out of order", func(m fstest.MapFS) { edit(m, CatalogueFile, "\tr02\tr02\t", "\tr25\tr02\t") },
			[]string{`catalogue.tsv:4: first_revision r25 comes after last_revision r02`}},
		{"missing field", func(m fstest.MapFS) { edit(m, ControllersFile, "\t601999", "") },
			[]string{`controllers.tsv:2: 7 fields, want 8: missing "note"`}},
		{"extra field", func(m fstest.MapFS) { edit(m, RevisionsFile, "\tlow\n", "\tlow\textra\n") },
			[]string{`revisions.tsv:2: 6 fields, want 5: a tab too many`}},
		{"missing column", func(m fstest.MapFS) { edit(m, CatalogueFile, "\tsources\tnote\n", "\tsources\n") },
			[]string{`catalogue.tsv:1: header is missing the column "note"`}},
		{"unknown column", func(m fstest.MapFS) { edit(m, RevisionsFile, "confidence", "certainty") },
			[]string{`revisions.tsv:1: header is missing the column "confidence"`, `revisions.tsv:1: header has the unknown column "certainty"`}},
		{"columns out of order", func(m fstest.MapFS) { edit(m, NamesFile, "label\tname\tinferred", "name\tlabel\tinferred") },
			[]string{`names.tsv:4: header columns are out of order or repeated`}},
		{"outside its range", func(m fstest.MapFS) { edit(m, CatalogueFile, "\n601002\t", "\n605002\t") },
			[]string{`catalogue.tsv:7: code 605002 is outside Accounts Controller (601000-601999) and state current does not explain it (column 1)`}},
		{"duplicate pair", func(m fstest.MapFS) {
			edit(m, CatalogueFile, "601002\tInvalidRegistrationContext\t", "601001\tUserActivationFailed\t")
		}, []string{`catalogue.tsv:7: duplicate row for 601001 UserActivationFailed (first at line 6)`}},
		{"typo note", func(m fstest.MapFS) { edit(m, CatalogueFile, "intended value: 620004.", "meant 620004.") },
			[]string{`typo note must start "intended value: N"`}},
		{"typo outside", func(m fstest.MapFS) { edit(m, CatalogueFile, "intended value: 620004.", "intended value: 630004.") },
			[]string{`intended value 630004 of the typo is outside Users Controller (620000-620999)`}},
		{"superseded note", func(m fstest.MapFS) {
			edit(m, CatalogueFile, "superseded by: InvalidArtifactType", "replaced by InvalidArtifactType")
		},
			[]string{`catalogue.tsv:2: superseded note must start "superseded by:" and say by what`}},
		{"two current names", func(m fstest.MapFS) {
			edit(m, CatalogueFile, "\tduplicate\tr11\tr11", "\tcurrent\tr11\tr11")
			edit(m, CatalogueFile, "\tduplicate\tr11\tr11", "\tcurrent\tr11\tr11")
		},
			[]string{`604004 has two current names, CreatingArtifactFailed (line 36) and RetrievingArtifactFailed`}},
		{"lone duplicate", func(m fstest.MapFS) { edit(m, CatalogueFile, "\tcurrent\tr02\tr02", "\tduplicate\tr02\tr02") },
			[]string{`601000 InvalidUserActivationContext is a duplicate, but no other name of 601000 is`}},
		{"bad range", func(m fstest.MapFS) { edit(m, ControllersFile, "\t601000\t601999\t", "\t601000\t60199x\t") },
			[]string{`controllers.tsv:2: range_end "60199x" is not an integer`}},
		{"overlapping ranges", func(m fstest.MapFS) { edit(m, ControllersFile, "\t602000\t602999\t", "\t601500\t602999\t") },
			[]string{`overlaps "Accounts Controller" (601000-601999)`}},
		{"implemented", func(m fstest.MapFS) { edit(m, ControllersFile, "\tyes\t", "\tmaybe\t") },
			[]string{`controllers.tsv:2: implemented "maybe" is not one of yes, not-implemented-yet, unknown`}},
		{"confidence", func(m fstest.MapFS) { edit(m, RevisionsFile, "\tlow\n", "\tsure\n") },
			[]string{`revisions.tsv:2: confidence "sure" is not one of high, medium, low`}},
		{"revision twice", func(m fstest.MapFS) { edit(m, RevisionsFile, "\nr02\t", "\nr01\t") },
			[]string{`revisions.tsv:3: revision "r01" is listed twice`}},
		{"short name missing", func(m fstest.MapFS) { edit(m, NamesFile, "App Controller\tApp\tno\n", "") },
			[]string{`controllers.tsv:4: controller "App Controller" has no short name in names.tsv`}},
		{"short name unknown", func(m fstest.MapFS) { edit(m, NamesFile, "App Controller\tApp", "Ap Controller\tApp") },
			[]string{`controllers.tsv:4: controller "App Controller" has no short name`, `names.tsv:7: label "Ap Controller" is not a controller in controllers.tsv`}},
		{"control character", func(m fstest.MapFS) {
			edit(m, CatalogueFile, "User activation failed.", "User activation\x1b[2J failed.")
		},
			[]string{`catalogue.tsv:6: message contains the control character U+001B`}},
		{"bidi override", func(m fstest.MapFS) {
			edit(m, CatalogueFile, "User activation failed.", "User \u202eactivation failed.")
		},
			[]string{`catalogue.tsv:6: message contains the control character U+202E (column 54)`}},
		{"not UTF-8", func(m fstest.MapFS) {
			edit(m, CatalogueFile, "User activation failed.", "User activation \xff failed.")
		},
			[]string{`catalogue.tsv:6: not valid UTF-8`}},
		{"range backwards", func(m fstest.MapFS) { edit(m, ControllersFile, "\t601000\t601999\t", "\t601999\t601000\t") },
			[]string{`controllers.tsv:2: range 601999-601000 ends before it starts`}},
		{"empty name", func(m fstest.MapFS) { edit(m, CatalogueFile, "\tUserActivationFailed\t", "\t\t") },
			[]string{`catalogue.tsv:6: name "" is empty or has spaces`}},
		{"empty revision label", func(m fstest.MapFS) { edit(m, RevisionsFile, "\nr02\t", "\n\t") },
			[]string{`revisions.tsv:3: empty revision label`}},
		{"inferred not yes or no", func(m fstest.MapFS) { edit(m, NamesFile, "\tApp\tno", "\tApp\tmaybe") },
			[]string{`names.tsv:7: inferred "maybe" is not yes or no`}},
		{"typo at its printed value", func(m fstest.MapFS) { edit(m, CatalogueFile, "intended value: 620004.", "intended value: 62000.") },
			[]string{`typo note gives the printed value 62000 as the intended one`}},
		{"file is a directory", func(m fstest.MapFS) {
			delete(m, CatalogueFile)
			m[CatalogueFile+"/x"] = &fstest.MapFile{}
		}, []string{`catalogue.tsv: is a directory`}},
		{"missing file", func(m fstest.MapFS) { delete(m, RevisionsFile) },
			[]string{`revisions.tsv: missing: a catalogue needs catalogue.tsv, controllers.tsv and revisions.tsv`}},
		{"empty file", func(m fstest.MapFS) { m[ControllersFile] = &fstest.MapFile{} },
			[]string{`controllers.tsv: no header line`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := embeddedDir(t)
			tt.break_(m)
			ps := Check(m)
			var got []string
			for _, p := range ps {
				got = append(got, p.Error())
			}
			for _, w := range tt.want {
				found := false
				for _, g := range got {
					found = found || strings.Contains(g, w)
				}
				if !found {
					t.Errorf("no problem %q in\n%s", w, strings.Join(got, "\n"))
				}
			}
			c, err := Load(m)
			var lp Problems
			if c != nil || !errors.As(err, &lp) || len(lp) != len(ps) {
				t.Errorf("Load = %v, %v; want no catalogue and the %d problems", c != nil, err, len(ps))
			}
		})
	}
}

func TestCheckListsAllProblemsNotTheFirst(t *testing.T) {
	m := embeddedDir(t)
	edit(m, CatalogueFile, "\n617020\t", "\n61702x\t")
	edit(m, CatalogueFile, "\tcurrent\tr02\tr02", "\tcurent\tr02\tr02")
	edit(m, ControllersFile, "\tyes\t", "\tmaybe\t")
	ps := Check(m)
	if len(ps) != 3 {
		t.Fatalf("%d problems, want 3: %v", len(ps), ps)
	}
	if !strings.HasSuffix(ps.Error(), "(and 2 more problems)") {
		t.Errorf("error %q does not count the others", ps.Error())
	}
}

func TestLoadWithoutNamesDerivesShortNames(t *testing.T) {
	m := embeddedDir(t)
	delete(m, NamesFile)
	c, err := Load(m)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Services Controller": "Services", "(heading not visible: 611xxx)": "Organizations",
		"(heading not visible: 617xxx)": "Service Requests", "Generic/Reusable Statuses - can be used in any controller": "Generic"}
	for _, ctl := range c.Controllers() {
		if w, ok := want[ctl.Label]; ok && ctl.Name != w {
			t.Errorf("%s: short name %q, want %q", ctl.Label, ctl.Name, w)
		}
		if ctl.NameInferred != strings.HasPrefix(ctl.Label, "(heading not visible") {
			t.Errorf("%s: inferred = %v", ctl.Label, ctl.NameInferred)
		}
	}
}

func TestLoadDirectory(t *testing.T) {
	dir := t.TempDir()
	for name, f := range embeddedDir(t) {
		if err := os.WriteFile(filepath.Join(dir, name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := Load(os.DirFS(dir)); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(os.DirFS(filepath.Join(dir, "nope"))); err == nil {
		t.Error("a missing directory loaded")
	}
}

func FuzzCheck(f *testing.F) {
	f.Add(catalogueTSV[:2000], controllersTSV[:1500])
	f.Add("code\tname\n1\t2\n", "\t\t\n")
	base := embeddedDir(f)
	f.Fuzz(func(t *testing.T, cat, ctl string) {
		m := fstest.MapFS{RevisionsFile: base[RevisionsFile], NamesFile: base[NamesFile]}
		m[CatalogueFile] = &fstest.MapFile{Data: []byte(cat)}
		m[ControllersFile] = &fstest.MapFile{Data: []byte(ctl)}
		c, err := Load(m)
		if (c == nil) == (err == nil) {
			t.Fatalf("Load returned %v and %v", c, err)
		}
		if c != nil {
			for _, e := range c.Entries() {
				c.Lookup(e.Code)
			}
		}
	})
}

func TestColumnsKnowEveryFile(t *testing.T) {
	// codesfmt spells the file names again because it sits below this package.
	for _, f := range []string{CatalogueFile, ControllersFile, RevisionsFile, NamesFile} {
		if codesfmt.Columns(f) == nil {
			t.Errorf("codesfmt.Columns(%q) is nil: the file names disagree", f)
		}
	}
}
