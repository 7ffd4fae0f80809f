// Package codesfmt holds the rules of the catalogue's files and names that the codes package and
// mtapi's own packages share but that are not part of the public codes API: the column headers of
// the TSV files, how a controller's short name is derived from its heading, and the name key with
// the offsets a search highlights.
//
// It sits below codes (codes imports it, never the other way round), so each rule has one home.
package codesfmt

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// The files of a catalogue directory, as codes names them (codes cannot be imported here; a test
// there checks that the names agree).
const (
	CatalogueFile   = "catalogue.tsv"
	ControllersFile = "controllers.tsv"
	RevisionsFile   = "revisions.tsv"
	NamesFile       = "names.tsv"
)

var (
	catalogueColumns   = []string{"code", "name", "controller", "message", "state", "first_revision", "last_revision", "sources", "note"}
	controllersColumns = []string{"controller", "range_start", "range_end", "implemented", "first_revision", "last_revision", "sources", "note"}
	revisionsColumns   = []string{"revision", "source", "what_changed", "ordering_evidence", "confidence"}
	namesColumns       = []string{"label", "name", "inferred"}
)

// Columns returns the header of one of the catalogue files, or nil for another name.
func Columns(file string) []string {
	switch file {
	case CatalogueFile:
		return slices.Clone(catalogueColumns)
	case ControllersFile:
		return slices.Clone(controllersColumns)
	case RevisionsFile:
		return slices.Clone(revisionsColumns)
	case NamesFile:
		return slices.Clone(namesColumns)
	}
	return nil
}

// ShortName derives a controller's short name from its heading, for catalogues without names.tsv:
// "Services Controller" is "Services", the generic heading is "Generic". generic says whether the
// range lies in the generic block. A heading that was never visible ("(heading not visible:
// 611xxx)") takes the name its note infers ("Inferred name: Organizations Controller (…)"), or else
// its range; inferred is then true.
func ShortName(label string, generic bool, note string) (name string, inferred bool) {
	if strings.HasPrefix(label, "(heading not visible") {
		if n, ok := inferredName(note); ok {
			return n, true
		}
		if generic {
			return "Generic", true
		}
		inner := strings.TrimSuffix(strings.TrimPrefix(label, "(heading not visible: "), ")")
		return inner, true
	}
	if strings.HasPrefix(label, "Generic/") || (generic && !strings.HasSuffix(label, " Controller")) {
		return "Generic", false
	}
	return strings.TrimSuffix(label, " Controller"), false
}

// inferredName reads the name a note infers: "Inferred name: the Organizations Controller (…)" is
// "Organizations".
func inferredName(note string) (string, bool) {
	_, rest, ok := strings.Cut(note, "Inferred name: ")
	if !ok {
		return "", false
	}
	end := strings.IndexAny(rest, "(.;")
	if end < 0 {
		end = len(rest)
	}
	n := strings.TrimSpace(rest[:end])
	for _, p := range []string{"a ", "an ", "the "} {
		n = strings.TrimPrefix(n, p)
	}
	n = strings.TrimSuffix(strings.TrimSuffix(n, " Controller"), " controller")
	if n == "" || len(n) > 40 {
		return "", false
	}
	r, size := utf8.DecodeRuneInString(n)
	return strings.ToUpper(string(r)) + n[size:], true
}

// AppendKey appends the key a name is compared by (lower case, without underscores, hyphens, dots
// or white space) to dst, and reports false if dst would grow past limit bytes.
func AppendKey(dst []byte, s string, limit int) ([]byte, bool) {
	for i := 0; i < len(s); i++ {
		b := s[i]
		switch {
		case b == '_' || b == '-' || b == '.' || b == ' ' || b == '\t':
			continue
		case b >= 'A' && b <= 'Z':
			b += 'a' - 'A'
		}
		if len(dst) >= limit {
			return dst, false
		}
		dst = append(dst, b)
	}
	return dst, true
}

// KeyIndex is a name's key (codes.Normalize) with, for each byte of the key, its offset in name: a
// match found in the key can be shown in the name as printed.
func KeyIndex(name string) (key string, offsets []int) {
	b := make([]byte, 0, len(name))
	offsets = make([]int, 0, len(name))
	for i := 0; i < len(name); i++ {
		if k, _ := AppendKey(b, name[i:i+1], len(name)); len(k) > len(b) {
			b, offsets = k, append(offsets, i)
		}
	}
	return string(b), offsets
}
