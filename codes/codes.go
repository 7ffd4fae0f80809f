// Package codes is the MTAPI status-code catalogue: every code, name, controller and message the
// MTAPI documentation ever printed, with its history across the documentation's revisions, and the
// data rules that go with it (what a status number, a header's code list or a code name is).
//
// Every look-up is a method of *Catalogue, and Default returns the catalogue embedded in the
// package, so there is one surface whichever catalogue a program uses: as net/http's Client
// methods serve both DefaultClient and a client of one's own, codes.Default().Lookup(617020) reads
// the embedded catalogue and cat.Lookup(617020) one that Load read from a newer copy of the files.
// A program that starts with Default can take a loaded catalogue later without changing a call.
//
// The embedded catalogue is static data generated from the TSV files next to this package
// (catalogue.tsv, controllers.tsv and revisions.tsv are byte-identical copies of the curated
// reference; names.tsv adds short controller names), so using it costs nothing at start-up. Load
// reads a catalogue in the same format from any fs.FS (os.DirFS for a directory) and validates it
// in full; Check lists every problem of one.
//
// One number can carry several entries (a renamed code, a placeholder from another section, two
// names printed with one number) and one name can belong to several numbers, so look-ups return
// slices of entries, ordered with the meaning to trust first.
package codes

// HeaderName is the HTTP response header MTAPI reports its status codes in; names compare
// case-insensitively.
const HeaderName = "mtapistatus"

// State says how far an entry can be trusted as the meaning of its number.
type State string

// The states an entry can have; see the reference README for the rules that assign them.
const (
	// Current entries are the meaning of their number in the newest revision that shows them.
	Current State = "current"
	// Duplicate entries share their number with another name printed in the same revision: the
	// documentation does not say which one the server meant.
	Duplicate State = "duplicate"
	// Placeholder entries were listed under a "Not implemented yet" heading and never replaced.
	Placeholder State = "placeholder"
	// Superseded entries were replaced by a later revision; they are history, never a current meaning.
	Superseded State = "superseded"
	// Typo entries were printed with a wrong number; Code holds the intended value, Printed the typo.
	Typo State = "typo"
)

// Valid reports whether s is one of the five documented states.
func (s State) Valid() bool {
	switch s {
	case Current, Duplicate, Placeholder, Superseded, Typo:
		return true
	}
	return false
}

// rank orders states by how much a decoder should trust them: lower first.
func (s State) rank() int {
	switch s {
	case Current, Duplicate, Typo:
		return 0
	case Placeholder:
		return 1
	}
	return 2
}

// Kind classifies an integer by the number family it falls in.
type Kind string

// The number families an integer can fall in.
const (
	// NotSet is -1: the end-point set no MTAPI status. It is not an error.
	NotSet Kind = "notset"
	// HTTP is 200-599: MTAPI mirrors the HTTP status of the same number.
	HTTP Kind = "http"
	// NotFound is 404 followed by four digits (4040000-4049999).
	NotFound Kind = "notfound"
	// ControllerKind is a number inside a controller's range (601000-622999 as documented).
	ControllerKind Kind = "controller"
	// Generic is the generic, reusable range 901000-902999.
	Generic Kind = "generic"
	// Unknown is every other integer.
	Unknown Kind = "unknown"
)

// Entry is one (code, name) pair as the documentation printed it.
type Entry struct {
	// Code is the number the entry decodes from. For a typo it is the intended value.
	Code int
	// Printed is the number as the documentation printed it; it differs from Code only for typos.
	Printed int
	// Name is exactly as printed, typos included.
	Name string
	// Message is the newest printed message, or empty when none was printed in full.
	Message string
	// Controller is the section the entry was listed under (for placeholders, possibly not the
	// section whose range holds Code).
	Controller *Controller
	State      State
	// FirstRevision and LastRevision are revision labels (see Revisions): the earliest and latest
	// revision whose text shows the entry.
	FirstRevision string
	LastRevision  string
	// Sources lists the documentation copies the entry was read from, oldest first, separated by
	// "; " as in the reference ("diff 2102296626->2119991297; seed").
	Sources string
	// Note explains the state and the reading; superseded notes start "superseded by:", typo notes
	// "intended value:".
	Note string

	firstRev, lastRev int
	line              int // in catalogue.tsv, for problems found after sorting
}

// Implemented says whether the documentation marked a controller as implemented.
type Implemented string

// The values of Implemented, as the controllers.tsv column spells them.
const (
	// IsImplemented controllers list codes that the server returns.
	IsImplemented Implemented = "yes"
	// NotImplementedYet controllers were printed under a "Note: Not implemented yet." heading: their
	// codes are placeholders.
	NotImplementedYet Implemented = "not-implemented-yet"
	// ImplementedUnknown controllers were seen too briefly to tell.
	ImplementedUnknown Implemented = "unknown"
)

// Valid reports whether i is one of the three documented values.
func (i Implemented) Valid() bool {
	switch i {
	case IsImplemented, NotImplementedYet, ImplementedUnknown:
		return true
	}
	return false
}

// Controller is a documented range of codes: a controller heading, the generic block or the not-found
// family.
type Controller struct {
	// Name is a short display name ("Service Requests"). When NameInferred is true the documentation
	// never printed this heading and the name is inferred from its codes.
	Name         string
	NameInferred bool
	// Label is the heading as the documentation printed it, or "(heading not visible: NNNxxx)".
	Label      string
	Start, End int
	// Implemented is as of the newest sighting of the heading.
	Implemented   Implemented
	FirstRevision string
	LastRevision  string
	// Sources lists the documentation copies the heading or its codes were read from, as in Entry.
	Sources string
	Note    string
	// Documented counts the numbers in the range that have a catalogue entry other than superseded
	// history (604004, printed with two names, counts once).
	Documented int
}

// Contains reports whether n lies in the controller's range.
func (c *Controller) Contains(n int) bool { return c != nil && n >= c.Start && n <= c.End }

// DisplayName is Name, marked when it is inferred.
func (c *Controller) DisplayName() string {
	if c.NameInferred {
		return c.Name + " (inferred name)"
	}
	return c.Name
}

// Revision is one revision of the documentation page that can be told apart, oldest first.
type Revision struct {
	Label       string
	Source      string
	WhatChanged string
	Evidence    string
	Confidence  string
}
