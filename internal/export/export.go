// Package export writes the catalogue in the forms people use outside a terminal: a self-contained
// searchable web page, source files for the portals that call MTAPI (TypeScript, C#, Go), data files
// (JSON, CSV), a Markdown page and the status-code page's own text.
//
// It never chooses the catalogue: callers pass the entries and controllers in Data, so the embedded
// catalogue and one loaded from a directory export the same way. Output is deterministic: sorted, and
// without a timestamp unless Data.Generated is set (from SOURCE_DATE_EPOCH).
package export

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/decode"
)

// Data is the catalogue to export.
type Data struct {
	// Catalogue is where Entries and Controllers come from; explanations are decoded from it.
	Catalogue *codes.Catalogue
	// Entries are every catalogue entry, by code and trusted first within a code (codes.Entries order).
	Entries []codes.Entry
	// Controllers are the documented ranges, by start (codes.Controllers order).
	Controllers []*codes.Controller
	// Revision is the label of the newest documentation revision the catalogue knows.
	Revision string
	// Version is the mtapi version that writes the file.
	Version string
	// Generated, when not zero, is written into the file as its generation time. Leave it zero for
	// reproducible output; cmd sets it from SOURCE_DATE_EPOCH.
	Generated time.Time
}

// Options tune single formats.
type Options struct {
	// Package is the Go package name of the go format (default "mtapistatus").
	Package string
}

// DefaultPackage is the Go package name used when Options.Package is empty.
const DefaultPackage = "mtapistatus"

type writer func(w *bufio.Writer, d Data, o Options) error

var writers = map[string]writer{
	"html": writeHTML,
	"ts":   writeTS,
	"cs":   writeCS,
	"go":   writeGo,
	"json": writeJSON,
	"csv":  writeCSV,
	"md":   writeMarkdown,
	"text": writeText,
}

// Formats lists the format names Write accepts, in the order the help shows them.
func Formats() []string {
	return []string{"html", "ts", "cs", "go", "json", "csv", "md", "text"}
}

// ErrUnknownFormat is returned (wrapped) by Write for a format not in Formats.
var ErrUnknownFormat = errors.New("unknown format")

// ErrBadPackage is returned (wrapped) for a Go package name that is not an identifier.
var ErrBadPackage = errors.New("not a valid Go package name")

// Check validates the format and options before anything is written.
func Check(format string, o Options) error {
	if _, ok := writers[format]; !ok {
		return fmt.Errorf("%w %q", ErrUnknownFormat, format)
	}
	if o.Package != "" && !goIdent(o.Package) {
		return fmt.Errorf("%q is %w", o.Package, ErrBadPackage)
	}
	return nil
}

// Write writes d in format to w.
func Write(w io.Writer, format string, d Data, o Options) error {
	if err := Check(format, o); err != nil {
		return err
	}
	if o.Package == "" {
		o.Package = DefaultPackage
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := writers[format](bw, d, o); err != nil {
		return err
	}
	return bw.Flush()
}

// WriteFile writes d in format to path atomically: into a temporary file in the same directory, then
// renamed over path, so a reader never sees half a file and a failure leaves the old file in place.
func WriteFile(path, format string, d Data, o Options) (err error) {
	if err := Check(format, o); err != nil {
		return err
	}
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("cannot create a file in %s: %w", dir, err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err = Write(f, format, d, o); err != nil {
		return err
	}
	if err = f.Chmod(0o644); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// header is the first lines every generated source file carries, as plain lines without comment
// markers.
func header(d Data, format string) []string {
	lines := []string{
		fmt.Sprintf("MTAPI status codes: %d entries, documentation revision %s.", len(d.Entries), d.Revision),
		"Written by mtapi " + d.Version + " (mtapi export --format " + format + ").",
	}
	if !d.Generated.IsZero() {
		lines = append(lines, "Generated "+d.Generated.UTC().Format(time.RFC3339)+".")
	}
	return lines
}

// ModellingRule is how the source formats (ts, cs, go) keep every entry reachable although an enum
// cannot hold one name twice. It is printed at the top of each generated file and in the README.
var ModellingRule = []string{
	"Modelling rule: each name is one member, bound to the number decode gives it first - a current,",
	"duplicate or typo entry (a typo at its intended number), else a placeholder. Two names printed on",
	"one number (duplicates) are two members with the same value. Every other entry - a superseded name,",
	"or a further number of a name (InvalidUserId is also a placeholder at 620000) - is an alias member",
	"named Name_Code (InvalidUserId_620000), documented, and marked deprecated when superseded. The",
	"lookup table holds every entry, aliases included, by code and trusted first.",
}

// member is one enum member or constant of the source formats.
type member struct {
	Ident string
	Entry codes.Entry
	// Alias is true for every member that is not its name's primary binding.
	Alias bool
}

// primary reports whether e can be its name's primary member: anything but superseded history.
func primaryRank(e codes.Entry) int {
	switch e.State {
	case codes.Current, codes.Duplicate, codes.Typo:
		return 0
	case codes.Placeholder:
		return 1
	}
	return -1
}

// members applies ModellingRule. ident turns a name into a valid identifier of the language; a clash
// after that (two names that differ only in characters the language cannot hold) is resolved by
// suffixes, deterministically.
func members(entries []codes.Entry, ident func(string) string, reserved ...string) []member {
	best := map[string]int{} // name -> index of its primary entry
	for i, e := range entries {
		r := primaryRank(e)
		if r < 0 {
			continue
		}
		if j, ok := best[e.Name]; !ok || r < primaryRank(entries[j]) {
			best[e.Name] = i
		}
	}
	out := make([]member, len(entries))
	taken := map[string]bool{}
	for _, r := range reserved {
		taken[r] = true
	}
	// Primaries take their plain name first, so that an alias can never steal it.
	order := make([]int, 0, len(entries))
	for i, e := range entries {
		if j, ok := best[e.Name]; ok && j == i {
			order = append(order, i)
		}
	}
	for i, e := range entries {
		if j, ok := best[e.Name]; !ok || j != i {
			order = append(order, i)
		}
	}
	for _, i := range order {
		e := entries[i]
		j, ok := best[e.Name]
		alias := !ok || j != i
		id := ident(e.Name)
		if alias {
			id = ident(e.Name + "_" + codeSuffix(e.Code))
		}
		if taken[id] {
			id = ident(e.Name + "_" + codeSuffix(e.Code))
		}
		for n := 2; taken[id]; n++ {
			id = ident(e.Name+"_"+codeSuffix(e.Code)) + "_" + strconv.Itoa(n)
		}
		taken[id] = true
		out[i] = member{Ident: id, Entry: e, Alias: alias}
	}
	return out
}

func codeSuffix(n int) string {
	if n < 0 {
		return "M" + strconv.Itoa(-n)
	}
	return strconv.Itoa(n)
}

// identifier maps a name to [A-Za-z_][A-Za-z0-9_]*, replacing every other character with '_' and
// prefixing "S" where the name does not start with a letter.
func identifier(name string) string {
	var b strings.Builder
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' {
			b.WriteByte(c)
		} else {
			b.WriteByte('_')
		}
	}
	s := b.String()
	if s == "" || !(s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z') {
		s = "S" + s
	}
	return s
}

// memberDoc is the one-line documentation of a member.
func memberDoc(m member) string {
	e := m.Entry
	var parts []string
	if e.Message != "" {
		parts = append(parts, e.Message)
	}
	where := controllerName(e.Controller)
	switch e.State {
	case codes.Current:
		parts = append(parts, "("+where+")")
	case codes.Duplicate:
		parts = append(parts, "("+where+"; duplicate: the documentation prints another name with this number)")
	case codes.Typo:
		parts = append(parts, fmt.Sprintf("(%s; typo: the documentation printed it as %d)", where, e.Printed))
	case codes.Placeholder:
		parts = append(parts, "("+where+"; placeholder: listed as not implemented yet)")
	case codes.Superseded:
		s := "(" + where + "; superseded, history only"
		if by := supersededBy(e); by != "" {
			s += "; " + by
		}
		parts = append(parts, s+")")
	}
	if m.Alias && e.State != codes.Superseded {
		parts = append(parts, "Alias: the name "+e.Name+" is bound to another number.")
	}
	return strings.Join(parts, " ")
}

func controllerName(c *codes.Controller) string {
	if c == nil {
		return ""
	}
	return c.Name
}

// supersededBy is where a superseded entry went, as decode says it.
func supersededBy(e codes.Entry) string { return decode.SupersededBy(e) }

// group is one section of the html and md formats: a documented range and the entries whose number it
// holds, or (Controller nil) the entries no range holds.
type group struct {
	Controller *codes.Controller
	Entries    []codes.Entry
}

// groups sorts the entries into the ranges holding their numbers, in range order; entries outside
// every range come first (their numbers are lower than any range's: 4000).
func groups(d Data) []group {
	out := make([]group, 0, len(d.Controllers)+1)
	var outside []codes.Entry
	byCtl := map[*codes.Controller][]codes.Entry{}
	for _, e := range d.Entries {
		c := holder(d.Controllers, e.Code)
		if c == nil {
			outside = append(outside, e)
			continue
		}
		byCtl[c] = append(byCtl[c], e)
	}
	if len(outside) > 0 {
		out = append(out, group{Entries: outside})
	}
	cs := append([]*codes.Controller(nil), d.Controllers...)
	sort.SliceStable(cs, func(a, b int) bool { return cs[a].Start < cs[b].Start })
	for _, c := range cs {
		out = append(out, group{Controller: c, Entries: byCtl[c]})
	}
	return out
}

func holder(cs []*codes.Controller, n int) *codes.Controller {
	for _, c := range cs {
		if c.Contains(n) {
			return c
		}
	}
	return nil
}

// commentText makes s safe inside a one-line comment of any of the source languages.
func commentText(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == '\u2028' || r == '\u2029' || r == '\u0085' {
			return ' '
		}
		return r
	}, s)
	return strings.ReplaceAll(s, "*/", "* /")
}
